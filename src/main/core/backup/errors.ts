// File-system and SQLite failures of backup work, as errors the user can act on:
// a full disk, a folder that is gone or read-only (an unplugged USB drive), a
// database busy in another program. Anything else stays unexpected.
import { AppError } from '../../../shared/errors'
import { sqliteErrorToAppError } from '../db/sqlite-errors'

const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL'])
const UNAVAILABLE = new Set(['EEXIST', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'ENODEV', 'ENXIO', 'SQLITE_CANTOPEN', 'SQLITE_PERM'])

/** Maps a failure while writing into `folder`; returns the error unchanged when it is not a known cause. */
export function backupWriteError(e: unknown, folder: string): unknown {
  if (e instanceof AppError) return e
  const code = e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : ''
  if (FULL.has(code)) return new AppError('backup_disk_full', { folder })
  if (UNAVAILABLE.has(code) || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) return new AppError('backup_folder_unavailable', { folder })
  return sqliteErrorToAppError(e) ?? e
}
