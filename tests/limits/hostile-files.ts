// Hostile import files, generated at test time and kept small on disk: a zip bomb built from one
// self-contained deflate block repeated (2 MB that inflates to 2 GB), a sparse 1 GB CSV, a
// 100,000-column header, a 10 MB cell and a workbook whose shared-string table is huge.
import { closeSync, openSync, writeFileSync, ftruncateSync, writeSync } from 'node:fs'
import { constants, crc32, deflateRawSync } from 'node:zlib'

interface Part {
  name: string
  /** Packed (raw deflate) bytes. */
  packed: Buffer
  crc: number
  size: number
}

const part = (name: string, text: string): Part => {
  const raw = Buffer.from(text, 'utf8')
  return { name, packed: deflateRawSync(raw), crc: crc32(raw), size: raw.length }
}

/** A zip with deflated parts, as an .xlsx is; `statedSize` lets a part lie about its size. */
export function zip(parts: Part[], statedSize: (p: Part) => number = (p) => p.size): Buffer {
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(p.crc >>> 0, 14)
    local.writeUInt32LE(p.packed.length, 18)
    local.writeUInt32LE(statedSize(p), 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(p.crc >>> 0, 16)
    dir.writeUInt32LE(p.packed.length, 20)
    dir.writeUInt32LE(statedSize(p), 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    chunks.push(local, name, p.packed)
    central.push(dir, name)
    offset += 30 + name.length + p.packed.length
  }
  const dirBytes = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(dirBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, dirBytes, end])
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The parts every workbook has, around the sheet (and optionally shared strings) given. */
function workbook(sheet: Part, sharedStrings?: Part): Part[] {
  return [
    part(
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    ),
    part('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`
    ),
    sheet,
    ...(sharedStrings ? [sharedStrings] : [])
  ]
}

/**
 * 2 MB that inflates to 2 GB: 1 MB of blank space deflated and fully flushed is a self-contained,
 * byte-aligned run of blocks, so 2,048 copies of it (plus an empty final block) are a valid stream.
 */
export function xlsxBomb(path: string, lieAboutSize: boolean): { packedBytes: number; unpackedBytes: number } {
  const head = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>订单号</t></is></c></row>`)
  const tail = Buffer.from('</sheetData></worksheet>')
  const pad = Buffer.alloc(1024 * 1024, 0x20)
  const flush = { finishFlush: constants.Z_FULL_FLUSH }
  const copies = 2048
  const padPacked = deflateRawSync(pad, flush)
  const pieces = [deflateRawSync(head, flush), ...Array.from({ length: copies }, () => padPacked), deflateRawSync(tail)]
  let crc = crc32(head)
  for (let i = 0; i < copies; i++) crc = crc32(pad, crc)
  crc = crc32(tail, crc)
  const size = head.length + copies * pad.length + tail.length
  const sheet: Part = { name: 'xl/worksheets/sheet1.xml', packed: Buffer.concat(pieces), crc, size: size >>> 0 }
  const bytes = zip(workbook(sheet), (p) => (lieAboutSize && p === sheet ? 4096 : Math.min(p.size, 0xfffffffe)))
  writeFileSync(path, bytes)
  return { packedBytes: bytes.length, unpackedBytes: size }
}

/** A workbook whose shared-string table holds `count` distinct texts (4.2 million: ~100 MB of XML, ~15 MB packed). */
export function xlsxSharedStrings(path: string, count: number): number {
  const pieces: string[] = [`<?xml version="1.0"?><sst xmlns="${NS}" count="${count}" uniqueCount="${count}">`]
  for (let i = 0; i < count; i++) pieces.push(`<si><t>s${i}</t></si>`)
  pieces.push('</sst>')
  const sst = part('xl/sharedStrings.xml', pieces.join(''))
  const sheet = part('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>`)
  const bytes = zip(workbook(sheet, sst))
  writeFileSync(path, bytes)
  return bytes.length
}

/** A real header line, then a hole: the file says 1 GB but takes a few KB of disk. */
export function sparseCsv(path: string, bytes: number): void {
  const fd = openSync(path, 'w')
  writeSync(fd, '订单号,商品,订单状态\n')
  ftruncateSync(fd, bytes)
  closeSync(fd)
}

export function wideHeaderCsv(path: string, columns: number): void {
  const header = Array.from({ length: columns }, (_, i) => `列${i + 1}`).join(',')
  writeFileSync(path, `${header}\n1,2,3\n`)
}

export function bigCellCsv(path: string, chars: number): void {
  writeFileSync(path, `订单号,商品,买家留言\n1,a,"${'x'.repeat(chars)}"\n2,b,c\n`)
}
