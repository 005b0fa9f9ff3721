import { rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { backupWriteError } from './errors'

/** Proves a folder exists and takes a file, by writing and removing a small probe. */
export function probeFolder(folder: string): void {
  const probe = join(folder, `.stockout-desk-probe-${process.pid}`)
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
    writeFileSync(probe, 'ok')
    rmSync(probe, { force: true })
  } catch (e) {
    rmSync(probe, { force: true })
    const mapped = backupWriteError(e, folder)
    throw mapped instanceof AppError ? mapped : new AppError('backup_folder_unavailable', { folder })
  }
}
