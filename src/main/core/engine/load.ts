// Reads what a recompute needs, in a few raw queries (arrays, not objects, for
// the 200,000-line case): open orders with their lines, SKUs, substitutes, open
// deliveries. Everything is read inside the recompute's transaction, so it is one
// consistent picture of the shop.
import { PLATFORMS } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { jsonRowsSql, readJsonRows } from '../db/json-rows'
import type { OpenOrders } from './allocate'
import type { Delivery } from './recommend'

export interface SkuInfo {
  ids: number[]
  /** Indexed by product id. */
  code: string[]
  onHand: Int32Array
  safety: Int32Array
  leadTimeDays: Int32Array
  supplierId: (number | null)[]
  maxId: number
}

// A line whose code is a bundle (组合装) stands for its components × quantity: the engine only ever
// sees stock SKUs, so allocation, shortages, alerts and reorder figures speak of the component.
// An order with no lines (Taobao's order report without its item report) is not here at all: it
// takes no stock and is never ready or short.
// The platform comes as its index in PLATFORMS and is named from that list: one shared string per
// platform instead of a new one per row (200,000 rows, all alive until the columns are built).
const PLATFORM_INDEX = `CASE o.platform ${PLATFORMS.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`
const OPEN_ORDER_COLUMNS = [
  'o.id',
  PLATFORM_INDEX,
  'o.paid_at',
  'o.promised_ship_at',
  'o.paid_fen',
  'COALESCE(bp.product_id, l.product_id)',
  'l.quantity * COALESCE(bp.quantity, 1)',
  "CASE WHEN l.product_id IS NULL AND bp.product_id IS NULL THEN l.merchant_code ELSE '' END",
  'o.presale',
  'COALESCE(o.shop_id, 0)'
]
const OPEN_ORDER_FROM = `
  FROM orders o JOIN order_lines l ON l.order_id = o.id
  LEFT JOIN bundles b ON l.product_id IS NULL AND b.code = l.merchant_code
  LEFT JOIN bundle_parts bp ON bp.bundle_id = b.id`

/**
 * Two ways to find the open orders. When they are a fair share of all orders (a
 * busy shop, or one that keeps little history), reading the orders table straight
 * through is faster than looking each one up from the status index — sequential
 * pages instead of one random page per order — and yields them in id order. When
 * they are a few among years of history, the index wins. Rows come back as JSON
 * (db/json-rows.ts): a third faster than raw rows.
 */
const BY_SCAN = jsonRowsSql(OPEN_ORDER_COLUMNS, `${OPEN_ORDER_FROM} WHERE o.id >= ? AND o.id < ? AND +o.status = 'awaiting_shipment'`)
const BY_SCAN_ALL = jsonRowsSql(OPEN_ORDER_COLUMNS, `${OPEN_ORDER_FROM} WHERE +o.status = 'awaiting_shipment'`)
const BY_INDEX = jsonRowsSql(OPEN_ORDER_COLUMNS, `${OPEN_ORDER_FROM} WHERE o.status = 'awaiting_shipment'`)

/**
 * The scan reads this many order ids at a time. Rows read all at once stay alive until the
 * columns are built, so every young-generation collection during the read copied them all
 * (~280 ms of a 200,000-line load in a --trace-gc run); a slice's rows die young.
 */
const SCAN_IDS_PER_READ = 16_384

/** id, platform index, paid_at, promised_ship_at, paid_fen, product id, units, unmapped code, presale, shop id. */
export type OpenOrderRow = [number, number, string | null, string | null, number, number | null, number, string, number, number]

/** Open orders with their lines, as columns. Merchant codes come back only for lines that map to no SKU. */
export function loadOpenOrders(db: Db): OpenOrders {
  return withOrderNumbers(db, loadColumns(db))
}

function loadColumns(db: Db): OpenOrders {
  const share = prepared(
    db,
    `SELECT (SELECT COUNT(*) FROM orders WHERE status = 'awaiting_shipment') AS open,
       (SELECT COALESCE(MIN(id), 0) FROM orders) AS first, (SELECT COALESCE(MAX(id), 0) FROM orders) AS total`
  ).get() as { open: number; first: number; total: number }
  if (share.open * 8 < share.total) {
    const rows = readJsonRows<OpenOrderRow>(db, BY_INDEX)
    return inIdOrder(rows) ? fromGroupedRows(rows) : fromAnyRows(rows)
  }
  const columns = new GroupedColumns()
  for (let lo = share.first; lo <= share.total; lo += SCAN_IDS_PER_READ) {
    if (!columns.add(readJsonRows<OpenOrderRow>(db, BY_SCAN, lo, lo + SCAN_IDS_PER_READ))) {
      return fromAnyRows(readJsonRows<OpenOrderRow>(db, BY_SCAN_ALL))
    }
  }
  return columns.finish()
}

const ORDER_NUMBERS = jsonRowsSql(['id', 'order_no'], 'FROM orders WHERE id IN (SELECT value FROM json_each(?))')

/**
 * Order numbers are read when asked for (see OpenOrders.orderNo). An order's number never changes
 * once stored (imports match orders by it), so a later read gives what the load would have.
 */
function withOrderNumbers(db: Db, o: OpenOrders): OpenOrders {
  o.orderNo = (indices) => {
    const byId = new Map(readJsonRows<[number, string]>(db, ORDER_NUMBERS, JSON.stringify(indices.map((i) => o.id[i]!))))
    return indices.map((i) => byId.get(o.id[i]!) ?? '')
  }
  return o
}

/** Both plans read orders in id order with each order's lines together; anything else takes the general path. */
function inIdOrder(rows: readonly OpenOrderRow[]): boolean {
  for (let k = 1; k < rows.length; k++) if (rows[k]![0] < rows[k - 1]![0]) return false
  return true
}

function emptyColumns(lines: number): OpenOrders {
  return {
    count: 0,
    id: new Float64Array(0),
    platform: [],
    orderNo: () => [],
    paidAt: [],
    promisedShipAt: [],
    presale: new Uint8Array(0),
    paidFen: new Float64Array(0),
    lineStart: new Int32Array(0),
    linePid: new Int32Array(lines),
    lineQty: new Int32Array(lines),
    lineCode: new Array<string>(lines)
  }
}

/**
 * Columns built in one pass from rows that come in id order with each order's rows together
 * (the usual case): a new id starts a new order, and lines land where they come. Cheaper than the
 * general path by its Map and second pass.
 */
class GroupedColumns {
  private readonly o = emptyColumns(0)
  private readonly ids: number[] = []
  private readonly paidFen: number[] = []
  private readonly presale: number[] = []
  private readonly shopIds: number[] = []
  private readonly starts: number[] = []
  private readonly linePid: number[] = []
  private readonly lineQty: number[] = []
  private last = -Infinity

  /** False when a row comes out of id order: the caller then takes the general path. */
  add(rows: readonly OpenOrderRow[]): boolean {
    const o = this.o
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!
      if (r[0] !== this.last) {
        if (r[0] < this.last) return false
        this.last = r[0]
        this.starts.push(this.linePid.length)
        this.ids.push(r[0])
        o.platform.push(PLATFORMS[r[1]]!)
        o.paidAt.push(r[2])
        o.promisedShipAt.push(r[3])
        this.paidFen.push(r[4])
        this.presale.push(r[8])
        this.shopIds.push(r[9])
      }
      this.linePid.push(r[5] ?? 0)
      this.lineQty.push(r[6])
      o.lineCode.push(r[7])
    }
    return true
  }

  finish(): OpenOrders {
    const o = this.o
    this.starts.push(this.linePid.length)
    o.count = this.ids.length
    o.id = Float64Array.from(this.ids)
    o.paidFen = Float64Array.from(this.paidFen)
    o.presale = Uint8Array.from(this.presale)
    o.shopId = Int32Array.from(this.shopIds)
    o.lineStart = Int32Array.from(this.starts)
    o.linePid = Int32Array.from(this.linePid)
    o.lineQty = Int32Array.from(this.lineQty)
    return o
  }
}

/** One pass over rows in id order with each order's rows together. */
export function fromGroupedRows(rows: readonly OpenOrderRow[]): OpenOrders {
  const columns = new GroupedColumns()
  if (!columns.add(rows)) throw new Error('fromGroupedRows: rows out of id order')
  return columns.finish()
}

/** Rows in any order: one index per order in the order they first come, then each line into its order's slots. */
export function fromAnyRows(rows: readonly OpenOrderRow[]): OpenOrders {
  const indexOf = new Map<number, number>()
  const orderOfRow = new Int32Array(rows.length)
  const lineCount: number[] = []
  const o = emptyColumns(rows.length)
  const ids: number[] = []
  const paidFen: number[] = []
  const presale: number[] = []
  const shopIds: number[] = []
  rows.forEach((r, k) => {
    let i = indexOf.get(r[0])
    if (i === undefined) {
      i = ids.length
      indexOf.set(r[0], i)
      ids.push(r[0])
      o.platform.push(PLATFORMS[r[1]]!)
      o.paidAt.push(r[2])
      o.promisedShipAt.push(r[3])
      paidFen.push(r[4])
      presale.push(r[8])
      shopIds.push(r[9])
      lineCount.push(0)
    }
    lineCount[i]!++
    orderOfRow[k] = i
  })
  o.count = ids.length
  o.id = Float64Array.from(ids)
  o.paidFen = Float64Array.from(paidFen)
  o.presale = Uint8Array.from(presale)
  o.shopId = Int32Array.from(shopIds)
  o.lineStart = new Int32Array(o.count + 1)
  for (let i = 0; i < o.count; i++) o.lineStart[i + 1] = o.lineStart[i]! + lineCount[i]!
  // Each line into its order's slots, keeping the rows' order within an order.
  const cursor = o.lineStart.slice(0, o.count)
  rows.forEach((r, k) => {
    const j = cursor[orderOfRow[k]!]!++
    o.linePid[j] = r[5] ?? 0
    o.lineQty[j] = r[6]
    o.lineCode[j] = r[7]
  })
  return o
}

export function loadSkus(db: Db): SkuInfo {
  const rows = prepared(
    db,
    `SELECT p.id, p.merchant_code, p.on_hand, p.safety_stock, COALESCE(p.lead_time_days, s.lead_time_days, 7), p.supplier_id
     FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id ORDER BY p.id`
  )
    .raw()
    .all() as [number, string, number, number, number, number | null][]
  const maxId = rows.length ? rows[rows.length - 1]![0] : 0
  const info: SkuInfo = {
    ids: [],
    code: [],
    onHand: new Int32Array(maxId + 1),
    safety: new Int32Array(maxId + 1),
    leadTimeDays: new Int32Array(maxId + 1),
    supplierId: [],
    maxId
  }
  for (const [id, code, onHand, safety, lead, supplier] of rows) {
    info.ids.push(id)
    info.code[id] = code
    info.onHand[id] = onHand
    info.safety[id] = safety
    info.leadTimeDays[id] = lead
    info.supplierId[id] = supplier
  }
  return info
}

export function loadSubstitutes(db: Db): Map<number, number[]> {
  const rows = prepared(db, 'SELECT product_id, substitute_id FROM product_substitutes ORDER BY product_id, rank, substitute_id')
    .raw()
    .all() as [number, number][]
  const out = new Map<number, number[]>()
  for (const [p, s] of rows) {
    const list = out.get(p)
    if (list) list.push(s)
    else out.set(p, [s])
  }
  return out
}

export function loadOpenDeliveries(db: Db): Delivery[] {
  return (
    prepared(db, `SELECT id, product_id, quantity, expected_at FROM incoming_stock WHERE status = 'open' ORDER BY expected_at, id`)
      .raw()
      .all() as [number, number, number, string][]
  ).map(([id, productId, quantity, expectedAt]) => ({ id, productId, quantity, expectedAt, expectedMs: Date.parse(expectedAt) }))
}
