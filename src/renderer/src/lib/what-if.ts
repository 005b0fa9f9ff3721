// The what-if moment ("如果现在是…"): a wall-clock time typed in the shop's time
// zone becomes a UTC instant for the engine, and back. It rides in the URL
// (`at=`), so links from a simulated Alerts screen keep simulating.
import { formatDateTime } from './format'

const partsCache = new Map<string, Intl.DateTimeFormat>()

function zoneParts(ms: number, timeZone: string): number[] {
  let f = partsCache.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23'
    })
    partsCache.set(timeZone, f)
  }
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value)
  return [p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, (p.hour ?? 0) % 24, p.minute ?? 0, p.second ?? 0]
}

/** How far the zone is ahead of UTC at that instant, in ms (Shanghai: +8 h). */
function offsetMs(ms: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = zoneParts(ms, timeZone) as [number, number, number, number, number, number]
  return Date.UTC(y, mo, d, h, mi, s) - Math.floor(ms / 1000) * 1000
}

/** "2026-11-27T14:00" read in the shop's time zone → UTC ISO; null when it is not such a value. */
export function wallToIso(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall)
  if (!m) return null
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
  if (!Number.isFinite(guess)) return null
  // Two passes, so a time next to a daylight-saving change lands on the right side of it.
  const first = guess - offsetMs(guess, timeZone)
  const ms = guess - offsetMs(first, timeZone)
  return validInstant(ms) ? new Date(ms).toISOString() : null
}

/** A UTC ISO time as the value of a datetime-local field in the shop's time zone. */
export function isoToWall(iso: string, timeZone: string): string {
  return formatDateTime(iso, timeZone).replace(' ', 'T')
}

function validInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= Date.UTC(2000, 0, 1) && ms < Date.UTC(2100, 0, 1)
}

/** The `at` URL parameter, when it is a usable instant. */
export function whatIfFrom(params: URLSearchParams): string | null {
  const raw = params.get('at')
  if (!raw) return null
  const ms = Date.parse(raw)
  return validInstant(ms) ? new Date(ms).toISOString() : null
}
