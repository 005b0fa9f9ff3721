// Backups and restore (issue #7): list, back up now, restore and undo, settings,
// recovery from a damaged database, and opening the data folder.
import { z } from 'zod'
import type { BackupInfo, BackupSettings, BackupStatus, KeptAsideList, RecoveryOffer, RestoreResult } from '../backup-types'
import { call } from './define'

/**
 * An absolute file-system path: POSIX (/…), a Windows drive (C:\…) or a network
 * share (\\server\…). Relative paths would depend on the process's working folder,
 * and control characters never belong in a path the user picked.
 */
export const absolutePath = z
  .string()
  .min(2)
  .max(4096)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(p), 'absolute_path')
  .refine((p) => ![...p].some((ch) => ch.charCodeAt(0) < 0x20), 'control_character')

export const BACKUP_LIMITS = {
  intervalMinutes: { min: 5, max: 24 * 60 },
  keepToday: { min: 1, max: 100 },
  keepDays: { min: 0, max: 3650 }
} as const

const int = (r: { min: number; max: number }) => z.number().int().min(r.min).max(r.max)

export const backupCalls = {
  'backups.status': call<BackupStatus>()(z.strictObject({})),
  'backups.list': call<BackupInfo[]>()(z.strictObject({})),
  /** Back up now, into the backup folder or into another existing folder (`toFolder`). */
  'backups.create': call<BackupInfo>()(z.strictObject({ toFolder: absolutePath.optional() })),
  /** Replaces the shop with a backup; the current shop is kept aside first so this can be undone. */
  'backups.restore': call<RestoreResult>()(z.strictObject({ path: absolutePath })),
  'backups.undoRestore': call<RestoreResult>()(z.strictObject({})),
  /** What restoring would lose: for the newest good backup, or for the one at `path`. */
  'backups.recoveryOffer': call<RecoveryOffer>()(z.strictObject({ path: absolutePath.optional() })),
  /** For a damaged database: moves it aside (never deleted) and restores the newest good backup, or `path`. */
  /** Copies kept before restores and damaged files moved aside, and which of them the retention rule keeps. */
  'backups.keptAside': call<KeptAsideList>()(z.strictObject({})),
  /** Removes the kept-aside files the rule lets go (never the newest of a kind, nor the copy a restore can be undone to). */
  'backups.tidyKeptAside': call<KeptAsideList & { removed: number }>()(z.strictObject({})),
  'backups.recover': call<RestoreResult>()(z.strictObject({ path: absolutePath.optional() })),
  'backups.settings.get': call<BackupSettings>()(z.strictObject({})),
  'backups.settings.set': call<BackupSettings>()(
    z.strictObject({
      intervalMinutes: int(BACKUP_LIMITS.intervalMinutes).optional(),
      keepToday: int(BACKUP_LIMITS.keepToday).optional(),
      keepDays: int(BACKUP_LIMITS.keepDays).optional(),
      /** An existing, writable folder; null goes back to the default folder. */
      folder: absolutePath.nullable().optional()
    })
  ),
  /** Asks the desktop for a folder (a system dialog); null when the user cancelled. */
  'backups.chooseFolder': call<{ path: string | null }>()(z.strictObject({})),
  /** Opens the data folder or the backup folder in the system's file manager. No path crosses IPC. */
  'app.openFolder': call<{ opened: boolean }>()(z.strictObject({ which: z.enum(['data', 'backups']) }))
} as const
