// Days in the shop's time zone. Demand is counted per local day (a Shanghai shop's
// day starts at 16:00 UTC), so day boundaries are computed here from the IANA zone
// in Settings, DST included, and compared with stored UTC ISO times as text.

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

const formatters = new Map<string, Intl.DateTimeFormat>()

function parts(ms: number, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    formatters.set(timeZone, f)
  }
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value)
  return { y: p.year ?? 1970, m: p.month ?? 1, d: p.day ?? 1, h: p.hour ?? 0, mi: p.minute ?? 0, s: p.second ?? 0 }
}

/** How far the zone's wall clock is ahead of UTC at this instant. */
export function offsetMs(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone)
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - (ms - (((ms % 1000) + 1000) % 1000))
}

/** The instant the local day containing `ms` began. */
export function localMidnight(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone)
  const wall = Date.UTC(p.y, p.m - 1, p.d)
  // The offset at midnight may differ from the offset now (DST); one correction settles it.
  const guess = wall - offsetMs(ms, timeZone)
  return wall - offsetMs(guess, timeZone)
}

/** "2026-11-26" in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone)
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`
}

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
