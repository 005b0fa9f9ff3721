import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations'

export type { Db }

export interface OpenOptions {
  readonly?: boolean
  /** Called before pending migrations run (from, to); the backup issue hooks in here. */
  beforeMigrate?: (from: number, to: number) => void
}

/**
 * Opens (creating if needed) the shop database with the pragmas every connection
 * needs, refuses a database written by a newer app, and runs pending migrations.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false })
  try {
    db.pragma('busy_timeout = 5000')
    // Checked before anything is set: switching a newer app's file to WAL would already change it.
    const version = schemaVersion(db)
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError('db_newer_version', { found: version, supported: LATEST_SCHEMA_VERSION })
    }
    if (!options.readonly) db.pragma('journal_mode = WAL')
    // FULL: a change the app reported as saved survives a power cut.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // 64 MB of page cache for the engine's reads and ordinary writes. An import runs with a
    // smaller one of its own (IMPORT_CACHE_SIZE in import/run-import.ts) and gives this back.
    db.pragma('cache_size = -65536')
    db.pragma('temp_store = MEMORY')
    if (!options.readonly) migrate(db, options.beforeMigrate)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return
  try {
    if (!db.readonly) db.pragma('optimize')
  } finally {
    db.close()
  }
}
