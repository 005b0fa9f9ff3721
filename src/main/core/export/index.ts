// Files for Excel. Every string cell is neutralised against formula injection (see neutralize.ts).
export { neutralizeCell, sanitizeText } from './neutralize'
export { toCsv, type ExportColumn } from './csv'
export { toXlsx } from './xlsx'
