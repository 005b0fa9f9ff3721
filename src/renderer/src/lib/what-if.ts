// The what-if moment ("如果现在是…"): a wall-clock time typed in the shop's time
// zone becomes a UTC instant for the engine, and back (src/shared/time.ts). It
// rides in the URL (`at=`), so links from a simulated Alerts screen keep simulating.
import { isoToWall, wallToIso as zonedWallToIso } from '@shared/time'

export { isoToWall }

/** The engine takes instants from 2000 to 2099 (the contract's isoInstant). */
function validInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= Date.UTC(2000, 0, 1) && ms < Date.UTC(2100, 0, 1)
}

/** "2026-11-27T14:00" read in the shop's time zone → UTC ISO; null when it is not such a value or outside what the engine takes. */
export function wallToIso(wall: string, timeZone: string): string | null {
  const iso = zonedWallToIso(wall, timeZone)
  return iso !== null && validInstant(Date.parse(iso)) ? iso : null
}

/** The `at` URL parameter, when it is a usable instant. */
export function whatIfFrom(params: URLSearchParams): string | null {
  const raw = params.get('at')
  if (!raw) return null
  const ms = Date.parse(raw)
  return validInstant(ms) ? new Date(ms).toISOString() : null
}
