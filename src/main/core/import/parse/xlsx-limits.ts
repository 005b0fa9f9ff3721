// Measures an .xlsx before anything reads it for real: every XML part (the parts read-excel-file
// unpacks) is inflated here a slice at a time and thrown away, counting as it goes, so a 2 MB file
// that would unpack to 2 GB is stopped after at most IMPORT_LIMITS.xlsxUnpackedBytes — while
// inflating, never after — and memory stays at one slice. Sheets and the shared-string table are
// also scanned for rows, columns, cell length and string count. A file that passes is well inside
// what the reader can hold.
import { Inflate } from 'fflate'
import { IMPORT_LIMITS } from '../../../../shared/import-limits'
import { limitError } from './limits'
import { XmlPartScan } from './xml-scan'
import { ZipUnreadable, zipEntries, type ZipEntry } from './zip-entries'

/** Packed bytes per push: at deflate's ~1032:1 worst case one push yields at most ~16 MB. */
const SLICE = 16 * 1024

/** The parts read-excel-file reads (the same test it applies). */
const readByReader = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.xml.rels')

function scannerFor(name: string): XmlPartScan | null {
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return new XmlPartScan('sheet')
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return new XmlPartScan('sharedStrings')
  return null
}

export interface XlsxMeasure {
  unpackedBytes: number
  sheets: { name: string; rows: number; columns: number }[]
  sharedStrings: number
}

/** Throws limitError when a limit is passed, ZipUnreadable when the file is not a sound zip. */
export function measureXlsx(bytes: Uint8Array): XlsxMeasure {
  const entries = zipEntries(bytes).filter((e) => readByReader(e.name))
  // The directory's own numbers first: an honest big file is refused without inflating anything.
  let stated = 0
  for (const e of entries) {
    stated += e.statedBytes
    if (stated > IMPORT_LIMITS.xlsxUnpackedBytes) throw limitError('xlsxUnpackedBytes')
    if (overRatio(e.statedBytes, e.packedBytes)) throw limitError('xlsxPartRatio')
  }
  const result: XlsxMeasure = { unpackedBytes: 0, sheets: [], sharedStrings: 0 }
  for (const e of entries) {
    const scan = scannerFor(e.name)
    result.unpackedBytes += inflateCounting(bytes, e, result.unpackedBytes, scan)
    if (scan?.kind === 'sheet') result.sheets.push({ name: e.name, rows: scan.rows, columns: scan.maxColumn })
    else if (scan) result.sharedStrings = scan.strings
  }
  return result
}

const overRatio = (unpacked: number, packed: number): boolean =>
  unpacked > IMPORT_LIMITS.xlsxRatioFloorBytes && unpacked > Math.max(packed, 1) * IMPORT_LIMITS.xlsxPartRatio

/** Inflates one part slice by slice, feeding the scanner and checking both size limits after every slice. */
function inflateCounting(bytes: Uint8Array, e: ZipEntry, before: number, scan: XmlPartScan | null): number {
  const packed = bytes.subarray(e.dataStart, e.dataStart + e.packedBytes)
  let out = 0
  const take = (chunk: Uint8Array) => {
    out += chunk.length
    if (before + out > IMPORT_LIMITS.xlsxUnpackedBytes) throw limitError('xlsxUnpackedBytes')
    if (overRatio(out, e.packedBytes)) throw limitError('xlsxPartRatio')
    scan?.feed(chunk)
  }
  if (e.method === 0) {
    for (let off = 0; off < packed.length; off += SLICE * 64) take(packed.subarray(off, off + SLICE * 64))
    return out
  }
  if (e.method !== 8) throw new ZipUnreadable(`compression method ${e.method}`)
  const inflate = new Inflate((chunk) => take(chunk))
  try {
    for (let off = 0; off < packed.length; off += SLICE) inflate.push(packed.subarray(off, Math.min(off + SLICE, packed.length)), off + SLICE >= packed.length)
    if (packed.length === 0) inflate.push(new Uint8Array(0), true)
  } catch (err) {
    if (err instanceof Error && 'code' in err && typeof (err as { code: unknown }).code === 'number') throw new ZipUnreadable('bad deflate data')
    throw err
  }
  return out
}
