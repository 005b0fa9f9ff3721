// Platform order exports (PDD, Taobao, Douyin, or the user's own file with a column mapping) →
// normalized orders plus a list of problems with row and column. Pure: bytes in, plain data out; the
// step that writes SQLite is elsewhere.
import { resolveColumns } from './columns'
import { OrderBuilder, userStatusMap } from './orders'
import { detectFormat, formatForPlatform, GENERIC, profileById } from './platforms'
import { problem, ProblemLog } from './problems'
import { streamTable } from './table'
import type { ParsedOrderFile, ParseOptions, RowProblem, SourcePlatform } from './types'
import type { XlsxSheet } from './xlsx'

export type {
  BadRow,
  ColumnMapping,
  FileEncoding,
  NormalizedLine,
  NormalizedOrder,
  OrderPart,
  ParsedOrderFile,
  ParseOptions,
  RowProblem,
  SourcePlatform,
  TableResult
} from './types'
export { ImportCancelled } from './types'
export { detectPlatform } from './platforms'
export { readXlsxSheets, type XlsxSheet } from './xlsx'
export { readTable } from './table'
export { IMPORT_PROBLEM_CODES, WARNINGS_PER_CODE, type ImportProblemCode } from './problems'

/**
 * Reads an order export. Never throws for bad input — problems come back with row and column — but
 * rejects with ImportCancelled when options.shouldCancel() says so.
 */
export async function parseOrderFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
  sheet?: XlsxSheet
): Promise<ParsedOrderFile> {
  void fileName // the bytes decide the format; the name is only for the caller's messages
  const log = new ProblemLog()
  let builder: OrderBuilder | null = null
  let platform: SourcePlatform = 'generic'
  let formatId = 'generic'
  let headers: string[] = []
  const fileProblems: RowProblem[] = []

  const stream = await streamTable(
    bytes,
    {
      header(h, headerRow, estimate) {
        headers = h
        const chosen = options.platform && options.platform !== 'auto' ? options.platform : null
        const format = chosen ? formatForPlatform(chosen, h) : detectFormat(h).format
        const profile = profileById(format)
        formatId = format
        platform = profile === GENERIC ? 'generic' : profile.platform
        if (profile === GENERIC && !options.mapping?.orderNo) {
          fileProblems.push(problem(0, null, 'mapping_required', true))
          return
        }
        const { cols, problems } = resolveColumns(profile, h, options.mapping)
        fileProblems.push(...problems)
        if (problems.some((p) => p.blocking)) return
        if (profile === GENERIC) {
          if (cols.status === undefined) fileProblems.push(problem(0, null, 'status_assumed', false))
          if (cols.quantity === undefined) fileProblems.push(problem(0, null, 'quantity_assumed', false))
        }
        // Taobao's real order report has no merchant code: its lines come from the item report.
        const part =
          profile.id === 'taobao_items' ? 'items' : profile.id === 'taobao_classic' && cols.merchantCode === undefined ? 'order' : 'whole'
        const saved = profile === GENERIC ? undefined : options.statusMaps?.[profile.platform]
        builder = new OrderBuilder({
          profile,
          part,
          headers: h,
          cols,
          statusMap: userStatusMap({ ...saved, ...options.statusMap }),
          log,
          onProgress: options.onProgress,
          shouldCancel: options.shouldCancel
        })
        builder.header(h, headerRow, estimate)
      },
      row(cells, row, problems) {
        if (builder) builder.row(cells, row, problems)
      }
    },
    sheet
  )

  const b = builder as OrderBuilder | null
  b?.finish()
  for (const p of [...stream.fileProblems, ...fileProblems]) log.add(p)
  return {
    platform,
    format: formatId,
    sheet: stream.sheet,
    encoding: stream.encoding,
    headers,
    rows: stream.dataRows,
    orders: b?.orders ?? [],
    problems: log.finish(),
    badRows: b?.badRows ?? []
  }
}
