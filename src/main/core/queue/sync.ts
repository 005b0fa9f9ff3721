// Cases follow the engine. Called by every stored recompute, inside its
// transaction, right after the results are written (engine/recompute.ts), so the
// queue and the engine's tables always describe the same moment:
//  - every order the engine marks short and that has no case gets one, at step
//    notify, with the SKUs it lacks, its deadline and penalties;
//  - every open case takes its order's situation now (short, unmapped, ready, or
//    shipped/cancelled outside the queue), deadline and penalties; a change of
//    situation is written to the timeline and the step is derived again, so an
//    order that became ready or shipped can be closed without a cancel;
//  - a closed case whose order is short again is reopened.
// Everything is set-based SQL except the few cases whose situation changed.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { stepOf } from './steps'
import type { CaseRow } from './rows'
import { writeCase } from './rows'

const OPEN_NEW = `
  INSERT INTO queue_cases (order_id, platform, step, situation, opened_at, updated_at, lacking, deadline, late_fen, stockout_fen)
  SELECT a.order_id, o.platform, 'notify', 'short', :now, :now, a.lacking, a.deadline, eo.late_fen, a.stockout_fen
  FROM engine_actions a JOIN engine_orders eo ON eo.order_id = a.order_id JOIN orders o ON o.id = a.order_id
  WHERE NOT EXISTS (SELECT 1 FROM queue_cases c WHERE c.order_id = a.order_id)
  ORDER BY a.rank`

const OPENED_EVENTS = `
  INSERT INTO queue_events (case_id, at, kind, actor, detail)
  SELECT id, :now, 'opened', 'system', json_object('deadlineAt', deadline, 'lateFen', late_fen, 'stockoutFen', stockout_fen)
  FROM queue_cases WHERE id > :after ORDER BY id`

// What each open case's order is now. engine_orders holds exactly the open orders (it
// was just rewritten in this transaction), so the order itself is read only for one
// that left it: shipped or cancelled, when its last known deadline and penalties stay.
const CHANGED = `
  SELECT c.*, s.sit AS new_situation, s.deadline AS new_deadline, s.late AS new_late_fen, s.stockout AS new_stockout_fen, s.lacking AS new_lacking
  FROM (
    SELECT c.id,
      CASE WHEN eo.order_id IS NOT NULL THEN eo.state ELSE (
        SELECT CASE o.status WHEN 'shipped' THEN 'shipped' WHEN 'received' THEN 'shipped' WHEN 'cancelled' THEN 'cancelled' ELSE c.situation END
        FROM orders o WHERE o.id = c.order_id) END AS sit,
      COALESCE(eo.deadline, c.deadline) AS deadline,
      COALESCE(eo.late_fen, c.late_fen) AS late,
      COALESCE(a.stockout_fen, c.stockout_fen) AS stockout,
      COALESCE(a.lacking, c.lacking) AS lacking
    FROM queue_cases c
    LEFT JOIN engine_orders eo ON eo.order_id = c.order_id
    LEFT JOIN engine_actions a ON a.order_id = c.order_id
    WHERE c.closed_at IS NULL
  ) s JOIN queue_cases c ON c.id = s.id
  WHERE s.sit IS NOT c.situation OR s.deadline IS NOT c.deadline OR s.late IS NOT c.late_fen
     OR s.stockout IS NOT c.stockout_fen OR s.lacking IS NOT c.lacking`

const SHORT_AGAIN = `
  SELECT c.*, a.deadline AS new_deadline, eo.late_fen AS new_late_fen, a.stockout_fen AS new_stockout_fen, a.lacking AS new_lacking
  FROM engine_actions a JOIN queue_cases c ON c.order_id = a.order_id JOIN engine_orders eo ON eo.order_id = a.order_id
  WHERE c.closed_at IS NOT NULL`

type Changed = CaseRow & {
  new_situation?: CaseRow['situation']
  new_deadline: string | null
  new_late_fen: number
  new_stockout_fen: number
  new_lacking: string
}

function event(db: Db, caseId: number, at: string, kind: string, detail: Record<string, unknown>): void {
  prepared(db, `INSERT INTO queue_events (case_id, at, kind, actor, detail) VALUES (?, ?, ?, 'system', ?)`).run(
    caseId,
    at,
    kind,
    JSON.stringify(detail)
  )
}

export function syncCases(db: Db, nowIso: string): void {
  const after = (prepared(db, 'SELECT IFNULL(MAX(id), 0) AS n FROM queue_cases').get() as { n: number }).n
  const opened = prepared(db, OPEN_NEW).run({ now: nowIso }).changes
  if (opened > 0) prepared(db, OPENED_EVENTS).run({ now: nowIso, after })

  for (const r of prepared(db, CHANGED).all() as Changed[]) {
    const situation = r.new_situation ?? r.situation
    const next = {
      ...r,
      situation,
      deadline: r.new_deadline,
      late_fen: r.new_late_fen,
      stockout_fen: r.new_stockout_fen,
      lacking: r.new_lacking
    }
    const step = stepOf(next)
    writeCase(db, r.id, {
      situation,
      deadline: next.deadline,
      late_fen: next.late_fen,
      stockout_fen: next.stockout_fen,
      lacking: next.lacking,
      step,
      ...(situation !== r.situation ? { updated_at: nowIso } : {})
    })
    if (situation !== r.situation) event(db, r.id, nowIso, 'situation', { from: r.situation, to: situation, step })
  }

  for (const r of prepared(db, SHORT_AGAIN).all() as Changed[]) {
    const next = { ...r, closed_at: null, situation: 'short' as const }
    const step = stepOf(next)
    writeCase(db, r.id, {
      closed_at: null,
      situation: 'short',
      step,
      deadline: r.new_deadline,
      late_fen: r.new_late_fen,
      stockout_fen: r.new_stockout_fen,
      lacking: r.new_lacking,
      updated_at: nowIso
    })
    event(db, r.id, nowIso, 'reopened', { step, deadlineAt: r.new_deadline, lateFen: r.new_late_fen })
  }
}
