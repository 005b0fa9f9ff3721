// What undo reads: each user step's event carries a snapshot of what it changed
// (the case's columns, the order, the lines); the newest one not yet undone is
// the one undo reverses. Read by the steps (actions.ts) and by the case (case.ts).
import type { AfterSaleStatus, OrderStatus } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { CasePatch } from './rows'

export interface OrderSnap {
  status: OrderStatus
  after_sale: AfterSaleStatus
  updated_at: string
}
export interface LineSnap {
  id: number
  product_id: number | null
}
export interface Snapshot {
  case: CasePatch
  order: { before: OrderSnap; after: OrderSnap } | null
  lines: { before: LineSnap[]; after: LineSnap[] } | null
}

/** The newest action on the case that can still be undone, if any. */
export function lastUndoable(db: Db, caseId: number): { id: number; kind: string; snapshot: string } | undefined {
  return prepared(
    db,
    `SELECT id, kind, snapshot FROM queue_events WHERE case_id = ? AND actor = 'user' AND snapshot IS NOT NULL AND undone_at IS NULL ORDER BY id DESC LIMIT 1`
  ).get(caseId) as { id: number; kind: string; snapshot: string } | undefined
}

