// The backup taken before a migration changes the schema: synchronous (openDatabase's
// hook is), so it uses VACUUM INTO on a second, read-only connection. If it cannot
// be written the migration does not run: an upgrade never goes ahead without a way back.
import { join } from 'node:path'
import type { BackupInfo } from '../../../shared/backup-types'
import { readBackupConfig } from './config'
import { writeBackup } from './file'
import { backupFileName, dbStem, defaultBackupFolder } from './names'

export function backupBeforeMigration(dbPath: string, now: Date): BackupInfo {
  const chosen = readBackupConfig(dbPath).folder
  const fallback = defaultBackupFolder(dbPath)
  // The chosen folder may be an unplugged USB drive; the default folder beside the database is always there.
  const folders = chosen ? [chosen, fallback] : [fallback]
  let failure: unknown
  for (const folder of folders) {
    try {
      return writeBackup({
        source: dbPath,
        target: join(folder, backupFileName(dbStem(dbPath), now, 'pre-migrate')),
        at: now.toISOString(),
        reason: 'pre-migrate',
        createFolder: folder === fallback
      })
    } catch (e) {
      failure = e
    }
  }
  throw failure
}

/** openDatabase's beforeMigrate hook: a brand-new, empty database (version 0) has nothing to keep. */
export function backupBeforeMigrate(dbPath: string, now: () => Date = () => new Date()): (from: number, to: number) => void {
  return (from) => {
    if (from > 0) backupBeforeMigration(dbPath, now())
  }
}
