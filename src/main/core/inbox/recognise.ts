// Is this file a platform order export or a stock list? Decided by its header row, exactly as the
// import decides (detectFormat, mapStockHeaders), from the first bytes only: a photo or a PDF is
// dropped after one small read. A recognised CSV is then streamed once to count its rows and hash
// its bytes (the hash is the import's: sha256 of the file), never held whole; an .xlsx is a zip
// whose directory sits at its end, so it is read whole, within the import's size limit.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import type { Platform } from '../../../shared/types'
import type { InboxKind } from '../../../shared/inbox-types'
import { IMPORT_LIMITS } from '../../../shared/import-limits'
import { cleanCell } from '../import/parse/cells'
import { CsvReader, detectDelimiter } from '../import/parse/csv'
import { sniff } from '../import/parse/decode'
import { detectFormat, GENERIC, profileById } from '../import/parse/platforms'
import { streamTable } from '../import/parse/table'
import { mapStockHeaders } from '../import/stock-columns'

/** Enough for any export's title lines and header row (a PDD header is under 1 KB). */
export const HEAD_BYTES = 64 * 1024
const LF = 10

export interface Recognised {
  kind: InboxKind
  platform: Platform | null
  rows: number
  sha256: string
}

/** Order export of a known platform, or a stock list (a code column and an on-hand column), or neither. */
export function classifyHeaders(headers: readonly string[]): { kind: InboxKind; platform: Platform | null } | null {
  const { format } = detectFormat(headers)
  if (format !== 'generic') {
    const profile = profileById(format)
    return profile === GENERIC ? null : { kind: 'orders', platform: profile.platform }
  }
  const stock = mapStockHeaders([...headers])
  if (stock.has('merchantCode') && stock.has('onHand')) return { kind: 'stock', platform: null }
  return null
}

async function readHead(path: string, size: number): Promise<Uint8Array> {
  const fh = await open(path, 'r')
  try {
    const buf = new Uint8Array(Math.min(size, HEAD_BYTES))
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

/** Headers and the header's row number, from a table's first bytes (or the whole table). */
async function headerOf(bytes: Uint8Array): Promise<{ headers: string[]; headerRow: number; dataRows: number } | null> {
  let headers: string[] | null = null
  let headerRow = 0
  const res = await streamTable(bytes, {
    header(h, row) {
      headers = h
      headerRow = row
    },
    row() {}
  })
  return headers ? { headers, headerRow, dataRows: res.dataRows } : null
}

/** Counts non-blank records after the header and hashes the bytes, in one streamed pass. */
async function countCsv(path: string, encoding: 'utf-8' | 'utf-8-bom' | 'gb18030', headerRow: number, delimiter: string) {
  const hash = createHash('sha256')
  const decoder = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8')
  let rows = 0
  const reader = new CsvReader(delimiter, (cells, row) => {
    if (row > headerRow && cells.some((c) => cleanCell(c) !== '')) rows++
  })
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer
    hash.update(bytes)
    reader.feed(decoder.decode(bytes, { stream: true }))
  }
  reader.feed(decoder.decode())
  reader.end()
  return { rows, sha256: hash.digest('hex') }
}

/** Null for anything that is not an export we know (quietly: a download folder holds all sorts). */
export async function recogniseFile(path: string, size: number): Promise<Recognised | null> {
  if (size === 0 || size > IMPORT_LIMITS.fileBytes) return null
  try {
    const raw = await readHead(path, size)
    // Cut the head after its last full line: a line cut in half would be a false last row, and a
    // GBK character cut in half is not GBK (LF never occurs inside a GBK/GB18030 character).
    const cut = raw.length < size ? raw.subarray(0, raw.lastIndexOf(LF) + 1) : raw
    const head = cut.length > 0 ? cut : raw
    const kind = sniff(head)
    if (kind.kind === 'bad') return null
    if (kind.kind === 'xlsx') {
      const bytes = await readFile(path)
      const table = await headerOf(bytes)
      const what = table && classifyHeaders(table.headers)
      if (!table || !what) return null
      return { ...what, rows: table.dataRows, sha256: createHash('sha256').update(bytes).digest('hex') }
    }
    const table = await headerOf(head)
    const what = table && classifyHeaders(table.headers)
    if (!table || !what) return null
    const text = new TextDecoder(kind.encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(head.subarray(0, 8192))
    const { rows, sha256 } = await countCsv(path, kind.encoding, table.headerRow, detectDelimiter(text))
    return { ...what, rows, sha256 }
  } catch {
    // Unreadable, locked by another program, or past a parse limit: not something to offer.
    return null
  }
}
