// The heavy, synchronous file work of backups: writing one (VACUUM INTO, never a
// file copy of a live database), checking a file with integrity_check, reading
// its counts. Runs in the backup worker in the desktop app, in-process elsewhere.
import Database from 'better-sqlite3'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { BackupInfo, BackupReason } from '../../../shared/backup-types'
import { AppError } from '../../../shared/errors'
import type { Db } from '../db/open'
import { backupWriteError } from './errors'
import { partialPath, sidecarPath } from './names'

/** Tables every shop database has; a SQLite file without them is some other program's. */
const SHOP_TABLES = ['products', 'orders', 'stock_movements', 'settings']

export interface Inspection {
  ok: boolean
  /** Why the file is not usable, when it is not. */
  problem: 'unreadable' | 'not_a_database' | 'damaged' | 'not_a_shop' | null
  schemaVersion: number | null
  skus: number | null
  orders: number | null
}

const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : '')

/** Opens `path` read-only and runs integrity_check (or the faster quick_check), then reads the version and counts. */
export function inspectDbFile(path: string, check: 'integrity_check' | 'quick_check' = 'integrity_check'): Inspection {
  const bad = (problem: Inspection['problem']): Inspection => ({ ok: false, problem, schemaVersion: null, skus: null, orders: null })
  let db: Db
  try {
    if (!statSync(path).isFile()) return bad('unreadable')
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    return bad('unreadable')
  }
  try {
    return inspectOpen(db, check)
  } catch (e) {
    const code = codeOf(e)
    if (code === 'SQLITE_NOTADB') return bad('not_a_database')
    if (code.startsWith('SQLITE_CORRUPT')) return bad('damaged')
    return bad('unreadable')
  } finally {
    db.close()
  }
}

/** The same check on a connection that is already open (the live database at start-up). */
export function inspectOpen(db: Db, check: 'integrity_check' | 'quick_check'): Inspection {
  const rows = db.pragma(check) as Record<string, string>[]
  const ok = rows.length === 1 && Object.values(rows[0] ?? {})[0] === 'ok'
  if (!ok) return { ok: false, problem: 'damaged', schemaVersion: null, skus: null, orders: null }
  const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name))
  if (!SHOP_TABLES.every((t) => tables.has(t))) return { ok: false, problem: 'not_a_shop', schemaVersion: null, skus: null, orders: null }
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n
  return {
    ok: true,
    problem: null,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    skus: count('SELECT COUNT(*) AS n FROM products'),
    orders: count('SELECT COUNT(*) AS n FROM orders')
  }
}

export interface WriteBackupRequest {
  /** The database to copy: an open connection (in-process) or its path (the worker opens its own). */
  source: Db | string
  /** Full path of the backup to create. */
  target: string
  at: string
  reason: BackupReason
  /** Create the folder when missing: yes for the default folder, no for one the user chose (an unplugged drive must not become a new empty folder). */
  createFolder: boolean
}

/**
 * Writes a verified backup: VACUUM INTO a temporary name, fsync, integrity_check,
 * then the metadata file, then an atomic rename to the final name. A crash at any
 * point leaves either no backup or a complete, checked one.
 */
export function writeBackup(req: WriteBackupRequest): BackupInfo {
  const folder = dirname(req.target)
  const partial = partialPath(req.target)
  try {
    if (req.createFolder) mkdirSync(folder, { recursive: true })
    else if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
    if (existsSync(req.target)) throw new AppError('conflict', { path: req.target })
    // A leftover from a crash during an earlier backup is our own temporary file.
    removeQuietly(partial)
    vacuumInto(req.source, partial)
    fsyncFile(partial)
  } catch (e) {
    removeQuietly(partial)
    throw backupWriteError(e, folder)
  }
  const check = inspectDbFile(partial)
  if (!check.ok) {
    removeQuietly(partial)
    throw new AppError('backup_unverified')
  }
  const info: BackupInfo = {
    fileName: basename(req.target),
    path: req.target,
    at: req.at,
    reason: req.reason,
    bytes: statSync(partial).size,
    skus: check.skus,
    orders: check.orders,
    schemaVersion: check.schemaVersion,
    verified: true
  }
  try {
    const meta = sidecarPath(req.target)
    writeFileSync(`${meta}.tmp`, JSON.stringify({ ...info, path: undefined }, null, 2))
    fsyncFile(`${meta}.tmp`)
    renameSync(`${meta}.tmp`, meta)
    renameSync(partial, req.target)
    fsyncFolder(folder)
  } catch (e) {
    removeQuietly(partial)
    throw backupWriteError(e, folder)
  }
  return info
}

/** Our own temporary file; when even removing it fails, the original error is the one worth reporting. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    /* reported by the caller's error */
  }
}

function vacuumInto(source: Db | string, target: string): void {
  if (typeof source !== 'string') {
    source.prepare('VACUUM INTO ?').run(target)
    return
  }
  // Read-only is enough for VACUUM INTO; the busy timeout rides out a writer's commit.
  const db = new Database(source, { fileMustExist: true, readonly: true, timeout: 5000 })
  try {
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db.close()
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** So the rename itself survives a power cut. Windows cannot open a folder for fsync, and does not need it. */
function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return
  try {
    const fd = openSync(folder, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    /* best effort: some file systems (network shares) refuse fsync on folders */
  }
}
