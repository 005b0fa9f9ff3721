// Applies a parsed order file to the shop in one transaction: new orders are
// inserted, changed ones updated (never moved backwards), unchanged ones left
// alone, so re-importing a file or an overlapping export never duplicates.
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { appendMovement } from '../inventory/ledger'
import { ImportCancelled } from './cancel'
import { loadOrderIndex, loadOrdersById, orderDigest, type OrderIndex } from './existing-orders'
import { firstStoredLine } from './passed-orders'
import { bulkInsertOrders, lineData } from './insert-orders'
import type { NormalizedLine, NormalizedOrder, ParsedOrderFile } from './parse'
import { planOrder, type MergedOrder, type OrderAction } from './plan-orders'
import { MAX_LISTED_CHANGES, MAX_LISTED_PROBLEMS, type ImportProblem, type ImportReport, type UnknownSku } from './report'
import { skuResolver } from './resolve-sku'
import { bundleParts } from '../inventory/bundles'
import { completeWithStored, JoinCounter } from './complete-parts'
import { heldOnlyByStatus, unknownStatuses } from './unknown-statuses'
import { saveStatusMeanings } from './status-meanings'
import { maxRowid, UndoJournal } from './undo-journal'
import { textKey } from './parse/cells'
import { rememberTouched, TouchedSkus } from './touched'
import type { OrderStatus, SheetInfo } from '../../../shared/types'
import { applyImportShops, moveNamedOrders, planImportShops } from '../shops/import-shops'

export interface ImportRunOptions {
  fileName: string
  sha256: string
  dryRun: boolean
  skipBadRows: boolean
  /** Every file read (the first is fileName), and the workbook sheets seen. */
  files?: string[]
  sheets?: SheetInfo[]
  /** Meanings the merchant gave for unknown status texts in this import: saved for the platform when applied. */
  statusMap?: Record<string, OrderStatus>
  /** The shop the merchant picked for orders the file doesn't name a shop for (issue #16). */
  shopId?: number | null
  onProgress?: (done: number, total: number) => void
  shouldCancel?: () => boolean
  /** Called once the file is planned, before the report is assembled and anything written (run-import.ts collects garbage there). */
  afterPlan?: () => void
  /** The platform's stored orders, when the parse already loaded them (run-import.ts): read once per import. */
  orderIndex?: (platform: NormalizedOrder['platform']) => OrderIndex
}

export const toProblem = (p: ParsedOrderFile['problems'][number]): ImportProblem => ({
  row: p.row,
  column: p.column,
  code: p.code,
  messageKey: `importProblems.${p.code}`,
  // Messages may name the row and column, so they travel with the params.
  params: { ...p.params, row: p.row, column: p.column ?? '' },
  blocking: p.blocking,
  ...(p.file ? { file: p.file } : {})
})

/**
 * The digest is what an updated order's row will store; left empty for an unchanged order, whose row is
 * not written, and for a new one, whose digest is made as it is written (insert-orders.ts).
 */
type Planned = { action: OrderAction; digest: string }

/** The file's plan: an action per order read, and row digests to bring up to date. */
interface Plan {
  planned: Planned[]
  /** Unchanged orders read from rows whose digest the shop does not hold yet: [id, digest] pairs. */
  rowDigests: [number, string][]
}

/**
 * What the file would do: unchanged orders are recognised by digest; only the others are compared field by field.
 * A Taobao order report or item report is first completed with the other half the shop stored.
 */
function plan(
  ctx: CoreContext,
  parsed: ParsedOrderFile & { platform: NormalizedOrder['platform'] },
  join: JoinCounter,
  loaded: ImportRunOptions['orderIndex']
): Plan {
  const index = loaded?.(parsed.platform) ?? loadOrderIndex(ctx.db, parsed.platform)
  const partIds = parsed.orders.filter((o) => o.part !== 'whole' && index.has(o.orderNo)).map((o) => index.id(o.orderNo)!)
  const storedParts = partIds.length ? loadOrdersById(ctx.db, partIds) : null
  const orders = storedParts
    ? parsed.orders.map((o) => {
        const done = o.part === 'whole' ? o : completeWithStored(o, storedParts.get(index.id(o.orderNo) ?? 0))
        join.add(o, done)
        return done
      })
    : parsed.orders
  if (!storedParts) for (const o of orders) join.add(o, o)
  // One pass decides new / unchanged / to compare; the digests of unchanged orders are dropped as they are made.
  const planned: Planned[] = new Array(orders.length)
  const toCompare: number[] = []
  const compareAt: number[] = []
  const rowDigests: [number, string][] = []
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!
    const id = index.id(order.orderNo)
    if (id === undefined) {
      planned[i] = { action: { kind: 'create', order }, digest: '' }
      continue
    }
    const digest = orderDigest(order)
    if (index.digest(order.orderNo) === digest) {
      planned[i] = { action: { kind: 'unchanged', order, existing: null }, digest: '' }
      // Stored as the file has it, from rows the shop holds no digest of (an import before migration 015, or
      // other columns changed): keeping theirs lets the next import of the same rows pass over the order.
      // Only here, where the order's own digest matched: passing over must mean what this branch means.
      const rows = order.rowsDigest
      if (rows && rows !== index.rowDigest(order.orderNo)) rowDigests.push([id, rows])
    } else {
      toCompare.push(id)
      compareAt.push(i)
      planned[i] = { action: { kind: 'unchanged', order, existing: null }, digest }
    }
  }
  const stored = loadOrdersById(ctx.db, toCompare)
  for (let k = 0; k < compareAt.length; k++) {
    const p = planned[compareAt[k]!]!
    p.action = planOrder(stored.get(toCompare[k]!), p.action.order)
  }
  return { planned, rowDigests }
}

export function importOrders(
  ctx: CoreContext,
  parsed: ParsedOrderFile & { joinedInImport?: number },
  opts: ImportRunOptions
): ImportReport {
  const problems = parsed.problems.map(toProblem)
  // Rows whose only trouble is an unknown status wait for the merchant's answer; they do not hold back the rest.
  const held = heldOnlyByStatus(problems)
  const blockingProblems = problems.filter((p) => p.blocking && !held(p))
  const fileLevelBlock = blockingProblems.some((p) => p.row === 0)
  const blocked = blockingProblems.length > 0
  const report: ImportReport = {
    kind: 'orders',
    fileName: opts.fileName,
    platform: parsed.platform,
    encoding: parsed.encoding,
    headers: parsed.headers,
    rows: parsed.rows,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: parsed.badRows.length,
    applied: false,
    blocked,
    batchId: null,
    unknownSkus: [],
    // Listed with the rows waiting on an unknown status, so the merchant sees every row held back.
    errors: problems.filter((p) => p.blocking).slice(0, MAX_LISTED_PROBLEMS),
    changes: [],
    shipments: 0,
    warnings: problems.filter((p) => !p.blocking).slice(0, MAX_LISTED_PROBLEMS),
    files: opts.files ?? [opts.fileName],
    unknownStatuses: unknownStatuses(problems),
    join: null,
    sheets: opts.sheets ?? [],
    refundsFlagged: 0,
    bundles: null
  }
  if (fileLevelBlock) return report
  // A generic file (the merchant's own table, read through a column mapping) is stored under 'other'.
  const platform = parsed.platform === 'generic' ? 'other' : parsed.platform

  const join = new JoinCounter(parsed.joinedInImport ?? 0)
  const { planned, rowDigests } = plan(ctx, { ...parsed, platform }, join, opts.orderIndex)
  // The stored orders' index and the digests of unchanged orders are garbage now: a big re-import's peak otherwise.
  opts.afterPlan?.()
  // Orders passed over are orders the file names no shop for (only such files pass over any).
  report.shops = planImportShops(ctx.db, platform, parsed.orders, opts.shopId ?? null, parsed.passed.length > 0)
  report.join = join.result(parsed.format === 'taobao_items' || parsed.orders.some((o) => o.part !== 'whole'))
  const resolve = skuResolver(ctx.db, platform)
  const bundles = bundleParts(ctx.db)
  const unknown = new Map<string, UnknownSku>()
  const touched = new TouchedSkus(resolve, bundles)
  for (const { action } of planned) {
    if (action.kind !== 'unchanged') for (const l of action.order.lines) touched.line(l.merchantCode)
    if (action.kind === 'update') for (const l of action.existing.lines) touched.stored(l.productId, l.merchantCode)
    report[action.kind === 'create' ? 'created' : action.kind === 'update' ? 'updated' : 'unchanged']++
    const o = action.kind === 'update' ? action.merged : action.order
    if (o.status === 'awaiting_shipment' && o.afterSale === 'refunded') report.refundsFlagged++
    if (action.kind === 'update' && report.changes.length < MAX_LISTED_CHANGES)
      report.changes.push({ key: action.order.orderNo, changes: action.changes })
    for (const line of action.order.lines) {
      if (resolve(line.merchantCode) !== null || bundles.has(line.merchantCode)) continue
      const u = unknown.get(line.merchantCode) ?? { code: line.merchantCode, title: line.title, spec: line.spec, lines: 0 }
      u.lines++
      unknown.set(line.merchantCode, u)
    }
  }
  // Passed over by the parse: stored exactly as the file has them (parse/row-digest.ts).
  report.unchanged += parsed.passed.length
  for (const [code, lines] of parsed.passedLines) {
    if (resolve(code) !== null || bundles.has(code)) continue
    const u = unknown.get(code)
    if (u) u.lines += lines
    // The title and spec the shop stored with the code: those rows were read before, and gave them.
    else unknown.set(code, { code, ...firstStoredLine(ctx.db, platform, code), lines })
  }
  report.unknownSkus = [...unknown.values()].sort((a, b) => b.lines - a.lines || a.code.localeCompare(b.code))
  if (opts.dryRun || (blocked && !opts.skipBadRows)) return report

  ctx.db
    .transaction(() => {
      const now = isoNow(ctx)
      const batchId = Number(
        prepared(
          ctx.db,
          `INSERT INTO import_batches (kind, file_name, file_sha256, platform, encoding, rows, created, updated, unchanged, skipped, imported_at)
           VALUES ('orders', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        ).run(
          (opts.files ?? [opts.fileName]).join(' + '),
          opts.sha256,
          platform,
          parsed.encoding,
          parsed.rows,
          report.created,
          report.updated,
          report.unchanged,
          report.skipped,
          now
        ).lastInsertRowid
      )
      const check = (done: number) => {
        if (opts.shouldCancel?.()) throw new ImportCancelled()
        opts.onProgress?.(done, planned.length)
      }
      // What undo needs (import/undo.ts): the new orders as one id range, images of changed rows.
      const journal = new UndoJournal(ctx.db, batchId)
      const shops = applyImportShops(ctx, platform, report.shops!, journal)
      const ordersBefore = maxRowid(ctx.db, 'orders')
      const creates = planned.filter((p) => p.action.kind === 'create')
      bulkInsertOrders(
        ctx.db,
        creates.map((p) => p.action.order),
        { now, batchId, resolve, onBatch: check, shopOf: shops.shopOf }
      )
      journal.insertedSince('orders', ordersBefore)
      const update = orderUpdater(ctx, batchId, now, resolve, bundles, journal)
      // What undo puts back, taken before any of them changes.
      const updates = planned.flatMap((p) => (p.action.kind === 'update' ? [p.action] : []))
      journal.beforeEach(
        'orders',
        'rowid',
        updates.map((a) => a.existing.id)
      )
      journal.beforeEach(
        'order_lines',
        'order_id',
        updates.flatMap((a) => (a.linesChanged ? [a.existing.id] : []))
      )
      let done = creates.length
      for (const p of planned) {
        if (p.action.kind !== 'update') continue
        if (++done % 5000 === 0) check(done)
        report.shipments += update(p.action, p.digest, report.warnings)
      }
      const known: { orderNo: string; shopName?: string }[] = planned.filter((p) => p.action.kind !== 'create').map((p) => p.action.order)
      moveNamedOrders(ctx, platform, known, shops.shopOf, journal, parsed.passed)
      // Not journaled: these orders are unchanged and the digest stays true of them after an undo (a key for
      // the next import, not the shop's data). Journaled, the first re-import after migration 015 would
      // store an image of every order for it.
      const keepRows = prepared(ctx.db, 'UPDATE orders SET import_row_digest = ? WHERE id = ?')
      for (const [id, rows] of rowDigests) keepRows.run(rows, id)
      prepared(ctx.db, 'UPDATE import_batches SET shop_id = ? WHERE id = ?').run(shops.batchShop, batchId)
      const skippedRow = prepared(
        ctx.db,
        'INSERT OR REPLACE INTO import_skipped_rows (batch_id, file, row, cells, problems) VALUES (?, ?, ?, ?, ?)'
      )
      for (const bad of parsed.badRows)
        skippedRow.run(batchId, bad.file ?? '', bad.row, JSON.stringify(bad.cells), JSON.stringify(bad.problems.map(toProblem)))
      if (opts.statusMap) {
        const meaningsBefore = maxRowid(ctx.db, 'status_meanings')
        for (const text of Object.keys(opts.statusMap))
          journal.before('status_meanings', 'platform = ? AND text_key = ?', platform, textKey(text.trim()))
        saveStatusMeanings(ctx, platform, opts.statusMap, now)
        journal.insertedSince('status_meanings', meaningsBefore)
      }
      report.batchId = batchId
      report.applied = true
      prepared(ctx.db, 'UPDATE import_batches SET report = ? WHERE id = ?').run(JSON.stringify(summary(report)), batchId)
      recordAudit(ctx, 'import.orders', 'import_batch', batchId, summary(report))
      journal.finish()
      opts.onProgress?.(planned.length, planned.length)
    })
    .immediate()
  rememberTouched(report, touched)
  return report
}

/** The column of each order field an import may change (plan-orders.ts compares every one of them). */
const ORDER_COLUMN = {
  status: 'status',
  afterSale: 'after_sale',
  paidFen: 'paid_fen',
  refundFen: 'refund_fen',
  part: 'order_part',
  presale: 'presale',
  paidAt: 'paid_at',
  promisedShipAt: 'promised_ship_at',
  shippedAt: 'shipped_at',
  buyerName: 'buyer_name',
  buyerPhone: 'buyer_phone',
  address: 'address',
  buyerNote: 'buyer_note',
  merchantNote: 'merchant_note'
} as const satisfies Record<keyof MergedOrder, string>

const summary = (r: ImportReport) => ({
  fileName: r.fileName,
  platform: r.platform,
  rows: r.rows,
  created: r.created,
  updated: r.updated,
  unchanged: r.unchanged,
  skipped: r.skipped,
  shipments: r.shipments,
  unknownSkus: r.unknownSkus.length
})

function orderUpdater(
  ctx: CoreContext,
  batchId: number,
  now: string,
  resolve: (code: string) => number | null,
  bundles: Map<string, { productId: number; quantity: number }[]>,
  journal: UndoJournal
) {
  const db = ctx.db
  // Only the columns that change are set: SQLite rewrites an index entry whenever one of its columns is
  // set, changed or not. status is in all three of orders' secondary indexes, paid_at and promised_ship_at
  // in one each. Setting every column, the next day's export (33,333 orders shipped) spent 1.3–1.8 s in
  // its UPDATEs; setting status alone takes 0.5 s.
  const updateOrder = (changed: readonly string[]) =>
    prepared(
      db,
      `UPDATE orders SET ${changed.map((f) => `${ORDER_COLUMN[f as keyof typeof ORDER_COLUMN]} = @${f}`).join(', ')}${changed.length ? ', ' : ''}
         updated_at = @now, import_batch_id = @batchId, import_hash = @digest, import_row_digest = @rowsDigest
       WHERE id = @id`
    )
  const insertLine = prepared(
    db,
    `INSERT INTO order_lines (order_id, line_no, sub_order_no, merchant_code, platform_product_id, platform_sku_id, title, spec, quantity, amount_fen, product_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const updateLine = prepared(
    db,
    `UPDATE order_lines SET sub_order_no = ?, merchant_code = ?, platform_product_id = ?, platform_sku_id = ?, title = ?, spec = ?,
       quantity = ?, amount_fen = ?, product_id = ? WHERE order_id = ? AND line_no = ?`
  )
  const deleteLinesFrom = prepared(db, 'DELETE FROM order_lines WHERE order_id = ? AND line_no > ?')
  const onHand = prepared(db, 'SELECT on_hand AS n FROM products WHERE id = ?')
  const lineValues = (l: NormalizedLine) => [...lineData(l), resolve(l.merchantCode)] as const

  /** Returns 1 when the order shipped since the shop last saw it (its units leave the stock), else 0. */
  return (a: Extract<OrderAction, { kind: 'update' }>, digest: string, warnings: ImportProblem[]): number => {
    const id = a.existing.id
    const changed = a.changes.flatMap((c) => (c.field === 'lines' ? [] : [c.field]))
    const values: Record<string, unknown> = { now, batchId, id, digest, rowsDigest: a.order.rowsDigest ?? null }
    for (const f of changed) values[f] = f === 'presale' ? (a.merged.presale ? 1 : 0) : a.merged[f as keyof MergedOrder]
    // The rows' digest goes with the order's: the next import may pass over these rows only if they give this order.
    updateOrder(changed).run(values)
    if (a.linesChanged) {
      const known = new Set(a.existing.lines.map((l) => l.lineNo))
      for (const l of a.order.lines) {
        if (known.has(l.lineNo)) updateLine.run(...lineValues(l), id, l.lineNo)
        else {
          const lineId = Number(insertLine.run(id, l.lineNo, ...lineValues(l)).lastInsertRowid)
          journal.inserted('order_lines', lineId, lineId)
        }
      }
      deleteLinesFrom.run(id, a.order.lines.length)
    }
    // Stock leaves the shelf when the shop sees an order it knew as awaiting
    // shipment become shipped. Orders first seen already shipped are taken to be
    // in the stock list the shop counted, so they move no stock.
    const shippedNow = a.existing.status === 'awaiting_shipment' && (a.merged.status === 'shipped' || a.merged.status === 'received')
    if (!shippedNow) return 0
    // A bundle ships its components.
    const units = a.order.lines.flatMap((l) => {
      const productId = resolve(l.merchantCode)
      if (productId !== null) return [{ productId, quantity: l.quantity, code: l.merchantCode }]
      return (bundles.get(l.merchantCode) ?? []).map((p) => ({
        productId: p.productId,
        quantity: l.quantity * p.quantity,
        code: l.merchantCode
      }))
    })
    for (const l of units) {
      const productId = l.productId
      const have = (onHand.get(productId) as { n: number }).n
      const take = Math.min(have, l.quantity)
      if (take < l.quantity) {
        const row = a.order.sourceRows[0] ?? 0
        warnings.push({
          row,
          column: null,
          code: 'shipped_more_than_stock',
          messageKey: 'importProblems.shipped_more_than_stock',
          params: { row, column: '', orderNo: a.order.orderNo, code: l.code, quantity: l.quantity, onHand: have },
          blocking: false
        })
      }
      if (take > 0)
        appendMovement(ctx, {
          productId,
          type: 'ship',
          delta: -take,
          reason: 'order shipped',
          ref: `${a.order.platform}:${a.order.orderNo}`
        })
    }
    return 1
  }
}
