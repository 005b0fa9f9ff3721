// Times are stored as UTC ISO strings (or epoch ms); the shop's time zone (an IANA
// name from Settings) is applied only when shown, and when a wall-clock time typed
// in the shop's zone is read back. One implementation for the renderer, the CLI,
// the exports and the engine's days, DST and historical offsets included (China
// kept daylight saving 1986–1991), and correct for any year, before 2000 too.

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, f)
  }
  return f
}

export interface WallClock {
  /** The astronomical year (1 BC is 0), so any instant round-trips. */
  y: number
  /** 1–12 */
  m: number
  d: number
  h: number
  mi: number
  s: number
}

/** The wall clock in the zone at this instant. */
export function zoneParts(ms: number, timeZone: string): WallClock {
  const p: Record<string, string> = {}
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) p[part.type] = part.value
  const year = Number(p.year ?? 1970)
  return {
    y: p.era === 'BC' || p.era === 'B' ? 1 - year : year,
    m: Number(p.month ?? 1),
    d: Number(p.day ?? 1),
    h: Number(p.hour ?? 0) % 24,
    mi: Number(p.minute ?? 0),
    s: Number(p.second ?? 0)
  }
}

/** Epoch ms of a wall clock read as UTC. Unlike Date.UTC, years 0–99 stay themselves. */
export function utcOf(w: Omit<WallClock, 's'> & { s?: number }): number {
  const d = new Date(0)
  d.setUTCFullYear(w.y, w.m - 1, w.d)
  d.setUTCHours(w.h, w.mi, w.s ?? 0, 0)
  return d.getTime()
}

/** How far the zone's wall clock is ahead of UTC at this instant (Shanghai: +8 h). */
export function offsetMs(ms: number, timeZone: string): number {
  return utcOf(zoneParts(ms, timeZone)) - (ms - (((ms % 1000) + 1000) % 1000))
}

/** The instant a wall clock in the zone shows this time. Two passes, so a time next to a DST change lands on the right side of it. */
export function zonedToUtc(w: Omit<WallClock, 's'> & { s?: number }, timeZone: string): number {
  const wall = utcOf(w)
  const first = wall - offsetMs(wall, timeZone)
  return wall - offsetMs(first, timeZone)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
const yearText = (y: number): string => (y < 0 ? `-${pad(-y, 4)}` : pad(y, 4))

/** "2026-11-26 14:03:05" in the given time zone — the form Excel and shop owners read; '' for no time. */
export function formatShopTime(iso: string | null, timeZone: string): string {
  if (!iso) return ''
  const ms = new Date(iso).getTime()
  if (Number.isNaN(ms)) return ''
  const w = zoneParts(ms, timeZone)
  return `${yearText(w.y)}-${pad(w.m)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`
}

/** "2026-11-26T14:05" read in the shop's time zone → UTC ISO; null when it is not such a value. */
export function wallToIso(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall.trim())
  if (!m) return null
  const ms = zonedToUtc({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), h: Number(m[4]), mi: Number(m[5]) }, timeZone)
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null
}

/** A UTC ISO time as the value of a datetime-local field in the shop's zone: "2026-11-26T14:05"; '' for none. */
export function isoToWall(iso: string | null | undefined, timeZone: string): string {
  const s = formatShopTime(iso ?? null, timeZone)
  return s ? s.slice(0, 16).replace(' ', 'T') : ''
}

/** The instant the local day containing `ms` began. */
export function localMidnight(ms: number, timeZone: string): number {
  const w = zoneParts(ms, timeZone)
  return zonedToUtc({ y: w.y, m: w.m, d: w.d, h: 0, mi: 0 }, timeZone)
}

/** "2026-11-26" in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const w = zoneParts(ms, timeZone)
  return `${yearText(w.y)}-${pad(w.m)}-${pad(w.d)}`
}

/**
 * A length of time as people say it: whole days and hours from 48 hours up
 * ("8 天 20 小时"), hours and minutes under that ("5 小时 12 分钟", "37 分钟"),
 * never a fraction of an hour. Rounded to the minute.
 */
export type Duration = { unit: 'days'; days: number; hours: number } | { unit: 'hours'; hours: number; minutes: number } | { unit: 'minutes'; minutes: number }

export function durationOf(ms: number): Duration {
  const total = Math.round(Math.abs(ms) / 60_000)
  if (total < 60) return { unit: 'minutes', minutes: total }
  const h = Math.floor(total / 60)
  if (h < 48) return { unit: 'hours', hours: h, minutes: total % 60 }
  return { unit: 'days', days: Math.floor(h / 24), hours: h % 24 }
}

/** The message key and params of a duration, for the `duration.*` texts in both languages. */
export function durationMessage(ms: number): { key: string; params: Record<string, number> } {
  const d = durationOf(ms)
  if (d.unit === 'minutes') return { key: 'duration.minutes', params: { minutes: d.minutes } }
  if (d.unit === 'hours') return d.minutes === 0 ? { key: 'duration.hours', params: { hours: d.hours } } : { key: 'duration.hoursMinutes', params: { hours: d.hours, minutes: d.minutes } }
  return d.hours === 0 ? { key: 'duration.days', params: { days: d.days } } : { key: 'duration.daysHours', params: { days: d.days, hours: d.hours } }
}
