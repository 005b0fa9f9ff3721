// Backup settings and the undo record live in a small JSON file beside the
// database, not in it: they must be readable when the database is damaged, and a
// restore must not roll them back (the folder on a USB drive, the undo record).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import type { BackupSettings, RestoreRecord } from '../../../shared/backup-types'
import { BACKUP_LIMITS } from '../../../shared/calls/backup'
import { backupConfigPath } from './names'

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { intervalMinutes: 30, keepToday: 10, keepDays: 30, folder: null }

const ranged = (r: { min: number; max: number }) => z.number().int().min(r.min).max(r.max)
const fileSchema = z.object({
  intervalMinutes: ranged(BACKUP_LIMITS.intervalMinutes).catch(DEFAULT_BACKUP_SETTINGS.intervalMinutes),
  keepToday: ranged(BACKUP_LIMITS.keepToday).catch(DEFAULT_BACKUP_SETTINGS.keepToday),
  keepDays: ranged(BACKUP_LIMITS.keepDays).catch(DEFAULT_BACKUP_SETTINGS.keepDays),
  folder: z.string().min(1).nullable().catch(null),
  lastRestore: z.object({ at: z.string(), from: z.string(), keptAside: z.string() }).nullable().catch(null)
})

export interface BackupConfig extends BackupSettings {
  lastRestore: RestoreRecord | null
}

const DEFAULTS: BackupConfig = { ...DEFAULT_BACKUP_SETTINGS, lastRestore: null }

/** A missing or unreadable file means defaults: a bad settings file must never stop the app or its backups. */
export function readBackupConfig(dbPath: string): BackupConfig {
  const path = backupConfigPath(dbPath)
  if (!existsSync(path)) return { ...DEFAULTS }
  try {
    const parsed = fileSchema.safeParse({ ...DEFAULTS, ...(JSON.parse(readFileSync(path, 'utf8')) as object) })
    return parsed.success ? parsed.data : { ...DEFAULTS }
  } catch {
    return { ...DEFAULTS }
  }
}

/** Written to a temporary name and renamed, so a crash leaves the old file or the new one, never half of one. */
export function writeBackupConfig(dbPath: string, patch: Partial<BackupConfig>): BackupConfig {
  const next = { ...readBackupConfig(dbPath), ...patch }
  const path = backupConfigPath(dbPath)
  writeFileSync(`${path}.tmp`, JSON.stringify(next, null, 2))
  renameSync(`${path}.tmp`, path)
  return next
}

export const settingsOf = (c: BackupConfig): BackupSettings => ({
  intervalMinutes: c.intervalMinutes,
  keepToday: c.keepToday,
  keepDays: c.keepDays,
  folder: c.folder
})
