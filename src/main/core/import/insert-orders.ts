// Inserts many new orders fast: ids are assigned here (the import holds the write
// lock, so max(id)+1… are free), which lets orders and their lines go in as
// multi-row INSERTs — one statement per 100 rows instead of one per row, the
// difference between minutes and seconds at 200,000 orders.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { NormalizedLine, NormalizedOrder } from './parse'
import { checkLineRow, checkOrderRow } from './bulk-checks'
import { orderDigest } from './existing-orders'

const ROWS_PER_STATEMENT = 100
const ORDER_COLUMNS = [
  'id',
  'platform',
  'order_no',
  'status',
  'after_sale',
  'paid_fen',
  'paid_at',
  'promised_ship_at',
  'shipped_at',
  'buyer_name',
  'buyer_phone',
  'address',
  'buyer_note',
  'merchant_note',
  'created_at',
  'updated_at',
  'import_batch_id',
  'import_hash',
  'order_part',
  'refund_fen',
  'presale',
  'shop_id',
  'import_row_digest'
]
const LINE_COLUMNS = [
  'order_id',
  'line_no',
  'sub_order_no',
  'merchant_code',
  'platform_product_id',
  'platform_sku_id',
  'title',
  'spec',
  'quantity',
  'amount_fen',
  'product_id'
]

type Value = string | number | null

/** INSERT INTO t (cols) VALUES (?,…),(?,…)… for `rows` rows; prepared once per distinct row count. */
function multiInsert(db: Db, table: string, columns: string[], rows: number): Statement {
  const one = `(${columns.map(() => '?').join(',')})`
  return prepared(
    db,
    `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array.from({ length: rows }, () => one).join(',')}`
  ) as Statement
}

function flush(db: Db, table: string, columns: string[], buffer: Value[]): void {
  const rows = buffer.length / columns.length
  if (rows > 0) multiInsert(db, table, columns, rows).run(buffer)
  buffer.length = 0
}

/** From this many new orders on, secondary indexes are rebuilt once rather than updated row by row. */
const REINDEX_FROM = 20_000

/**
 * Drops the secondary indexes of orders and order_lines and returns a function
 * that recreates them exactly as they were (their SQL is read from the schema,
 * so this follows every migration). Building an index once over sorted data is
 * much cheaper than 200,000 scattered inserts into it. Runs inside the import's
 * transaction, so a failure or cancel restores the indexes with everything else.
 */
function suspendSecondaryIndexes(db: Db): () => void {
  const indexes = prepared(
    db,
    `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('orders', 'order_lines')`
  ).all() as { name: string; sql: string }[]
  for (const i of indexes) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`)
  return () => {
    for (const i of indexes) db.exec(i.sql)
  }
}

/**
 * A line's own values in the column order both writers use (this bulk insert and the
 * update of one order): sub_order_no … amount_fen, between line_no and product_id.
 */
export const lineData = (l: NormalizedLine) =>
  [l.subOrderNo, l.merchantCode, l.platformProductId, l.platformSkuId, l.title, l.spec, l.quantity, l.amountFen] as const

/**
 * Each order's digest (import_hash) is made here, as it is written, not held for 200,000 orders from
 * the plan to the write: held, they put the first import's peak at 309–310 MB; made here, 291–292 MB
 * (with the row digests the orders now carry, issue 15).
 */
export function bulkInsertOrders(
  db: Db,
  orders: readonly NormalizedOrder[],
  ctx: {
    now: string
    batchId: number
    resolve: (code: string) => number | null
    onBatch: (done: number) => void
    /** The order's shop, resolved before the write (issue #16). */
    shopOf: (order: NormalizedOrder) => number
  }
): void {
  const { m: maxId, n: existing } = prepared(db, 'SELECT COALESCE(MAX(id), 0) AS m, COUNT(*) AS n FROM orders').get() as {
    m: number
    n: number
  }
  let nextId = maxId + 1
  // Worth it only when the new orders are a large part of the table: rebuilding walks every row.
  const restoreIndexes = orders.length >= REINDEX_FROM && orders.length >= existing ? suspendSecondaryIndexes(db) : null
  const orderBuf: Value[] = []
  const lineBuf: Value[] = []
  // CHECKs off for these statements, each row checked by bulk-checks.ts instead (why: see there). Turning
  // the flag either way expires every prepared statement, so none compiled without the CHECKs outlives this.
  const checksWere = db.pragma('ignore_check_constraints', { simple: true }) as number
  db.pragma('ignore_check_constraints = ON')
  try {
    insertAll()
  } finally {
    db.pragma(`ignore_check_constraints = ${checksWere ? 'ON' : 'OFF'}`)
  }
  restoreIndexes?.()

  function insertAll(): void {
    orders.forEach((o, i) => {
      checkOrderRow(o)
      const id = nextId++
      orderBuf.push(id, o.platform, o.orderNo, o.status, o.afterSale, o.paidFen, o.paidAt, o.promisedShipAt, o.shippedAt, o.buyerName)
      orderBuf.push(
        o.buyerPhone,
        o.address,
        o.buyerNote,
        o.merchantNote,
        ctx.now,
        ctx.now,
        ctx.batchId,
        orderDigest(o),
        o.part,
        o.refundFen,
        o.presale ? 1 : 0,
        ctx.shopOf(o),
        o.rowsDigest ?? null
      )
      for (const l of o.lines) {
        checkLineRow(l, o.orderNo)
        lineBuf.push(id, l.lineNo, ...lineData(l), ctx.resolve(l.merchantCode))
        // Lines of one order stay in the same statement as far as possible, but a statement never grows past the limit.
        if (lineBuf.length >= ROWS_PER_STATEMENT * LINE_COLUMNS.length) {
          flush(db, 'orders', ORDER_COLUMNS, orderBuf)
          flush(db, 'order_lines', LINE_COLUMNS, lineBuf)
        }
      }
      if (orderBuf.length >= ROWS_PER_STATEMENT * ORDER_COLUMNS.length) {
        flush(db, 'orders', ORDER_COLUMNS, orderBuf)
        flush(db, 'order_lines', LINE_COLUMNS, lineBuf)
      }
      if (i % 5000 === 4999) ctx.onBatch(i + 1)
    })
    flush(db, 'orders', ORDER_COLUMNS, orderBuf)
    flush(db, 'order_lines', LINE_COLUMNS, lineBuf)
  }
}
