// What undoing an import would put back, and whether anything done since depends on it.
// Only the newest import still standing can be undone (an older one's changes may have been
// built on by the newer); beyond that, a later change that undo would contradict refuses it,
// naming the change: a queue step on one of its orders, a stock count or a stock move made
// since on a SKU it moved (undo would break the count, or take on hand below zero), a SKU it
// created that has been used since, a SKU or bundle it changed that was edited since, or a
// SKU mapping changed since for a code it brought.
import { AppError } from '../../../shared/errors'
import type { UndoPlan, UndoRefusal } from '../../../shared/import-undo-types'
import type { CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

export interface BatchRecord {
  id: number
  kind: 'orders' | 'stock'
  fileName: string
  platform: string | null
  importedAt: string
  undoneAt: string | null
  /** The journal's marks (migration 007), null for a batch imported before it. */
  marks: {
    movementFrom: number
    movementTo: number
    auditAfter: number
    eventAfter: number
    mappingAfter: number
    productAfter: number
  } | null
}

export function loadBatch(db: Db, batchId: number): BatchRecord {
  const b = prepared(
    db,
    `SELECT b.id, b.kind, b.file_name AS fileName, b.platform, b.imported_at AS importedAt, b.undone_at AS undoneAt,
       u.movement_from AS movementFrom, u.movement_to AS movementTo, u.audit_after AS auditAfter, u.event_after AS eventAfter,
       u.mapping_after AS mappingAfter, u.product_after AS productAfter
     FROM import_batches b LEFT JOIN import_undo u ON u.batch_id = b.id WHERE b.id = ?`
  ).get(batchId) as (Omit<BatchRecord, 'marks'> & Record<string, number | null>) | undefined
  if (!b) throw new AppError('not_found', { entity: 'import', id: batchId }, 'batchId')
  const { movementFrom, movementTo, auditAfter, eventAfter, mappingAfter, productAfter, ...rest } = b
  return {
    ...rest,
    marks:
      movementFrom === null || movementFrom === undefined
        ? null
        : {
            movementFrom,
            movementTo: movementTo!,
            auditAfter: auditAfter!,
            eventAfter: eventAfter!,
            mappingAfter: mappingAfter!,
            productAfter: productAfter!
          }
  } as BatchRecord
}

/** The newest import that has not been undone (the only one that may be). */
export function newestStanding(db: Db): number | null {
  return (prepared(db, 'SELECT MAX(id) AS id FROM import_batches WHERE undone_at IS NULL').get() as { id: number | null }).id
}

const refusal = (key: string, params: Record<string, string | number> = {}): UndoRefusal => ({
  messageKey: `importUndo.refused.${key}`,
  params
})

/** Rows of the journal of `table`: inserted (image NULL) or put back. */
const IN_BATCH = (table: string, column: string) =>
  `EXISTS (SELECT 1 FROM import_undo_rows r WHERE r.batch_id = @batch AND r.tbl = '${table}' AND ${column} BETWEEN r.row_from AND r.row_to)`

/** New SKU mappings made since the import for codes on its orders: they were made for it, and go with it. */
export function mappingsMadeFor(db: Db, b: BatchRecord): { id: number; platform: string; code: string }[] {
  if (!b.marks || b.kind !== 'orders') return []
  return prepared(
    db,
    `SELECT m.id, m.platform, m.platform_code AS code FROM sku_mappings m
     WHERE m.id > @after AND m.platform = @platform
       AND EXISTS (SELECT 1 FROM order_lines l WHERE l.merchant_code = m.platform_code AND ${IN_BATCH('orders', 'l.order_id')})`
  ).all({ after: b.marks.mappingAfter, platform: b.platform, batch: b.id }) as { id: number; platform: string; code: string }[]
}

function whyNot(db: Db, b: BatchRecord): UndoRefusal | null {
  if (b.undoneAt) return refusal('already_undone', { file: b.fileName })
  if (!b.marks) return refusal('unrecorded', { file: b.fileName })
  const newest = newestStanding(db)
  if (newest !== b.id) {
    const n = prepared(db, 'SELECT id, file_name AS file FROM import_batches WHERE id = ?').get(newest) as { id: number; file: string }
    return refusal('newer_batch', { id: n.id, file: n.file })
  }
  const m = b.marks
  const p = { batch: b.id, from: m.movementFrom, to: m.movementTo, events: m.eventAfter, audit: m.auditAfter, mappings: m.mappingAfter }
  const step = prepared(
    db,
    `SELECT o.order_no AS orderNo FROM queue_events e JOIN queue_cases c ON c.id = e.case_id JOIN orders o ON o.id = c.order_id
     WHERE e.id > @events AND e.actor = 'user' AND e.undone_at IS NULL AND ${IN_BATCH('orders', 'c.order_id')} LIMIT 1`
  ).get(p) as { orderNo: string } | undefined
  if (step) return refusal('queue_step', { orderNo: step.orderNo })
  // Per SKU the import moved: what its movements add up to, and whether a count was taken since.
  const moved = prepared(
    db,
    `SELECT p.merchant_code AS code, p.on_hand AS onHand, SUM(s.quantity) AS net,
       (SELECT MIN(l.id) FROM stock_movements l WHERE l.product_id = s.product_id AND l.id > @to AND l.type = 'count') AS laterCount
     FROM stock_movements s JOIN products p ON p.id = s.product_id
     WHERE s.id > @from AND s.id <= @to GROUP BY s.product_id ORDER BY p.merchant_code`
  ).all(p) as { code: string; onHand: number; net: number; laterCount: number | null }[]
  for (const s of moved) if (s.laterCount !== null) return refusal('later_count', { code: s.code })
  for (const s of moved) if (s.onHand - s.net < 0) return refusal('stock_short', { code: s.code, onHand: s.onHand, back: s.net })
  const used = prepared(
    db,
    `SELECT p.merchant_code AS code FROM products p WHERE ${IN_BATCH('products', 'p.id')} AND (
       EXISTS (SELECT 1 FROM stock_movements s WHERE s.product_id = p.id AND s.id > @to)
       OR EXISTS (SELECT 1 FROM incoming_stock i WHERE i.product_id = p.id)
       OR EXISTS (SELECT 1 FROM bundle_parts bp WHERE bp.product_id = p.id AND NOT ${IN_BATCH('bundle_parts', 'bp.rowid')})
       OR EXISTS (SELECT 1 FROM sku_mappings m WHERE m.product_id = p.id)
       OR EXISTS (SELECT 1 FROM product_substitutes ps WHERE ps.product_id = p.id OR ps.substitute_id = p.id))
     ORDER BY p.merchant_code LIMIT 1`
  ).get(p) as { code: string } | undefined
  if (used) return refusal('product_used', { code: used.code })
  const edited = prepared(
    db,
    `SELECT a.entity, COALESCE(p.merchant_code, json_extract(a.detail, '$.code'), a.entity_id) AS code FROM audit_log a
     LEFT JOIN products p ON a.entity = 'product' AND p.id = CAST(a.entity_id AS INTEGER)
     WHERE a.id > @audit AND (
       (a.action = 'product.update' AND ${IN_BATCH('products', 'CAST(a.entity_id AS INTEGER)')})
       OR (a.action IN ('bundles.set', 'bundles.remove') AND ${IN_BATCH('bundles', 'CAST(a.entity_id AS INTEGER)')}))
     LIMIT 1`
  ).get(p) as { entity: string; code: string } | undefined
  if (edited) return refusal(edited.entity === 'bundle' ? 'bundle_edited' : 'product_edited', { code: edited.code })
  if (b.kind === 'orders') {
    // A mapping that existed before the import and was changed or removed since: the lines undo puts back would contradict it.
    const fresh = new Set(mappingsMadeFor(db, b).map((x) => `${x.platform}:${x.code}`))
    const changed = prepared(
      db,
      `SELECT DISTINCT a.entity_id AS key FROM audit_log a WHERE a.id > @audit AND a.action IN ('sku_mapping.save', 'sku_mapping.delete')`
    ).all(p) as { key: string }[]
    for (const { key } of changed) {
      if (fresh.has(key) || !key.startsWith(`${b.platform}:`)) continue
      const code = key.slice(`${b.platform}:`.length)
      const onBatch = prepared(
        db,
        `SELECT 1 FROM order_lines l WHERE l.merchant_code = @code AND ${IN_BATCH('orders', 'l.order_id')} LIMIT 1`
      ).get({ code, batch: b.id })
      if (onBatch) return refusal('mapping_changed', { code })
    }
  }
  return null
}

const sumRange = (db: Db, batchId: number, table: string, inserted: boolean): number =>
  (
    prepared(
      db,
      `SELECT COALESCE(SUM(row_to - row_from + 1), 0) AS n FROM import_undo_rows WHERE batch_id = ? AND tbl = ? AND (image IS NULL) = ?`
    ).get(batchId, table, inserted ? 1 : 0) as { n: number }
  ).n

/** Distinct rows of `table` the batch changed (a row is imaged once per change; a restored order counts once). */
const restoredRows = (db: Db, batchId: number, table: string): number =>
  (
    prepared(db, 'SELECT COUNT(DISTINCT row_from) AS n FROM import_undo_rows WHERE batch_id = ? AND tbl = ? AND image IS NOT NULL').get(
      batchId,
      table
    ) as { n: number }
  ).n

export function planUndo(ctx: CoreContext, batchId: number): UndoPlan {
  const db = ctx.db
  const b = loadBatch(db, batchId)
  const m = b.marks
  const moves = m
    ? (
        prepared(db, 'SELECT COUNT(*) AS n FROM stock_movements WHERE id > ? AND id <= ?').get(m.movementFrom, m.movementTo) as {
          n: number
        }
      ).n
    : 0
  const either = (t: string) => sumRange(db, b.id, t, true) + restoredRows(db, b.id, t)
  return {
    batchId: b.id,
    kind: b.kind,
    fileName: b.fileName,
    importedAt: b.importedAt,
    ordersRemoved: sumRange(db, b.id, 'orders', true),
    ordersRestored: restoredRows(db, b.id, 'orders'),
    movesReversed: moves,
    productsRemoved: sumRange(db, b.id, 'products', true),
    productsRestored: restoredRows(db, b.id, 'products'),
    suppliersRemoved: sumRange(db, b.id, 'suppliers', true),
    bundlesReverted: either('bundles'),
    statusMeaningsReverted: either('status_meanings'),
    mappingsRemoved: mappingsMadeFor(db, b).length,
    refusal: whyNot(db, b)
  }
}
