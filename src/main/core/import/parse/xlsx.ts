// First sheet of an .xlsx as text cells. Numbers arrive as the text stored in the file (so a
// 19-digit ID written as text stays exact); date cells arrive as Date objects holding the
// spreadsheet's wall-clock time in their UTC fields.
import { readSheet } from 'read-excel-file/node'
import { measureXlsx } from './xlsx-limits'

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

/**
 * Throws when the bytes are not a readable workbook (the caller reports 'xlsx_unreadable'), or a
 * limit error (see xlsx-limits.ts) before the reader unpacks anything of a file past a limit.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  measureXlsx(bytes)
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const data = await readSheet<string>(input, { parseNumber: numberText, trim: false })
  return data.map((row) => row.map(cellText))
}
