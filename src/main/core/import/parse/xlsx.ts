// The sheets of an .xlsx as text cells. Numbers arrive as the text stored in the file (so a
// 19-digit ID written as text stays exact); date cells arrive as Date objects holding the
// spreadsheet's wall-clock time in their UTC fields.
import readXlsxFile, { readSheet } from 'read-excel-file/node'
import { measureXlsx } from './xlsx-limits'
import { bufferOf } from './decode'

function two(n: number): string {
  return String(n).padStart(2, '0')
}

/** Wall-clock text the time parser reads as China time; rounded to the second (serials carry float noise). */
function dateText(d: Date): string {
  const t = new Date(Math.round(d.getTime() / 1000) * 1000)
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`
}

/** Stored number text → cell text: integers and exponent forms verbatim, decimals without float noise (19.989999999999998 → 19.99). */
export function numberText(raw: string): string {
  const t = raw.trim()
  if (/^-?\d+$/.test(t) || /e/i.test(t)) return t
  const n = Number(t)
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : t
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateText(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  return String(v)
}


export interface XlsxSheet {
  name: string
  rows: string[][]
}

/** The first sheet. Throws when the bytes are not a readable workbook (the caller reports 'xlsx_unreadable'). */
export async function readXlsxRows(bytes: Uint8Array): Promise<XlsxSheet> {
  const [first] = await readXlsxSheets(bytes, 1)
  return first ?? { name: '', rows: [] }
}

/**
 * Every sheet of a workbook, read in one pass (千牛 puts the lines on 销售明细, not the first sheet).
 * Throws when the bytes are not a readable workbook, or a limit error (see xlsx-limits.ts) before
 * the reader unpacks anything of a file past a limit: the measure covers every sheet of the file,
 * so a limit applies to each sheet whichever is read.
 */
export async function readXlsxSheets(bytes: Uint8Array, limit = Infinity): Promise<XlsxSheet[]> {
  measureXlsx(bytes)
  const input = bufferOf(bytes)
  if (limit === 1) {
    const data = await readSheet<string>(input, { parseNumber: numberText, trim: false })
    return [{ name: '', rows: data.map((row) => row.map(cellText)) }]
  }
  const sheets = await readXlsxFile<string>(input, { parseNumber: numberText, trim: false })
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) }))
}
