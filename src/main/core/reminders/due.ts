// What to remind the merchant of now. Core logic with the clock injected (ctx.now), so it is
// tested with a pinned clock; the Electron glue only shows what this returns and then marks it.
//  - A short order (the engine's short/cannot-ship orders) whose deadline is within the next N
//    hours and whose queue case has had no step yet (no event by the user or the demo, other than an
//    undo and the steps it undid): one reminder per order, ever.
//  - Once per day in the shop's time zone, from MORNING_HOUR on: how many open orders are due
//    that day and how many of them are short.
import type { OrderReminder, Reminder, RemindersDue, SummaryReminder } from '../../../shared/inbox-types'
import type { Platform } from '../../../shared/types'
import { localDate, localMidnight, zoneParts } from '../../../shared/time'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { asOf } from '../engine/recompute'
import { getAlertPrefs } from '../inbox/prefs'
import { getSettings } from '../settings/settings'

/** The morning summary is due at the first look on or after this hour, shop time. */
export const MORNING_HOUR = 7
const HOUR_MS = 3_600_000

const ORDERS_DUE = `
  SELECT c.id AS caseId, c.order_id AS orderId, o.order_no AS orderNo, o.platform AS platform, a.deadline AS deadline
  FROM engine_actions a
  JOIN queue_cases c ON c.order_id = a.order_id AND c.closed_at IS NULL AND c.situation = 'short'
  JOIN orders o ON o.id = a.order_id
  WHERE a.deadline IS NOT NULL AND a.deadline > :now AND a.deadline <= :until
    AND NOT EXISTS (SELECT 1 FROM queue_events e WHERE e.case_id = c.id AND e.actor <> 'system' AND e.kind <> 'undone' AND e.undone_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM reminders_shown r WHERE r.key = 'order:' || c.order_id)
  ORDER BY a.deadline, c.id`

const DUE_TODAY = `
  SELECT COUNT(*) AS due, COUNT(a.order_id) AS short
  FROM engine_orders eo LEFT JOIN engine_actions a ON a.order_id = eo.order_id
  WHERE eo.deadline >= :from AND eo.deadline < :to`

export const orderKey = (orderId: number): string => `order:${orderId}`
export const summaryKey = (day: string): string => `summary:${day}`

function orderReminders(ctx: CoreContext, hours: number): OrderReminder[] {
  const now = ctx.now().getTime()
  const rows = prepared(ctx.db, ORDERS_DUE).all({ now: new Date(now).toISOString(), until: new Date(now + hours * HOUR_MS).toISOString() }) as {
    caseId: number
    orderId: number
    orderNo: string
    platform: Platform
    deadline: string
  }[]
  return rows.map((r) => ({
    kind: 'order',
    key: orderKey(r.orderId),
    ...r,
    minutesLeft: Math.floor((Date.parse(r.deadline) - now) / 60_000)
  }))
}

function summary(ctx: CoreContext, timeZone: string): SummaryReminder | null {
  const now = ctx.now().getTime()
  if (zoneParts(now, timeZone).h < MORNING_HOUR) return null
  const day = localDate(now, timeZone)
  const key = summaryKey(day)
  if (prepared(ctx.db, 'SELECT 1 FROM reminders_shown WHERE key = ?').get(key)) return null
  const from = localMidnight(now, timeZone)
  // The next local midnight: 36 h later is always inside the next day, whatever the zone's shifts.
  const to = localMidnight(from + 36 * HOUR_MS, timeZone)
  const counts = prepared(ctx.db, DUE_TODAY).get({ from: new Date(from).toISOString(), to: new Date(to).toISOString() }) as { due: number; short: number }
  // Nothing due today: no summary (a notification saying nothing trains people to ignore them).
  if (counts.due === 0) return null
  return { kind: 'summary', key, day, dueToday: counts.due, short: counts.short }
}

/** What is due at ctx.now() (or at `nowIso`, a what-if that stores nothing), without marking anything shown. */
export function remindersDue(ctx: CoreContext, nowIso: string | null = null): RemindersDue {
  return asOf(ctx, nowIso, (c) => {
    const hours = getAlertPrefs(c).reminderHours
    const reminders: Reminder[] = []
    const s = summary(c, getSettings(c).timeZone)
    if (s) reminders.push(s)
    reminders.push(...orderReminders(c, hours))
    return { now: c.now().toISOString(), hours, reminders }
  })
}

/** Remembers that these reminders were shown, so they are never shown again. */
export function markShown(ctx: CoreContext, reminders: readonly Reminder[]): void {
  const insert = prepared(ctx.db, 'INSERT OR IGNORE INTO reminders_shown (key, kind, order_id, shown_at) VALUES (?, ?, ?, ?)')
  const at = ctx.now().toISOString()
  ctx.db.transaction(() => {
    for (const r of reminders) insert.run(r.key, r.kind, r.kind === 'order' ? r.orderId : null, at)
  })()
}

/** The glue's one step: what is due now, marked shown in the same breath so a second timer tick cannot repeat it. */
export function takeDueReminders(ctx: CoreContext): Reminder[] {
  const due = remindersDue(ctx).reminders
  if (due.length) markShown(ctx, due)
  return due
}
