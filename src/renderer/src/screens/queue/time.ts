// <input type="datetime-local"> values in the shop's time zone (not the computer's),
// so a date typed on a laptop set to another zone still means the shop's hour.
// The conversions are src/shared/time.ts.
import { isoToWall } from '@shared/time'

/** A default time `hours` from now, on the minute, as an input value. */
export function inputFromNow(hours: number, timeZone: string): string {
  return isoToWall(new Date(Math.floor((Date.now() + hours * 3_600_000) / 60_000) * 60_000).toISOString(), timeZone)
}
