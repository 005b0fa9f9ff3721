// Undoing an import: one transaction that puts back exactly what the batch changed, from the
// journal it recorded (undo-journal.ts). Its own stock movements leave the ledger (the only
// deletion the ledger allows, migration 007), SKU mappings made for it go, the journal is walked
// backwards (inserted rows deleted, changed or deleted rows put back from their images), and the
// batch stays in the history, marked undone, so the same file can simply be imported again.
import { AppError } from '../../../shared/errors'
import type { ImportBatchRow, UndoResult } from '../../../shared/import-undo-types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { loadBatch, mappingsMadeFor, newestStanding, planUndo } from './undo-plan'
import { removeImportedShops } from '../shops/undo-shops'
import { tableShape, type JournalTable } from './undo-journal'

/** Puts one row back from its image: an UPDATE when the row is still there, else an INSERT with its old rowid. */
function restoreRow(db: Db, table: JournalTable, rowid: number, image: string): void {
  const { columns, alias } = tableShape(db, table)
  // A SKU's on hand is the ledger's sum, kept by the ledger's triggers: never written back from an image.
  const cols = columns.filter((c) => !(table === 'products' && c === 'on_hand'))
  const value = (c: string) => `json_extract(@image, '$.${c}')`
  if (prepared(db, `SELECT 1 FROM ${table} WHERE rowid = ?`).get(rowid)) {
    prepared(db, `UPDATE ${table} SET ${cols.map((c) => `"${c}" = ${value(c)}`).join(', ')} WHERE rowid = @rowid`).run({ image, rowid })
  } else {
    const names = alias ? cols : ['rowid', ...cols]
    const values = alias ? cols.map(value) : ['@rowid', ...cols.map(value)]
    prepared(db, `INSERT INTO ${table} (${names.map((c) => (c === 'rowid' ? c : `"${c}"`)).join(', ')}) VALUES (${values.join(', ')})`).run(
      {
        image,
        rowid
      }
    )
  }
}

export function undoImport(ctx: CoreContext, batchId: number): UndoResult {
  const db = ctx.db
  return db
    .transaction(() => {
      const plan = planUndo(ctx, batchId)
      if (plan.refusal) throw new AppError('conflict', plan.refusal.params, undefined, plan.refusal.messageKey)
      const b = loadBatch(db, batchId)
      const m = b.marks!
      const now = isoNow(ctx)
      // The batch's own movements leave the ledger; the unapply trigger takes them off on hand.
      prepared(db, 'INSERT INTO stock_movement_release (movement_id) SELECT id FROM stock_movements WHERE id > ? AND id <= ?').run(
        m.movementFrom,
        m.movementTo
      )
      prepared(db, 'DELETE FROM stock_movements WHERE id > ? AND id <= ?').run(m.movementFrom, m.movementTo)
      prepared(db, 'DELETE FROM stock_movement_release').run()
      // Mappings made for this import's codes go, unlinking the lines they linked (as deleting a mapping does).
      for (const map of mappingsMadeFor(db, b)) {
        prepared(db, 'DELETE FROM sku_mappings WHERE id = ?').run(map.id)
        prepared(
          db,
          `UPDATE order_lines SET product_id = NULL WHERE merchant_code = ? AND order_id IN (SELECT id FROM orders WHERE platform = ?)
             AND NOT EXISTS (SELECT 1 FROM products p WHERE p.merchant_code = order_lines.merchant_code)`
        ).run(map.code, map.platform)
      }
      const journal = prepared(
        db,
        'SELECT tbl, row_from AS rowFrom, row_to AS rowTo, image FROM import_undo_rows WHERE batch_id = ? ORDER BY id DESC'
      ).iterate(batchId) as IterableIterator<{ tbl: JournalTable; rowFrom: number; rowTo: number; image: string | null }>
      const entries = [...journal]
      for (const e of entries) {
        if (e.tbl === 'shops') removeImportedShops(db, e.rowFrom, e.rowTo)
        else if (e.image === null) prepared(db, `DELETE FROM ${e.tbl} WHERE rowid BETWEEN ? AND ?`).run(e.rowFrom, e.rowTo)
        else restoreRow(db, e.tbl, e.rowFrom, e.image)
      }
      // A SKU created since the import (by hand, for one of its codes) links the lines put back, as it linked the others.
      const later = prepared(db, 'SELECT id, merchant_code AS code FROM products WHERE id > ?').all(m.productAfter) as {
        id: number
        code: string
      }[]
      for (const p of later)
        prepared(db, 'UPDATE order_lines SET product_id = ? WHERE merchant_code = ? AND product_id IS NULL').run(p.id, p.code)
      prepared(db, 'UPDATE import_batches SET undone_at = ? WHERE id = ?').run(now, batchId)
      // The journal has done its work; the batch and its report stay in the history.
      prepared(db, 'DELETE FROM import_undo WHERE batch_id = ?').run(batchId)
      const { refusal: _r, ...done } = plan
      recordAudit(ctx, 'import.undo', 'import_batch', batchId, done)
      return { ...plan, undoneAt: now }
    })
    .immediate()
}

/** The history, newest first, with what undo can do for each batch. */
export function listBatches(ctx: CoreContext, limit: number): ImportBatchRow[] {
  const rows = prepared(
    ctx.db,
    `SELECT b.id, b.kind, b.file_name AS fileName, b.platform, b.encoding, b.rows, b.created, b.updated, b.unchanged, b.skipped,
       b.imported_at AS importedAt, b.undone_at AS undoneAt, u.batch_id IS NOT NULL AS recorded
     FROM import_batches b LEFT JOIN import_undo u ON u.batch_id = b.id ORDER BY b.id DESC LIMIT ?`
  ).all(limit) as (Omit<ImportBatchRow, 'undo' | 'refusal'> & { recorded: number })[]
  const newest = newestStanding(ctx.db)
  return rows.map(({ recorded, ...b }) => {
    if (b.undoneAt) return { ...b, undo: 'undone', refusal: null }
    if (!recorded) return { ...b, undo: 'unrecorded', refusal: null }
    if (b.id !== newest) return { ...b, undo: 'later', refusal: null }
    const refusal = planUndo(ctx, b.id).refusal
    return { ...b, undo: refusal ? 'refused' : 'available', refusal }
  })
}
