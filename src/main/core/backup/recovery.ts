// Replacing the shop database with a backup, and what that would lose. Works on
// paths, not on a CoreContext, because at start-up a damaged database may not
// open at all.
import Database from 'better-sqlite3'
import { existsSync, renameSync } from 'node:fs'
import type { BackupInfo, LossEstimate } from '../../../shared/backup-types'
import type { Db } from '../db/open'
import { keptAsidePath } from './names'

const SIDE_FILES = ['', '-wal', '-shm'] as const

/**
 * Moves a damaged database aside with a timestamp, together with its -wal and
 * -shm files (a WAL file belongs to its database; pairing it with another one
 * would corrupt that one too). Never deletes anything. Returns the new path.
 */
export function moveDamagedAside(dbPath: string, now: Date): string {
  const aside = keptAsidePath(dbPath, 'damaged', now)
  for (const suffix of SIDE_FILES) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix)
  return aside
}

/** Puts a moved-aside database back where it was, when a recovery failed half-way. */
export function moveBack(aside: string, dbPath: string): void {
  for (const suffix of SIDE_FILES) if (existsSync(aside + suffix) && !existsSync(dbPath + suffix)) renameSync(aside + suffix, dbPath + suffix)
}

/**
 * Copies `backupPath` into `dbPath` with SQLite's online backup API. When `dbPath`
 * is a live database, the copy is one write transaction on it: other connections
 * see the old shop or the restored one, and a crash mid-way leaves the old one.
 */
export async function copyDatabase(backupPath: string, dbPath: string): Promise<void> {
  const source = new Database(backupPath, { readonly: true, fileMustExist: true })
  try {
    await source.backup(dbPath)
  } finally {
    source.close()
  }
}

/** Reads what it can from the current database; a damaged one may answer some questions and not others. */
export function estimateLoss(current: Db | string | null, backup: BackupInfo): LossEstimate {
  const loss: LossEstimate = {
    since: backup.at,
    actionsSince: null,
    skusNow: null,
    ordersNow: null,
    skusInBackup: backup.skus,
    ordersInBackup: backup.orders
  }
  if (!current) return loss
  let db: Db | null = null
  try {
    db = typeof current === 'string' ? new Database(current, { readonly: true, fileMustExist: true }) : current
  } catch {
    return loss
  }
  const tryCount = (sql: string, ...params: unknown[]): number | null => {
    try {
      return (db!.prepare(sql).get(...params) as { n: number }).n
    } catch {
      return null
    }
  }
  loss.actionsSince = tryCount('SELECT COUNT(*) AS n FROM audit_log WHERE at > ?', backup.at)
  loss.skusNow = tryCount('SELECT COUNT(*) AS n FROM products')
  loss.ordersNow = tryCount('SELECT COUNT(*) AS n FROM orders')
  if (typeof current === 'string') db.close()
  return loss
}
