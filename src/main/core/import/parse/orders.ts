// Parsed rows → normalized orders. Single-row exports (PDD, Taobao classic) become orders as rows
// arrive; multi-row ones (Taobao XLSX, Douyin, the user's own file) are grouped by order number and
// assembled at the end.
import { ORDER_STATUSES, type AfterSaleStatus, type OrderStatus } from '../../../../shared/types'
import { detach, textKey } from './cells'
import type { Cols } from './columns'
import type { Field, Profile } from './platforms'
import { problem, type ProblemLog } from './problems'
import { RowParser, sameData, type ParsedRow } from './rows'
import type { TableConsumer } from './table'
import {
  LINE_ITEM_KEYS,
  ORDER_TEXT_KEYS,
  type BadRow,
  type NormalizedLine,
  type NormalizedOrder,
  type OrderPart,
  type RowProblem,
  type StoredOrders
} from './types'
import { ImportCancelled } from './types'
import { rowDigest, rowsDigest } from './row-digest'

/**
 * Thrown when a row names an order the parse already passed over: the shop's order had fewer rows
 * than the file has now, so the file is read again without passing over anything (parseOrderFile).
 */
export class ReadAgain extends Error {}

const PROGRESS_EVERY = 5_000

interface Group {
  orderNo: string
  rows: ParsedRow[]
  /** Every row of the order with its cells, for the bad-row list if the order is held back. */
  all: { row: number; cells: string[]; problems: RowProblem[] }[]
  badRows: number[]
  extraRows: number[]
  seen: ParsedRow[]
  /** Each row's digest, in file order; null once any row of the order raised a problem. */
  digests: string[] | null
}

export interface BuilderOptions {
  profile: Profile
  /** 'order': the file has no lines (Taobao's order report); they come from the item report. */
  part: OrderPart
  headers: string[]
  cols: Cols
  statusMap: ReadonlyMap<string, OrderStatus>
  log: ProblemLog
  onProgress?: (done: number, total: number) => void
  shouldCancel?: () => boolean
  /** The reading key (parse/row-digest.ts): given, each order keeps its rows' digest. */
  readingKey?: string | null
  /** The shop's stored orders: given, an order whose one row matches its stored row digest is passed over. */
  stored?: StoredOrders | null
}

export class OrderBuilder implements TableConsumer {
  readonly orders: NormalizedOrder[] = []
  readonly badRows: BadRow[] = []
  /** Ids of the orders passed over (a number each: a re-import passes over 200,000). */
  readonly passed: number[] = []
  /** The lines of the orders passed over, counted by merchant code (the import lists unknown codes). */
  readonly passedLines = new Map<string, number>()
  /** By slot of the stored orders (StoredOrders), 1 for an order passed over. */
  private readonly passedSlots: Uint8Array
  private readonly countLine = (code: string): void => {
    const n = this.passedLines.get(code)
    // A new key is copied out of the file's text; an existing one keeps the key it has.
    if (n === undefined) this.passedLines.set(detach(code), 1)
    else this.passedLines.set(code, n + 1)
  }
  private readonly parser: RowParser
  /** Single-row formats: order number → index of its order in `orders`. */
  private readonly single = new Map<string, number>()
  private readonly groups = new Map<string, Group>()
  private estimate = 0
  private done = 0

  constructor(private readonly o: BuilderOptions) {
    this.parser = new RowParser(o.profile, o.headers, o.cols, o.statusMap)
    this.passedSlots = new Uint8Array(o.stored?.size ?? 0)
  }

  header(_headers: string[], _headerRow: number, estimatedRows: number): void {
    this.estimate = estimatedRows
    if (this.o.shouldCancel?.()) throw new ImportCancelled()
  }

  row(cells: string[], row: number, readProblems: RowProblem[] | null, raw?: string | null): void {
    this.done++
    if (this.done % PROGRESS_EVERY === 0) {
      this.o.onProgress?.(this.done, Math.max(this.done, this.estimate))
      if (this.o.shouldCancel?.()) throw new ImportCancelled()
    }
    const key = this.o.readingKey ?? null
    // A CSV row too long to keep as written (raw null) goes without: it is read every time.
    const digest = key === null || raw === null ? null : rowDigest(key, cells, raw)
    if (this.o.stored && this.passOver(this.o.stored, cells, digest, readProblems)) return
    const { parsed, problems } = this.parser.parse(cells, row, readProblems)
    const blocking = problems !== null && problems.some((p) => p.blocking)
    if (this.o.profile.multiRow) this.addToGroup(parsed, cells, row, problems ?? [], blocking, digest)
    else this.addSingle(parsed, cells, row, problems, blocking, digest)
  }

  /**
   * True when the row is an order the shop holds exactly as this row says (its stored row digest), so
   * it is not read. Only an order not met before in this file: its other rows would make it another order.
   */
  private passOver(stored: StoredOrders, cells: string[], digest: string | null, readProblems: RowProblem[] | null): boolean {
    const orderNo = this.parser.orderNoOf(cells)
    const slot = stored.slot(orderNo)
    if (slot < 0) return false
    if (this.passedSlots[slot] === 1) throw new ReadAgain()
    if (digest === null || readProblems !== null || this.single.has(orderNo) || this.groups.has(orderNo)) return false
    if (stored.rowDigestAt(slot) !== digest) return false
    this.passedSlots[slot] = 1
    this.passed.push(stored.idAt(slot))
    this.parser.lineCodes(cells, this.countLine)
    return true
  }

  finish(): void {
    for (const g of this.groups.values()) this.finishGroup(g)
    this.groups.clear()
    this.o.onProgress?.(this.done, this.done)
  }

  private colName(f: Field): string | null {
    return this.parser.colName(f)
  }

  private toBad(cells: string[], row: number, problems: RowProblem[]): void {
    // Header text is user data ("__proto__"): a null-prototype record, filled by assignment only.
    const rec = Object.create(null) as Record<string, string>
    const headers = this.o.headers
    for (let i = 0; i < Math.max(headers.length, cells.length); i++) rec[headers[i] ?? `#${i + 1}`] = cells[i] ?? ''
    this.badRows.push({ row, cells: rec, problems })
  }

  private log(problems: RowProblem[] | null): void {
    if (problems) for (const p of problems) this.o.log.add(p)
  }

  // ---- one row per order -----------------------------------------------------------------------

  private addSingle(
    parsed: ParsedRow | null,
    cells: string[],
    row: number,
    problems: RowProblem[] | null,
    blocking: boolean,
    digest: string | null
  ): void {
    if (parsed && !blocking) {
      const prev = this.single.get(parsed.orderNo)
      if (prev !== undefined) {
        const first = this.orders[prev]!
        const dup = sameOrder(first, singleOrder(this.o.profile, this.o.part, parsed))
        const p = problem(row, this.colName('orderNo'), dup ? 'duplicate_row' : 'duplicate_order', !dup, {
          orderNo: parsed.orderNo,
          firstRow: first.sourceRows[0]!
        })
        // Its rows raised a problem now: a re-import reads them again, to say so again.
        first.rowsDigest = null
        if (dup) {
          // The same order exported twice: count it once.
          this.o.log.add(p)
          first.sourceRows.push(row)
          return
        }
        ;(problems ??= []).push(p)
        blocking = true
      }
    }
    this.log(problems)
    if (!parsed || blocking) return this.toBad(cells, row, problems ?? [])
    this.single.set(parsed.orderNo, this.orders.length)
    const order = singleOrder(this.o.profile, this.o.part, parsed)
    if (digest !== null) order.rowsDigest = problems === null ? digest : null
    this.orders.push(order)
  }

  // ---- several rows per order ------------------------------------------------------------------

  private addToGroup(
    parsed: ParsedRow | null,
    cells: string[],
    row: number,
    problems: RowProblem[],
    blocking: boolean,
    digest: string | null
  ): void {
    if (!parsed) {
      this.log(problems)
      return this.toBad(cells, row, problems)
    }
    let g = this.groups.get(parsed.orderNo)
    if (!g) {
      g = { orderNo: parsed.orderNo, rows: [], all: [], badRows: [], extraRows: [], seen: [], digests: digest === null ? null : [] }
      this.groups.set(parsed.orderNo, g)
    }
    // Any problem on any of its rows (this duplicate included) and the order is read in full next time.
    if (g.digests !== null && digest !== null && problems.length === 0) g.digests.push(digest)
    else g.digests = null
    if (!blocking) {
      const sub = parsed.subOrderNo
      const prev = g.seen.find((s) => (sub !== null && s.subOrderNo === sub) || sameData(s, parsed))
      if (prev && sameData(prev, parsed)) {
        const col = this.colName(sub !== null ? 'subOrderNo' : 'orderNo')
        this.o.log.add(problem(row, col, 'duplicate_row', false, { orderNo: parsed.orderNo, firstRow: prev.row }))
        g.extraRows.push(row)
        g.digests = null
        return
      }
      if (prev) {
        problems.push(
          problem(row, this.colName('subOrderNo'), 'duplicate_sub_order', true, {
            orderNo: parsed.orderNo,
            subOrderNo: sub ?? '',
            firstRow: prev.row
          })
        )
        g.digests = null
        blocking = true
      } else g.seen.push(parsed)
    }
    this.log(problems)
    g.all.push({ row, cells, problems })
    if (blocking) g.badRows.push(row)
    else g.rows.push(parsed)
  }

  private finishGroup(g: Group): void {
    if (g.badRows.length > 0) {
      // Never import half an order: its other rows wait with it until the bad row is fixed.
      const rows = g.badRows.join(', ')
      for (const r of g.all) {
        if (!r.problems.some((p) => p.blocking)) {
          const p = problem(r.row, this.colName('orderNo'), 'order_incomplete', true, { orderNo: g.orderNo, rows })
          r.problems.push(p)
          this.o.log.add(p)
        }
        this.toBad(r.cells, r.row, r.problems)
      }
      return
    }
    const rows = g.rows
    // An order whose rows draw a warning below is read in full by the next import too, to say so again.
    const warningsBefore = this.o.log.count
    const active = rows.filter((r) => r.status !== 'cancelled')
    const status = combinedStatus(rows, active)
    if (status === 'awaiting_shipment' && active.some((r) => r.status === 'shipped' || r.status === 'received')) {
      this.o.log.add(problem(rows[0]!.row, null, 'partially_shipped', false, { orderNo: g.orderNo }))
    }
    // Cancelled or refunded-before-shipment sub-orders of a live order will never ship: leave them
    // out so they do not hold stock, and say so.
    let kept = status === 'cancelled' ? rows : active
    // Taobao refunds per line: a line refunded while the order waits will not ship (the others still do).
    if (this.o.profile.lineRefundDrops && status === 'awaiting_shipment') {
      const shipping = kept.filter((r) => r.afterSale !== 'refunded')
      if (shipping.length > 0) kept = shipping
    }
    for (const r of rows) {
      if (!kept.includes(r)) {
        const p = problem(r.row, this.colName('subOrderNo'), 'line_dropped', false, { orderNo: g.orderNo, subOrderNo: r.subOrderNo ?? '' })
        this.o.log.add(p)
      }
    }
    const afterSale: AfterSaleStatus = kept.some((r) => r.afterSale === 'in_progress')
      ? 'in_progress'
      : kept.some((r) => r.afterSale === 'refunded')
        ? 'refunded'
        : 'none'
    // An order-level amount repeats on every row; if the rows disagree it was per sub-order after all.
    // Without one, the order's paid amount is the sum of its sub-orders (as paid at checkout,
    // refunded ones included).
    const paidValues = rows.map((r) => r.paidFen).filter((v): v is number => v !== null)
    let paidFen: number
    if (paidValues.length > 0 && paidValues.every((v) => v === paidValues[0])) paidFen = paidValues[0]!
    else if (paidValues.length > 0) {
      paidFen = paidValues.reduce((a, b) => a + b, 0)
      this.o.log.add(problem(rows[0]!.row, this.colName('paidAmount'), 'paid_amount_summed', false, { orderNo: g.orderNo }))
    } else paidFen = rows.reduce((a, r) => a + (r.lineFen ?? 0), 0)
    const order = multiOrder(this.o.profile, this.o.part, rows, kept, status, afterSale, paidFen)
    order.sourceRows.push(...g.extraRows)
    order.sourceRows.sort((a, b) => a - b)
    if (g.digests !== null) order.rowsDigest = this.o.log.count === warningsBefore ? rowsDigest(this.o.readingKey!, g.digests) : null
    this.orders.push(order)
  }
}

const ORDER_KEYS = [
  'part',
  'status',
  'refundFen',
  'presale',
  'afterSale',
  'paidFen',
  ...ORDER_TEXT_KEYS
] as const satisfies readonly (keyof NormalizedOrder)[]
const LINE_KEYS = [...LINE_ITEM_KEYS, 'amountFen'] as const satisfies readonly (keyof NormalizedLine)[]

/** Same order data (columns we do not read, like tracking numbers, do not make a repeat a conflict). */
function sameOrder(a: NormalizedOrder, b: NormalizedOrder): boolean {
  if (ORDER_KEYS.some((k) => a[k] !== b[k]) || a.lines.length !== b.lines.length) return false
  return a.lines.every((l, i) => LINE_KEYS.every((k) => l[k] === b.lines[i]![k]))
}

/** Sub-orders can differ: anything still to ship keeps the order open. */
function combinedStatus(rows: ParsedRow[], active: ParsedRow[]): OrderStatus {
  if (rows.every((r) => r.status === rows[0]!.status)) return rows[0]!.status
  if (active.length === 0) return 'cancelled'
  if (active.some((r) => r.status === 'awaiting_shipment')) return 'awaiting_shipment'
  if (active.some((r) => r.status === 'unpaid')) return 'unpaid'
  if (active.some((r) => r.status === 'shipped')) return 'shipped'
  return 'received'
}

function giftLine(r: ParsedRow, lineNo: number): NormalizedLine[] {
  return r.gift ? [{ lineNo, subOrderNo: null, ...r.gift, amountFen: 0 }] : []
}

function singleOrder(profile: Profile, part: OrderPart, r: ParsedRow): NormalizedOrder {
  return {
    platform: profile.platform,
    orderNo: r.orderNo,
    part,
    status: r.status,
    afterSale: r.afterSale,
    refundFen: r.refundFen,
    presale: r.presale,
    paidFen: r.paidFen ?? r.lineFen ?? 0,
    paidAt: r.paidAt,
    promisedShipAt: r.promisedShipAt,
    shippedAt: r.shippedAt,
    buyerName: r.buyerName,
    buyerPhone: r.buyerPhone,
    address: r.address,
    buyerNote: r.buyerNote,
    merchantNote: r.merchantNote,
    ...(r.shopName ? { shopName: r.shopName } : {}),
    lines:
      part === 'order'
        ? []
        : [
            {
              lineNo: 1,
              subOrderNo: r.line.subOrderNo,
              merchantCode: r.line.merchantCode,
              platformProductId: r.line.platformProductId,
              platformSkuId: r.line.platformSkuId,
              title: r.line.title,
              spec: r.line.spec,
              quantity: r.line.quantity,
              amountFen: r.lineFen ?? r.paidFen ?? 0
            },
            ...giftLine(r, 2)
          ],
    sourceRows: [r.row]
  }
}

function multiOrder(
  profile: Profile,
  part: OrderPart,
  rows: ParsedRow[],
  kept: ParsedRow[],
  status: OrderStatus,
  afterSale: AfterSaleStatus,
  paidFen: number
): NormalizedOrder {
  const first = (pick: (r: ParsedRow) => string): string => rows.map(pick).find((v) => v !== '') ?? ''
  const times = (pick: (r: ParsedRow) => string | null): string[] =>
    rows
      .map(pick)
      .filter((v): v is string => v !== null)
      .sort()
  const single = rows.length === 1
  const refunds = rows.map((r) => r.refundFen).filter((v): v is number => v !== null)
  const lines: NormalizedLine[] = kept.map((r, i) => ({
    lineNo: i + 1,
    ...r.line,
    amountFen: r.lineFen ?? (single ? (r.paidFen ?? 0) : 0)
  }))
  for (const r of kept) lines.push(...giftLine(r, lines.length + 1))
  return {
    platform: profile.platform,
    orderNo: rows[0]!.orderNo,
    part,
    status,
    afterSale,
    refundFen: refunds.length ? refunds.reduce((a, b) => a + b, 0) : null,
    presale: rows.some((r) => r.presale),
    paidFen,
    paidAt: times((r) => r.paidAt)[0] ?? null,
    // The tightest deadline among the sub-orders is the order's deadline.
    promisedShipAt: times((r) => r.promisedShipAt)[0] ?? null,
    shippedAt: times((r) => r.shippedAt).at(-1) ?? null,
    buyerName: first((r) => r.buyerName),
    buyerPhone: first((r) => r.buyerPhone),
    address: first((r) => r.address),
    buyerNote: first((r) => r.buyerNote),
    merchantNote: first((r) => r.merchantNote),
    ...(first((r) => r.shopName) ? { shopName: first((r) => r.shopName) } : {}),
    lines: part === 'order' ? [] : lines,
    sourceRows: rows.map((r) => r.row)
  }
}

/** The user's status table keyed the same way as the built-in ones (full-width comma ≡ comma). */
export function userStatusMap(map: Record<string, OrderStatus> | undefined): ReadonlyMap<string, OrderStatus> {
  const out = new Map<string, OrderStatus>()
  if (map) {
    for (const [text, status] of Object.entries(map)) if (ORDER_STATUSES.includes(status)) out.set(textKey(text), status)
  }
  return out
}
