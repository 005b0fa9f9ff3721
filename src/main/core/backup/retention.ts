// Which backups to keep: the newest `keepToday` of today, the newest one of each
// of the `keepDays` days before, and always the newest backup taken before a
// migration (the last copy the old app version can read), and every demo shop set
// aside by "start my own shop" (the only copy of it). Days are the shop's
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
  // A demo shop set aside by "start my own shop" is a shop of its own, not a copy of this one: never pruned.
  const newestFirst = [...backups].filter((b) => b.reason !== 'demo').sort((a, b) => b.at.localeCompare(a.at))
  const keep = new Set<string>(backups.filter((b) => b.reason === 'demo').map((b) => b.fileName))
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
  const all = [...backups].sort((a, b) => b.at.localeCompare(a.at))
  return { keep: all.filter((b) => keep.has(b.fileName)).map((b) => b.fileName), remove: all.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName) }
}
