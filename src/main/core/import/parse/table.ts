// Bytes → header + rows of text, for both CSV (any of our encodings) and XLSX. Streams rows to a
// consumer so a large CSV is never materialised as one big array of arrays.
import { cleanCell } from './cells'
import { CsvReader, detectDelimiter, MAX_CELL_CHARS, type CsvIssue } from './csv'
import { bufferOf, decodeChunks, looksBinary, sniff } from './decode'
import { problem, type ImportProblemCode } from './problems'
import type { FileEncoding, RowProblem, TableResult } from './types'
import { readXlsxRows, type XlsxSheet } from './xlsx'
import { isLimitError } from './limits'

export interface TableConsumer {
  /** Called once, before any row. `estimatedRows` is an upper-bound guess for progress display. */
  header(headers: string[], headerRow: number, estimatedRows: number): void
  /**
   * Raw (uncleaned) cells of a non-blank data row, with the problems found while reading it. A CSV row
   * comes with its text as written (see RecordSink; null when too long), a workbook row without.
   */
  row(cells: string[], row: number, problems: RowProblem[] | null, raw?: string | null): void
}

export interface StreamResult {
  /** 'utf-8' when the file could not be read as any table (see the file-level problem). */
  encoding: FileEncoding
  /** The sheet read, for a workbook. */
  sheet: string | null
  fileProblems: RowProblem[]
  dataRows: number
}

const HEADER_SEARCH_ROWS = 20
const XLSX_ROWS_PER_TICK = 5_000

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim() !== '') return false
  return true
}

/** Header texts made unique: an empty or repeated header becomes `<text>#<column number>`. */
export function uniqueHeaders(raw: string[]): { headers: string[]; problems: RowProblem[] } {
  const seen = new Set<string>()
  const problems: RowProblem[] = []
  const headers = raw.map((r, i) => {
    const h = cleanCell(r)
    if (h === '' || seen.has(h)) {
      if (h !== '') problems.push(problem(0, h, 'duplicate_header', false, { column: h, index: i + 1 }))
      const alt = `${h}#${i + 1}`
      seen.add(alt)
      return alt
    }
    seen.add(h)
    return h
  })
  return { headers, problems }
}

/** Splits reading into: sniff → (CSV chunks | XLSX rows) → header detection → rows. */
class TableAssembler {
  private headers: string[] | null = null
  private pending: { cells: string[]; row: number; issues: CsvIssue[] | null; raw?: string | null }[] = []
  private nonBlankSeen = 0
  dataRows = 0
  readonly fileProblems: RowProblem[] = []

  constructor(
    private readonly consumer: TableConsumer,
    private readonly estimate: () => number
  ) {}

  record(cells: string[], row: number, issues: CsvIssue[] | null, raw?: string | null): void {
    if (this.headers) return this.emit(cells, row, issues, raw)
    if (isBlank(cells) && !issues) return
    this.nonBlankSeen++
    this.pending.push({ cells, row, issues, raw })
    // A title line ("订单列表") above the real header has one filled cell; the header has several.
    const filled = cells.reduce((n, c) => (cleanCell(c) ? n + 1 : n), 0)
    if (filled >= 2) this.takeHeader(this.pending.length - 1)
    else if (this.nonBlankSeen >= HEADER_SEARCH_ROWS) this.takeHeader(0)
  }

  finish(): void {
    if (!this.headers && this.pending.length > 0) this.takeHeader(0)
  }

  get hasHeader(): boolean {
    return this.headers !== null
  }

  private takeHeader(index: number): void {
    const rows = this.pending
    this.pending = []
    const h = rows[index]!
    const { headers, problems } = uniqueHeaders(h.cells)
    this.headers = headers
    this.fileProblems.push(...problems)
    if (h.issues) this.fileProblems.push(...h.issues.map((it) => this.issueProblem(it)))
    if (headers.length === 1) this.fileProblems.push(problem(0, headers[0] ?? null, 'single_column', false))
    this.consumer.header(headers, h.row, this.estimate())
    for (const r of rows.slice(index + 1)) this.emit(r.cells, r.row, r.issues, r.raw)
  }

  private issueProblem(it: CsvIssue): RowProblem {
    const column = this.headers?.[it.cell] ?? `#${it.cell + 1}`
    const code: ImportProblemCode = it.kind
    const params: Record<string, string | number> = { column }
    if (it.length !== undefined) params.length = it.length
    return problem(it.row, column, code, it.kind !== 'bad_quote', params)
  }

  private emit(cells: string[], row: number, issues: CsvIssue[] | null, raw?: string | null): void {
    if (isBlank(cells) && !issues) return
    const headers = this.headers!
    let problems: RowProblem[] | null = issues ? issues.map((it) => this.issueProblem(it)) : null
    if (cells.length > headers.length) {
      const extra = cells.slice(headers.length).some((c) => cleanCell(c) !== '')
      if (extra) {
        ;(problems ??= []).push(problem(row, null, 'too_many_cells', true, { expected: headers.length, found: cells.length }))
      }
    } else if (cells.length < headers.length && !issues?.some((i) => i.kind === 'unclosed_quote')) {
      ;(problems ??= []).push(problem(row, null, 'too_few_cells', false, { expected: headers.length, found: cells.length }))
    }
    this.dataRows++
    this.consumer.row(cells, row, problems, raw)
  }
}

/** Reads the file and streams its rows; never throws for bad input (problems instead), only for cancellation. */
export async function streamTable(bytes: Uint8Array, consumer: TableConsumer, sheet?: XlsxSheet): Promise<StreamResult> {
  const fail = (encoding: FileEncoding, code: ImportProblemCode, params?: Record<string, string | number>): StreamResult => ({
    encoding,
    sheet: sheet?.name ?? null,
    fileProblems: [problem(0, null, code, true, params)],
    dataRows: 0
  })
  if (bytes.length === 0) return fail('utf-8', 'empty_file')
  const kind = sniff(bytes)
  if (kind.kind === 'bad') return fail(kind.code === 'xls_not_supported' ? 'xlsx' : 'utf-8', kind.code)

  if (kind.kind === 'xlsx') {
    let rows: string[][]
    let sheetName: string | null
    try {
      // A workbook read once for all its sheets hands each sheet in; otherwise the first sheet is read here.
      ;({ rows, name: sheetName } = sheet ?? (await readXlsxRows(bytes)))
    } catch (e) {
      if (isLimitError(e)) throw e
      return fail('xlsx', 'xlsx_unreadable', { reason: e instanceof Error ? e.message.slice(0, 200) : 'unknown' })
    }
    const asm = new TableAssembler(consumer, () => Math.max(0, rows.length - 1))
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!
      let issues: CsvIssue[] | null = null
      for (let c = 0; c < cells.length; c++) {
        const len = cells[c]!.length
        if (len > MAX_CELL_CHARS) {
          cells[c] = cells[c]!.slice(0, MAX_CELL_CHARS)
          ;(issues ??= []).push({ kind: 'cell_too_long', cell: c, row: i + 1, length: len })
        }
      }
      asm.record(cells, i + 1, issues)
      rows[i] = [] // the consumer has what it needs; let the sheet go as we walk it
      if (i % XLSX_ROWS_PER_TICK === XLSX_ROWS_PER_TICK - 1) await yieldToEventLoop()
    }
    asm.finish()
    return finishResult('xlsx', asm, sheetName)
  }

  const lines = countLines(bytes)
  let asm: TableAssembler | null = null
  let reader: CsvReader | null = null
  for (const chunk of decodeChunks(bytes, kind.encoding, kind.start)) {
    if (!reader) {
      if (looksBinary(chunk)) return fail(kind.encoding, 'not_a_table')
      const a = new TableAssembler(consumer, () => lines)
      asm = a
      reader = new CsvReader(detectDelimiter(chunk), (cells, row, issues, raw) => a.record(cells, row, issues, raw))
    }
    reader.feed(chunk)
    await yieldToEventLoop()
  }
  if (!reader || !asm) return fail(kind.encoding, 'empty_file')
  reader.end()
  asm.finish()
  return finishResult(kind.encoding, asm, null)
}

function finishResult(encoding: FileEncoding, asm: TableAssembler, sheet: string | null): StreamResult {
  const fileProblems = [...asm.fileProblems]
  if (!asm.hasHeader) fileProblems.push(problem(0, null, 'empty_file', true))
  else if (asm.dataRows === 0) fileProblems.push(problem(0, null, 'no_rows', true))
  return { encoding, sheet, fileProblems, dataRows: asm.dataRows }
}

function countLines(bytes: Uint8Array): number {
  const buf = bufferOf(bytes)
  let n = 0
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++
  return n + 1
}

/**
 * Whole table as cleaned text (used by the stock-list import). Blank rows between data rows are kept
 * as empty arrays so that rows[i] is Excel row headerRow + 1 + i; trailing blank rows are dropped.
 */
export async function readTable(bytes: Uint8Array, _fileName = ''): Promise<TableResult> {
  let headers: string[] = []
  const rows: string[][] = []
  const rowNumbers: number[] = []
  const rowProblems: RowProblem[] = []
  let last = 0
  const res = await streamTable(bytes, {
    header(h, headerRow) {
      headers = h
      last = headerRow
    },
    row(cells, row, problems) {
      while (++last < row) {
        rows.push([])
        rowNumbers.push(last)
      }
      rows.push(cells.map(cleanCell))
      rowNumbers.push(row)
      if (problems) rowProblems.push(...problems)
    }
  })
  return { encoding: res.encoding, headers, rows, rowNumbers, problems: [...res.fileProblems, ...rowProblems] }
}
