// Writing one step of a case: its guard, then the case's columns (and its step,
// derived again), the order or its lines, the timeline event with the snapshot
// undo needs, and the audit entry. The steps themselves are actions.ts.
import { AppError } from '../../../shared/errors'
import type { AfterSaleStatus, OrderStatus } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { isMutableColumn, loadCase, orderFacts, writeCase, type CasePatch, type CaseRow, type OrderFacts } from './rows'
import { refusalOf, stepOf, type Refusal } from './steps'
import { lastUndoable, type LineSnap, type OrderSnap, type Snapshot } from './undo-log'

export type Detail = Record<string, string | number | boolean | null>

export interface Change {
  kind: string
  patch: CasePatch
  detail: Detail
  order?: { status?: OrderStatus; afterSale?: AfterSaleStatus }
  /** Order lines to move to another SKU. */
  lines?: { id: number; productId: number | null }[]
}

export function illegal(r: Refusal): AppError {
  return new AppError('illegal_transition', r.params ?? {}, undefined, r.key)
}

export function guard(db: Db, action: Parameters<typeof refusalOf>[0], c: CaseRow, o: OrderFacts): void {
  const r = refusalOf(action, c, o, action === 'undo' ? lastUndoable(db, c.id) !== undefined : false)
  if (r) throw illegal(r)
}

export const orderSnap = (db: Db, orderId: number): OrderSnap =>
  prepared(db, 'SELECT status, after_sale, updated_at FROM orders WHERE id = ?').get(orderId) as OrderSnap

export const lineSnap = (db: Db, ids: number[]): LineSnap[] =>
  prepared(db, 'SELECT id, product_id FROM order_lines WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(
    JSON.stringify(ids)
  ) as LineSnap[]

/** Writes a step: the case's columns (and its step, derived again), the order or lines, the event with its undo snapshot, the audit entry. */
export function apply(ctx: CoreContext, c: CaseRow, change: Change, batch: string | null): boolean {
  const db = ctx.db
  const now = isoNow(ctx)
  const next = { ...c, ...change.patch }
  const patch: CasePatch = { ...change.patch, step: stepOf(next), updated_at: now }
  const before: CasePatch = {}
  for (const k of Object.keys(patch)) if (isMutableColumn(k)) (before as Record<string, unknown>)[k] = c[k]
  writeCase(db, c.id, patch)

  let order: Snapshot['order'] = null
  if (change.order) {
    const was = orderSnap(db, c.order_id)
    const status = change.order.status ?? was.status
    const afterSale = change.order.afterSale ?? was.after_sale
    if (status !== was.status || afterSale !== was.after_sale) {
      prepared(db, 'UPDATE orders SET status = ?, after_sale = ?, updated_at = ? WHERE id = ?').run(status, afterSale, now, c.order_id)
      order = { before: was, after: orderSnap(db, c.order_id) }
    }
  }
  let lines: Snapshot['lines'] = null
  if (change.lines?.length) {
    const ids = change.lines.map((l) => l.id)
    const was = lineSnap(db, ids)
    const move = prepared(db, 'UPDATE order_lines SET product_id = ? WHERE id = ? AND order_id = ?')
    for (const l of change.lines) move.run(l.productId, l.id, c.order_id)
    lines = { before: was, after: lineSnap(db, ids) }
  }
  const snapshot: Snapshot = { case: before, order, lines }
  prepared(db, `INSERT INTO queue_events (case_id, at, kind, actor, detail, snapshot, batch) VALUES (?, ?, ?, 'user', ?, ?, ?)`).run(
    c.id,
    now,
    change.kind,
    JSON.stringify(change.detail),
    JSON.stringify(snapshot),
    batch
  )
  recordAudit(ctx, `queue.${change.kind}`, 'case', c.id, { orderId: c.order_id, ...change.detail, ...(batch ? { batch } : {}) })
  return order !== null || lines !== null
}

export function load(ctx: CoreContext, caseId: number): { c: CaseRow; o: OrderFacts } {
  const c = loadCase(ctx.db, caseId)
  return { c, o: orderFacts(ctx.db, c.order_id) }
}

/** The case and its order, once the step `action` is allowed on them (otherwise the refusal is thrown). */
export function loadFor(ctx: CoreContext, caseId: number, action: Parameters<typeof refusalOf>[0]): { c: CaseRow; o: OrderFacts } {
  const loaded = load(ctx, caseId)
  guard(ctx.db, action, loaded.c, loaded.o)
  return loaded
}

