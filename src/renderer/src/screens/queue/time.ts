// <input type="datetime-local"> values in the shop's time zone (not the computer's),
// so a date typed on a laptop set to another zone still means the shop's hour.
import { formatShopTime } from '@shared/time'

/** "2026-11-26T06:05:00Z" in Asia/Shanghai → "2026-11-26T14:05". */
export function isoToLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return ''
  const s = formatShopTime(iso, timeZone)
  return s ? s.slice(0, 16).replace(' ', 'T') : ''
}

/** "2026-11-26T14:05" read in the shop's time zone → UTC ISO; null when empty or malformed. */
export function localInputToIso(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value.trim())
  if (!m) return null
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
  // The zone's offset at that moment, found by formatting a guess and comparing (twice, for DST edges).
  let guess = wall
  for (let i = 0; i < 2; i++) {
    const shown = formatShopTime(new Date(guess).toISOString(), timeZone)
    const p = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(shown)
    if (!p) return null
    const shownWall = Date.UTC(Number(p[1]), Number(p[2]) - 1, Number(p[3]), Number(p[4]), Number(p[5]))
    guess += wall - shownWall
  }
  return Number.isFinite(guess) ? new Date(guess).toISOString() : null
}

/** A default time `hours` from now, on the minute, as an input value. */
export function inputFromNow(hours: number, timeZone: string): string {
  return isoToLocalInput(new Date(Math.floor((Date.now() + hours * 3_600_000) / 60_000) * 60_000).toISOString(), timeZone)
}
