// CSV for Excel: UTF-8 with a BOM (without it Excel on a Chinese Windows reads GBK and shows
// mojibake), CRLF line ends, RFC 4180 quoting.
import { exportText } from './neutralize'

export interface ExportColumn {
  key: string
  header: string
}

const BOM = [0xef, 0xbb, 0xbf]

/**
 * Only strings are neutralised. A JS number is written as its digits ("-12.5"): Excel reads it as a
 * number, and there is no formula text in it to run — this keeps negative amounts usable as numbers.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  const text = exportText(value instanceof Date ? value.toISOString() : String(value))
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Reads a row's value without falling into its prototype (a column key may be "__proto__"). */
export function valueOf(row: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(row, key) ? row[key] : undefined
}

export function toCsv(columns: ExportColumn[], rows: Record<string, unknown>[]): Uint8Array {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => csvCell(valueOf(row, c.key))).join(','))
  const body = new TextEncoder().encode(lines.join('\r\n') + '\r\n')
  const out = new Uint8Array(body.length + BOM.length)
  out.set(BOM)
  out.set(body, BOM.length)
  return out
}
