// Days in the shop's time zone. Demand is counted per local day (a Shanghai shop's
// day starts at 16:00 UTC), so day boundaries are computed from the IANA zone in
// Settings (src/shared/time.ts, DST included) and compared with stored UTC ISO
// times as text.
import { localMidnight } from '../../../shared/time'

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/**
 * The `days` whole local days before today: days + 1 instants, from the first
 * day's midnight to today's midnight. Today is left out because it is not over.
 */
export function dayBoundaries(nowMs: number, timeZone: string, days: number): number[] {
  const out = [localMidnight(nowMs, timeZone)]
  for (let i = 0; i < days; i++) out.unshift(localMidnight(out[0]! - 1, timeZone))
  return out
}

export const iso = (ms: number): string => new Date(ms).toISOString()

/** Milliseconds of a stored ISO time; +Infinity when absent, so missing times sort last. */
export function msOrInfinity(text: string | null): number {
  if (text === null) return Infinity
  const t = Date.parse(text)
  return Number.isFinite(t) ? t : Infinity
}
