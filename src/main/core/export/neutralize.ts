// Cells leaving the app for a spreadsheet. Two concerns:
// 1. Formula injection (OWASP "CSV Injection"): a cell starting with = + - @ tab CR or LF can be
//    run by Excel as a formula (=HYPERLINK(...), -2+3+cmd|...). Such text gets a leading single
//    quote, which Excel shows as text. Applied to every string cell in CSV and XLSX.
// 2. Characters XML 1.0 cannot carry. write-excel-file silently deletes them, which would run
//    *after* neutralising: "\u0001=cmd" would become "=cmd" in the file. So we delete them first,
//    with the same list, before deciding whether the cell needs its quote — in CSV too, so both
//    formats hold the same text.

const DANGEROUS_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n'])

/** "=1+1" → "'=1+1"; anything else unchanged. */
export function neutralizeCell(value: string): string {
  return value.length > 0 && DANGEROUS_FIRST.has(value[0]!) ? `'${value}` : value
}

// C0 controls except tab/LF/CR, DEL and C1 controls (except NEL U+0085), U+FFFD, non-characters
// (U+FDD0–U+FDEF, U+FFFE/U+FFFF and the last two code points of every astral plane), lone surrogates.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\x0B\f\x0E-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Deletes the characters a spreadsheet file cannot hold (see above). */
export function sanitizeText(value: string): string {
  return value.replace(NOT_IN_XML, '')
}

/** The text a string cell is written with, in both formats. */
export function exportText(value: string): string {
  return neutralizeCell(sanitizeText(value))
}
