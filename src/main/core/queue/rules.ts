// The queue's rules read off a case at a moment: hours left, whether the order is
// still at stake, what leaving it costs, and when something on it falls due next.
import type { EngineMessage } from '../../../shared/engine-types'
import type { Consequence, QueueRow } from '../../../shared/queue-types'

const HOUR_MS = 3_600_000

export function hoursLeft(deadline: string | null, nowMs: number): number | null {
  if (deadline === null) return null
  return Math.round((Date.parse(deadline) - nowMs) / (HOUR_MS / 10)) / 10
}

export const atRisk = (r: Pick<QueueRow, 'closedAt' | 'situation'>): boolean =>
  r.closedAt === null && (r.situation === 'short' || r.situation === 'unmapped' || r.situation === 'ready')

/** What leaving the order neither shipped nor cancelled costs: late compensation, the shop's score, an unhappy buyer. */
export function consequencesOf(
  r: Pick<QueueRow, 'closedAt' | 'situation' | 'lateFen' | 'stockoutFen' | 'deadline' | 'notifiedAt' | 'openedAt' | 'step'> & {
    paidAt: string | null
    waitUntil: string | null
  },
  nowMs: number
): Consequence[] {
  if (!atRisk(r)) return []
  const out: Consequence[] = []
  const left = hoursLeft(r.deadline, nowMs)
  const overdue = left !== null && left < 0
  const soon = left !== null && left < 24
  const msg = (key: string, params: EngineMessage['params']): EngineMessage => ({ key: `cases.consequences.${key}`, params })
  if (r.lateFen > 0) {
    out.push({
      kind: 'late_compensation',
      severity: overdue ? 'critical' : soon ? 'warning' : 'info',
      message: msg(overdue ? 'late_compensation_due' : 'late_compensation', { lateFen: r.lateFen, deadlineAt: r.deadline })
    })
  }
  if (overdue || soon) {
    out.push({
      kind: 'shop_score',
      severity: overdue ? 'critical' : 'warning',
      message: msg(overdue ? 'shop_score_late' : 'shop_score', { hours: left === null ? 0 : Math.abs(left) })
    })
  }
  const since = Date.parse(r.paidAt ?? r.openedAt)
  const waited = Number.isFinite(since) ? Math.max(0, Math.round((nowMs - since) / HOUR_MS)) : 0
  if (r.step === 'waiting' && r.waitUntil !== null && Date.parse(r.waitUntil) < nowMs) {
    // The buyer agreed to wait until a date that has passed, and the order still cannot ship.
    out.push({ kind: 'buyer_dissatisfaction', severity: 'critical', message: msg('wait_passed', { waitUntilAt: r.waitUntil }) })
  } else if (r.notifiedAt === null) {
    out.push({
      kind: 'buyer_dissatisfaction',
      severity: overdue || waited >= 24 ? 'critical' : waited >= 6 || soon ? 'warning' : 'info',
      message: msg('buyer_not_told', { hours: waited })
    })
  } else if (overdue) {
    out.push({ kind: 'buyer_dissatisfaction', severity: 'warning', message: msg('buyer_waiting_late', { hours: waited }) })
  }
  if (r.stockoutFen > 0 && r.situation === 'short') {
    out.push({ kind: 'stockout_deduction', severity: 'info', message: msg('stockout_deduction', { stockoutFen: r.stockoutFen }) })
  }
  return out
}

/** When something on the case falls due next. */
export function dueAtOf(r: Pick<QueueRow, 'closedAt' | 'step' | 'answer'> & { replyBy: string | null; waitUntil: string | null; followUpAt: string | null }): string | null {
  if (r.closedAt !== null) return null
  if (r.step === 'cancel' && r.answer === 'no_reply') return r.replyBy
  if (r.step === 'waiting') return r.waitUntil
  return r.followUpAt
}
