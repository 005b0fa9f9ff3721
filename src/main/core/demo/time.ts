// Time arithmetic for the simulation, in epoch milliseconds. Shops run on China
// time (UTC+8, no daylight saving), so "evening" and order-number dates use it,
// while everything stored stays UTC ISO text.

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
const CHINA_OFFSET = 8 * HOUR

/** Hour of day (0–23) on the shop's clock. */
export function chinaHour(ms: number): number {
  return new Date(ms + CHINA_OFFSET).getUTCHours()
}

/** Day of week on the shop's clock, 0 = Sunday. */
export function chinaWeekday(ms: number): number {
  return new Date(ms + CHINA_OFFSET).getUTCDay()
}

/** "YYMMDD" of the China calendar date, as PDD order numbers carry it. */
export function chinaYymmdd(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET)
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0')
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0')
  const dd = String(d.getUTCDate()).padStart(2, '0')
  return yy + mm + dd
}

/** "YYYYMMDD" of the China calendar date, for purchase-order references. */
export function chinaYyyymmdd(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET)
  return String(d.getUTCFullYear()) + chinaYymmdd(ms).slice(2)
}

export const iso = (ms: number): string => new Date(ms).toISOString()

/** Start of the UTC hour containing `ms`; the simulation steps on whole hours. */
export const floorHour = (ms: number): number => Math.floor(ms / HOUR) * HOUR
