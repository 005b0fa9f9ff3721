// Which backups to keep: the newest `keepToday` of today, the newest one of each
// of the `keepDays` days before, and always the newest backup taken before a
// migration (the last copy the old app version can read). Days are the shop's
// days, in its time zone. Pure, so every rule is tested without files.
import type { BackupReason } from '../../../shared/backup-types'
import { formatShopTime } from '../../../shared/time'

export interface Retainable {
  fileName: string
  at: string
  reason: BackupReason
}

export function dayKey(iso: string, timeZone: string): string {
  return formatShopTime(iso, timeZone).slice(0, 10)
}

const dayNumber = (key: string): number => Math.round(Date.parse(`${key}T00:00:00Z`) / 86_400_000)

export function planRetention(
  backups: readonly Retainable[],
  now: Date,
  timeZone: string,
  policy: { keepToday: number; keepDays: number }
): { keep: string[]; remove: string[] } {
  const today = dayNumber(dayKey(now.toISOString(), timeZone))
  const newestFirst = [...backups].sort((a, b) => b.at.localeCompare(a.at))
  const keep = new Set<string>()
  let keptToday = 0
  const dayTaken = new Set<number>()
  for (const b of newestFirst) {
    const day = dayNumber(dayKey(b.at, timeZone))
    // A backup from "the future" (the clock was changed) is not understood, so it is kept.
    if (Number.isNaN(day) || day > today) keep.add(b.fileName)
    else if (day === today) {
      if (keptToday < policy.keepToday) keep.add(b.fileName)
      keptToday++
    } else if (today - day <= policy.keepDays && !dayTaken.has(day)) {
      keep.add(b.fileName)
      dayTaken.add(day)
    }
  }
  const newestPreMigrate = newestFirst.find((b) => b.reason === 'pre-migrate')
  if (newestPreMigrate) keep.add(newestPreMigrate.fileName)
  return { keep: newestFirst.filter((b) => keep.has(b.fileName)).map((b) => b.fileName), remove: newestFirst.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName) }
}
