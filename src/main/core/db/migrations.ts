// Ordered schema migrations keyed by PRAGMA user_version. Migration N brings the
// schema from version N-1 to N. A landed migration is never edited: change the
// schema by appending a new one.
import type { Database } from 'better-sqlite3'
import { v001Initial } from './migrations/001-initial'
import { v002Imports } from './migrations/002-imports'
import { v003Engine } from './migrations/003-engine'
import { v004Queue } from './migrations/004-queue'
import { v005RealExports } from './migrations/005-real-exports'
import { v006BuyerMessages } from './migrations/006-buyer-messages'
import { v007ImportUndo } from './migrations/007-import-undo'
import { v008Shops } from './migrations/008-shops'
import { v009Reminders } from './migrations/009-reminders'
import { v013ShopUndo } from './migrations/013-shop-undo'
import { v014PaidStatusIndex } from './migrations/014-paid-status-index'
import { v015ImportRowDigest } from './migrations/015-import-row-digest'

export interface Migration {
  version: number
  name: string
  up: (db: Database) => void
}

export const MIGRATIONS: readonly Migration[] = [
  v001Initial,
  v002Imports,
  v003Engine,
  v004Queue,
  v005RealExports,
  v006BuyerMessages,
  v007ImportUndo,
  v008Shops,
  v009Reminders,
  v013ShopUndo,
  v014PaidStatusIndex,
  v015ImportRowDigest
]

/** The last migration's version (not the count: the list may skip a number handed to another branch). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Applies every pending migration, each in its own transaction together with its
 * user_version bump, so a crash leaves the database at a whole version.
 * `beforeMigrate` runs once before the first pending migration (backups hook here).
 */
export function migrate(db: Database, beforeMigrate?: (from: number, to: number) => void): number {
  const current = schemaVersion(db)
  if (current >= LATEST_SCHEMA_VERSION) return current
  beforeMigrate?.(current, LATEST_SCHEMA_VERSION)
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }).immediate()
  }
  return schemaVersion(db)
}
