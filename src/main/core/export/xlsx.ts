// XLSX for Excel: text stays text (a 19-digit order number or a leading-zero code is a string cell,
// never reformatted), numbers stay numbers.
import writeXlsxFile, { type Cell } from 'write-excel-file/node'
import { valueOf, type ExportColumn } from './csv'
import { exportText } from './neutralize'

const hex4 = (code: number): string => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`

// OOXML reads "_x0041_" in a string as an escaped character ("A"); its own escape for a literal
// underscore is "_x005F_", so text that happens to look like an escape survives the round trip.
// write-excel-file (4.1.1) indexes its shared strings with a plain object, so a cell reading
// "valueOf", "constructor" or "__proto__" comes out as a corrupt file; writing the first character
// escaped gives it a different key while Excel (and read-excel-file) still read the same text.
function escapeOoxml(text: string): string {
  const escaped = text.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
  return escaped in Object.prototype ? hex4(escaped.charCodeAt(0)) + escaped.slice(1) : escaped
}

function textCell(value: string, bold = false): Cell {
  const text = exportText(value)
  if (text === '') return null
  return bold ? { value: escapeOoxml(text), type: String, fontWeight: 'bold' } : { value: escapeOoxml(text), type: String }
}

function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null
  if (typeof value === 'boolean') return { value, type: Boolean }
  return textCell(value instanceof Date ? value.toISOString() : String(value))
}

export async function toXlsx(columns: ExportColumn[], rows: Record<string, unknown>[]): Promise<Uint8Array> {
  const data: Cell[][] = [columns.map((c) => textCell(c.header, true))]
  for (const row of rows) data.push(columns.map((c) => xlsxCell(valueOf(row, c.key))))
  const widths = columns.map((c) => ({ width: Math.min(60, Math.max(10, [...c.header].length * 2 + 2)) }))
  return writeXlsxFile(data, { columns: widths }).toBuffer()
}
