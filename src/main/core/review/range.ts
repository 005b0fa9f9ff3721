// The review's calendar: whole days in the shop's time zone turned into the UTC
// instants SQL compares stored times with (as ISO text), and the weeks — Monday
// to Sunday in shop time — cut to the range. DST-correct through engine/time.
import { AppError } from '../../../shared/errors'
import type { ReviewRange, ReviewWeek } from '../../../shared/review-types'
import { REVIEW_MAX_DAYS } from '../../../shared/review-types'
import { localDate, localMidnight, offsetMs } from '../../../shared/time'
import { iso } from '../engine/time'

const DAY = 86_400_000

/** "2026-11-26" → days since 1970-01-01 (a calendar count, no time zone involved). */
const dayNumber = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return Math.round(Date.UTC(y, m - 1, d) / DAY)
}
const dayText = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10)

export const addDays = (day: string, n: number): string => dayText(dayNumber(day) + n)

/** The Monday of the week holding `day`. */
export const mondayOf = (day: string): string => {
  const n = dayNumber(day)
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  return dayText(n - ((((n + 3) % 7) + 7) % 7))
}

/** The UTC instant a calendar day begins in the zone. */
export function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const noonUtc = Date.UTC(y, m - 1, d, 12)
  // Local noon of that day lies within a few hours of this instant whatever the offset.
  return localMidnight(noonUtc - offsetMs(noonUtc, timeZone), timeZone)
}

export interface RangeInput {
  days: number
  from: string | null
  to: string | null
}

/** With neither date: the last `days` days, today included; one date alone is completed with `days` or today. */
export function resolveRange(input: RangeInput, nowMs: number, timeZone: string): ReviewRange {
  const today = localDate(nowMs, timeZone)
  const to = input.to ?? (input.from === null ? today : today < input.from ? input.from : today)
  const from = input.from ?? addDays(to, 1 - input.days)
  const days = dayNumber(to) - dayNumber(from) + 1
  if (days < 1) throw new AppError('invalid_input', { field: 'from', reason: 'range_order' }, 'from')
  if (days > REVIEW_MAX_DAYS) throw new AppError('invalid_input', { field: 'from', reason: 'range_too_long' }, 'from')
  return { from, to, days, timeZone, fromAt: iso(dayStart(from, timeZone)), toAt: iso(dayStart(addDays(to, 1), timeZone)) }
}

export interface WeekBounds extends ReviewWeek {
  /** UTC ISO bounds of the part of the week inside the range. */
  fromAt: string
  toAt: string
}

export function weeksOf(range: ReviewRange): WeekBounds[] {
  const out: WeekBounds[] = []
  for (let monday = mondayOf(range.from); monday <= range.to; monday = addDays(monday, 7)) {
    const from = monday < range.from ? range.from : monday
    const sunday = addDays(monday, 6)
    const to = sunday > range.to ? range.to : sunday
    out.push({
      week: monday,
      from,
      to,
      days: dayNumber(to) - dayNumber(from) + 1,
      fromAt: iso(dayStart(from, range.timeZone)),
      toAt: iso(dayStart(addDays(to, 1), range.timeZone))
    })
  }
  return out
}

/** The instants each day of the range ends (the next day's start), for "by the end of the promised day". */
export function dayEnds(range: ReviewRange): string[] {
  const out: string[] = []
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) out.push(iso(dayStart(addDays(day, 1), range.timeZone)))
  return out
}
