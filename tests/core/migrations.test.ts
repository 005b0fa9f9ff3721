import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src/main/core/db/migrations'
import { AppError } from '../../src/shared/errors'
import { tempDir } from '../helpers/shop'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))
function dbFile(): string {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return join(t.dir, 'shop.db')
}

describe('opening the shop database', () => {
  it('creates a new database at the latest schema version with WAL, FULL sync and foreign keys on', async () => {
    const db = openDatabase(dbFile())
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
    closeDatabase(db)
  })

  it('makes every table STRICT', async () => {
    const db = openDatabase(':memory:')
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string
      sql: string
    }[]
    expect(tables.length).toBeGreaterThanOrEqual(9)
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/)
  })

  it('refuses a database written by a newer app version and leaves it untouched', async () => {
    const path = dbFile()
    const raw = new Database(path)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    raw.exec('CREATE TABLE future_thing (x INTEGER) STRICT')
    raw.close()
    let error: unknown
    try {
      openDatabase(path)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('db_newer_version')
    expect((error as AppError).params).toEqual({ found: LATEST_SCHEMA_VERSION + 5, supported: LATEST_SCHEMA_VERSION })
    const after = new Database(path, { readonly: true })
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5)
    expect(after.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'products'").get()).toEqual({ n: 0 })
    after.close()
  })

  it('reopening an up-to-date database runs no migration and keeps its data', async () => {
    const path = dbFile()
    const db = openDatabase(path)
    db.prepare("INSERT INTO suppliers (name, created_at) VALUES ('义乌杯业', '2026-11-26T00:00:00.000Z')").run()
    closeDatabase(db)
    let called = false
    const again = openDatabase(path, { beforeMigrate: () => (called = true) })
    expect(called).toBe(false)
    expect(again.prepare('SELECT name FROM suppliers').all()).toEqual([{ name: '义乌杯业' }])
    closeDatabase(again)
  })

  it('calls the before-migrate hook once with the versions when migrations are pending', async () => {
    const calls: [number, number][] = []
    const db = openDatabase(':memory:', { beforeMigrate: (from, to) => calls.push([from, to]) })
    expect(calls).toEqual([[0, LATEST_SCHEMA_VERSION]])
    closeDatabase(db)
  })

  it('versions start at 1 and only go up, and the latest is the last one, so user_version always names a whole schema', async () => {
    // A number handed to another issue's branch (5, issue #11) may be missing until that branch is merged.
    const versions = MIGRATIONS.map((m) => m.version)
    expect(versions[0]).toBe(1)
    for (let i = 1; i < versions.length; i++) expect(versions[i]!, `after ${versions[i - 1]}`).toBeGreaterThan(versions[i - 1]!)
    expect(LATEST_SCHEMA_VERSION).toBe(versions[versions.length - 1])
  })

  it('a migration that fails leaves the database at the previous version with nothing half-applied', async () => {
    const db = new Database(':memory:')
    migrate(db)
    const before = schemaVersion(db)
    const failing = {
      version: before + 1,
      name: 'broken',
      up: (d: Database.Database) => d.exec('CREATE TABLE half (x INTEGER) STRICT; SELECT no_such_function();')
    }
    expect(() => {
      db.transaction(() => {
        failing.up(db)
        db.pragma(`user_version = ${failing.version}`)
      }).immediate()
    }).toThrow()
    expect(schemaVersion(db)).toBe(before)
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 })
  })

  it('v1 → v2: a shop from the first version keeps its orders and gains import history, presets and digests', () => {
    const path = dbFile()
    const raw = new Database(path)
    raw.transaction(() => {
      MIGRATIONS[0]!.up(raw)
      raw.pragma('user_version = 1')
    })()
    raw.exec(`INSERT INTO orders (platform, order_no, status, created_at, updated_at) VALUES ('pdd', '231126-123456789012345', 'awaiting_shipment', 'x', 'x')`)
    raw.close()
    const db = openDatabase(path)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT order_no, import_batch_id, import_hash FROM orders').all()).toEqual([
      { order_no: '231126-123456789012345', import_batch_id: null, import_hash: null }
    ])
    for (const t of ['import_batches', 'import_skipped_rows', 'import_presets'])
      expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ?").get(t)).toEqual({ n: 1 })
    closeDatabase(db)
  })
})
