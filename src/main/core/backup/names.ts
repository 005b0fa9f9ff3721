// Where backup files live and what they are called. Names carry the time (UTC, so
// they sort and never depend on a time-zone change) and the reason; kept-aside
// files (before a restore, damaged databases) have their own names so retention
// never touches them.
import { basename, dirname, extname, join } from 'node:path'
import { BACKUP_REASONS, type BackupReason } from '../../../shared/backup-types'

/** "stockout-desk" for ".../stockout-desk.db": every file name derives from it. */
export function dbStem(dbPath: string): string {
  const base = basename(dbPath)
  const ext = extname(base)
  return ext ? base.slice(0, -ext.length) : base
}

export const dataFolderOf = (dbPath: string): string => dirname(dbPath)
export const defaultBackupFolder = (dbPath: string): string => join(dirname(dbPath), 'backups')

/** 2026-11-26T02:00:00.123Z → 20261126T020000123Z: sortable, and legal on every file system. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '')
}

function unstamp(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s)
  if (!m) return null
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`
  return Number.isNaN(Date.parse(iso)) ? null : iso
}

export function backupFileName(stem: string, at: Date, reason: BackupReason, n = 0): string {
  return `${stem}-backup-${stamp(at)}-${reason}${n ? `-${n}` : ''}.db`
}

/** The time and reason in a backup's name, or null for any file that is not one of this database's backups. */
export function parseBackupFileName(stem: string, fileName: string): { at: string; reason: BackupReason } | null {
  const prefix = `${stem}-backup-`
  if (!fileName.startsWith(prefix) || !fileName.endsWith('.db')) return null
  const m = /^(\d{8}T\d{9}Z)-([a-z-]+?)(?:-\d+)?\.db$/.exec(fileName.slice(prefix.length))
  if (!m) return null
  const at = unstamp(m[1]!)
  const reason = BACKUP_REASONS.find((r) => r === m[2])
  return at && reason ? { at, reason } : null
}

export type KeptAsideKind = 'before-restore' | 'before-undo' | 'damaged'

/** `fresh`: the new empty shop being built beside the database, for the moment before it takes its place. */
type BesideKind = KeptAsideKind | 'fresh'

/** Beside the database (same folder, so moving the damaged file aside is an atomic rename). */
export function keptAsidePath(dbPath: string, kind: BesideKind, at: Date): string {
  return join(dirname(dbPath), `${dbStem(dbPath)}.${kind}-${stamp(at)}.db`)
}

/** The small settings file beside the database: it must be readable even when the database is not. */
export const backupConfigPath = (dbPath: string): string => join(dirname(dbPath), `${dbStem(dbPath)}.backup.json`)

/** Metadata written after a backup passed its check. */
export const sidecarPath = (backupPath: string): string => `${backupPath}.json`
export const partialPath = (backupPath: string): string => `${backupPath}.partial`
