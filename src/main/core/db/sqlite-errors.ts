import { AppError } from '../../../shared/errors'

/** Maps SQLite's error codes to the app's, so the user reads a sentence, not SQLITE_BUSY. */
export function sqliteErrorToAppError(e: unknown): AppError | null {
  if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string') return null
  const code = e.code
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED')) return new AppError('db_locked')
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_') || code === 'SQLITE_PERM')
    return new AppError('db_readonly')
  if (code === 'SQLITE_FULL') return new AppError('db_full')
  if (code.startsWith('SQLITE_IOERR')) return new AppError('db_io')
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('db_corrupt')
  return null
}
