// Platform order exports (PDD, Taobao, Douyin, or the user's own file with a column mapping) →
// normalized orders plus a list of problems with row and column. Pure: bytes in, plain data out; the
// step that writes SQLite is elsewhere.
import { resolveColumns } from './columns'
import { OrderBuilder, ReadAgain, userStatusMap } from './orders'
import { readingKey } from './row-digest'
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
  StoredOrders,
  StoredRowDigests,
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
  try {
    return await readOrders(bytes, options, true, sheet)
  } catch (e) {
    // An order passed over turned out to have more rows in the file: nothing is passed over this time.
    if (e instanceof ReadAgain) return readOrders(bytes, options, false, sheet)
    throw e
  }
}

async function readOrders(bytes: Uint8Array, options: ParseOptions, passOver: boolean, sheet?: XlsxSheet): Promise<ParsedOrderFile> {
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
        const statusMap = userStatusMap({ ...saved, ...options.statusMap })
        // Rows are keyed for orders a platform's export holds whole. Not for half a Taobao order (it is
        // completed from the other half stored), nor for a file naming shops (the shop is read per order).
        const stored = options.stored
        const keyed = stored !== undefined && profile !== GENERIC && part === 'whole' && cols.shopName === undefined
        builder = new OrderBuilder({
          profile,
          part,
          headers: h,
          cols,
          statusMap,
          log,
          onProgress: options.onProgress,
          shouldCancel: options.shouldCancel,
          readingKey: keyed ? readingKey({ appVersion: stored.appVersion, format, headers: h, mapping: options.mapping, statusMap }) : null,
          stored: keyed && passOver ? stored.forPlatform(profile.platform) : null
        })
        builder.header(h, headerRow, estimate)
      },
      row(cells, row, problems, raw) {
        if (builder) builder.row(cells, row, problems, raw)
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
    passed: b?.passed ?? [],
    passedLines: b?.passedLines ?? new Map(),
    problems: log.finish(),
    badRows: b?.badRows ?? []
  }
}
