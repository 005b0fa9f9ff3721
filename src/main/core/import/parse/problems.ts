// Every problem code the parser can emit. The i18n tables (src/shared/i18n/import.*.ts) have one
// message per code; a test keeps the three in step.
import type { RowProblem } from './types'

export const IMPORT_PROBLEM_CODES = [
  // file level (row 0)
  'empty_file',
  'not_a_table',
  'unsupported_encoding',
  'xls_not_supported',
  'xlsx_unreadable',
  'no_rows',
  'single_column',
  'duplicate_header',
  'mapping_required',
  'missing_column',
  'status_assumed',
  'quantity_assumed',
  'more_warnings',
  // reading the table
  'unclosed_quote',
  'bad_quote',
  'cell_too_long',
  'too_many_cells',
  'too_few_cells',
  // values
  'missing_value',
  'id_mangled',
  'bad_amount',
  'bad_quantity',
  'bad_time',
  'unknown_status',
  'unknown_after_sale',
  // orders
  'duplicate_order',
  'duplicate_sub_order',
  'duplicate_row',
  'order_incomplete',
  'merchant_code_fallback',
  'merchant_code_missing',
  'refund_on_open_order',
  'mixed_platforms',
  'line_dropped',
  'partially_shipped',
  'paid_amount_summed'
] as const
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number]

/** Individual non-blocking warnings kept per code; a shop-owner screen cannot use 200,000 of them. */
export const WARNINGS_PER_CODE = 100

export function problem(
  row: number,
  column: string | null,
  code: ImportProblemCode,
  blocking: boolean,
  params?: Record<string, string | number>
): RowProblem {
  return params ? { row, column, code, params, blocking } : { row, column, code, blocking }
}

/** Collects problems in order, capping repeated warnings. */
export class ProblemLog {
  readonly list: RowProblem[] = []
  private readonly warned = new Map<string, number>()
  private added = 0

  /** Problems added so far, the capped warnings included. */
  get count(): number {
    return this.added
  }

  add(p: RowProblem): void {
    this.added++
    if (!p.blocking) {
      const n = (this.warned.get(p.code) ?? 0) + 1
      this.warned.set(p.code, n)
      if (n > WARNINGS_PER_CODE) return
    }
    this.list.push(p)
  }

  /** File-level problems first, then by row; appends a 'more_warnings' note per capped code. */
  finish(): RowProblem[] {
    for (const [code, n] of this.warned) {
      if (n > WARNINGS_PER_CODE) this.list.push(problem(0, null, 'more_warnings', false, { code, count: n - WARNINGS_PER_CODE }))
    }
    return this.list.sort((a, b) => a.row - b.row)
  }
}
