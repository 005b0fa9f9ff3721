// Types of the backup domain (issue #7), shared by the core, the renderer and the CLI.

/** Why a backup was made; part of its file name. `demo`: the demo shop set aside by "start my own shop" (never pruned). */
export const BACKUP_REASONS = ['manual', 'startup', 'scheduled', 'pre-migrate', 'demo'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export interface BackupInfo {
  fileName: string
  /** Absolute path of the backup file. */
  path: string
  /** When the backup was taken (ISO, UTC). */
  at: string
  reason: BackupReason
  bytes: number
  /** Counts read from the backup when it was verified; null when it was never verified by this app. */
  skus: number | null
  orders: number | null
  schemaVersion: number | null
  /** True when the backup passed PRAGMA integrity_check right after it was written. */
  verified: boolean
}

export interface BackupSettings {
  /** Minutes between automatic backups while the shop changes. */
  intervalMinutes: number
  /** How many of today's backups to keep. */
  keepToday: number
  /** For how many earlier days one backup per day is kept. */
  keepDays: number
  /** Where backups go; null means the default folder beside the database. */
  folder: string | null
}

export interface RestoreRecord {
  /** When the restore happened (ISO). */
  at: string
  /** The backup that was restored. */
  from: string
  /** The shop as it was just before the restore, kept aside so the restore can be undone. */
  keptAside: string
}

export interface RestoreResult {
  restoredFrom: string
  /** Where the previous database now is: a kept-aside copy (restore) or the damaged file (recovery). */
  keptAside: string
  schemaVersion: number
  skus: number
  orders: number
}

/** What restoring a backup would lose, shown before the user agrees. */
export interface LossEstimate {
  /** The backup's time: work done after it is not in the backup. */
  since: string
  /** Logged actions after the backup, when the current database can still be read. */
  actionsSince: number | null
  skusNow: number | null
  ordersNow: number | null
  skusInBackup: number | null
  ordersInBackup: number | null
}

export interface DamageReport {
  /** When the damage was noticed (ISO). */
  at: string
  /** 'startup' (quick_check failed) or 'runtime' (an operation hit a corruption error). */
  when: 'startup' | 'runtime'
}

export interface RecoveryOffer {
  /** The newest backup that passes integrity_check now, or null when there is none. */
  backup: BackupInfo | null
  loss: LossEstimate | null
}

export interface BackupStatus {
  settings: BackupSettings
  /** The folder backups go to now. */
  folder: string
  defaultFolder: string
  /** The folder holding the shop database. */
  dataFolder: string
  /** Newest backup's time, or null. */
  lastBackupAt: string | null
  /** The last restore, while it can still be undone. */
  lastRestore: RestoreRecord | null
  /** Set when the database was found damaged: writing has stopped until a backup is restored. */
  damaged: DamageReport | null
  /** The last automatic backup's failure, so Settings can say why backups are not happening. */
  lastError: { code: string; messageKey: string; params?: Record<string, string | number> } | null
}

/** A file kept beside the database: the shop before a restore (or before undoing one), or a damaged database moved aside. */
export interface KeptAsideInfo {
  path: string
  fileName: string
  kind: 'before-restore' | 'before-undo' | 'damaged'
  at: string
  bytes: number
  /** False when the retention rule lets it go at the next tidy-up. */
  keep: boolean
}

export interface KeptAsideList {
  files: KeptAsideInfo[]
  /** The rule: the newest `keepNewest` of each kind and anything younger than `keepDays` days stay. */
  keepNewest: number
  keepDays: number
}
