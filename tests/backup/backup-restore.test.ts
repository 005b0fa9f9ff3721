import Database from 'better-sqlite3'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations'
import { backupConfigPath } from '../../src/main/core/backup/names'
import { addProduct, corruptCopy, digestDb, fileShop, type FileShop } from './helpers'

const shops: FileShop[] = []
afterEach(() => shops.splice(0).forEach((s) => s.cleanup()))
function shop(): FileShop {
  const s = fileShop()
  shops.push(s)
  return s
}

describe('backing up', () => {
  it('Back up now writes a checked backup whose list entry has its time, size and counts', async () => {
    const s = shop()
    await addProduct(s, 'A-1', 5)
    await addProduct(s, 'A-2')
    const info = await s.call('backups.create', {})
    expect(info).toMatchObject({ reason: 'manual', at: s.clock.now.toISOString(), skus: 2, orders: 0, verified: true, schemaVersion: LATEST_SCHEMA_VERSION })
    expect(info.bytes).toBeGreaterThan(0)
    expect(info.path.startsWith(join(s.dir, 'backups'))).toBe(true)
    expect(await s.call('backups.list', {})).toEqual([info])
  })

  it('a backup is a standalone SQLite file (rollback journal, no -wal needed) that passes integrity_check and holds the same rows', async () => {
    const s = shop()
    await addProduct(s, 'B-1', 7)
    const info = await s.call('backups.create', {})
    // Bytes 18–19 of the header are 1 for a rollback-journal file, 2 for WAL.
    expect([...readFileSync(info.path).subarray(18, 20)]).toEqual([1, 1])
    const copy = new Database(info.path, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(digestDb(copy)).toBe(digestDb(s.db))
    copy.close()
    expect(readdirSync(join(s.dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([])
  })

  it('two backups in the same millisecond get different names, and the list is newest first', async () => {
    const s = shop()
    const a = await s.call('backups.create', {})
    const b = await s.call('backups.create', {})
    s.clock.advance(1)
    const c = await s.call('backups.create', {})
    expect(new Set([a.fileName, b.fileName, c.fileName]).size).toBe(3)
    expect((await s.call('backups.list', {}))[0]!.fileName).toBe(c.fileName)
  })

  it('backs up into another existing folder on request (e.g. a USB drive), leaving the backup folder alone', async () => {
    const s = shop()
    const usb = join(s.dir, 'usb')
    await import('node:fs').then((fs) => fs.mkdirSync(usb))
    const info = await s.call('backups.create', { toFolder: usb })
    expect(info.path.startsWith(usb)).toBe(true)
    expect(await s.call('backups.list', {})).toEqual([])
    expect((await s.fail('backups.create', { toFolder: join(s.dir, 'unplugged') })).code).toBe('backup_folder_unavailable')
  })
})

describe('restoring', () => {
  it('restore brings back the backed-up shop, keeps the current one aside, and undo puts it back', async () => {
    const s = shop()
    const id = await addProduct(s, 'R-1', 10)
    const backup = await s.call('backups.create', {})
    const atBackup = digestDb(s.db)
    s.clock.advance(5)
    await s.call('stock.move', { productId: id, type: 'adjust', quantity: -4, reason: 'broken' })
    await addProduct(s, 'R-2', 1)
    const beforeRestore = digestDb(s.db)

    const restored = await s.call('backups.restore', { path: backup.path })
    expect(restored).toMatchObject({ restoredFrom: backup.path, skus: 1 })
    expect(digestDb(s.db)).toBe(atBackup)
    expect((await s.call('products.get', { id })).onHand).toBe(10)
    // The shop as it was is kept aside, checked, beside the database.
    const aside = new Database(restored.keptAside, { readonly: true })
    expect(digestDb(aside)).toBe(beforeRestore)
    aside.close()
    expect((await s.call('backups.status', {})).lastRestore).toMatchObject({ from: backup.path, keptAside: restored.keptAside })

    await s.call('backups.undoRestore', {})
    expect(digestDb(s.db)).toBe(beforeRestore)
    expect((await s.call('products.get', { id })).onHand).toBe(6)
    expect((await s.call('backups.status', {})).lastRestore).toBeNull()
    expect((await s.fail('backups.undoRestore', {})).messageKey).toBe('errors.no_restore_to_undo')
  })

  it('the undo record survives a restart, because it lives beside the database rather than in it', async () => {
    const s = shop()
    await addProduct(s, 'U-1')
    const b = await s.call('backups.create', {})
    await addProduct(s, 'U-2')
    await s.call('backups.restore', { path: b.path })
    const config = JSON.parse(readFileSync(backupConfigPath(s.dbPath), 'utf8')) as { lastRestore: unknown }
    expect(config.lastRestore).toMatchObject({ from: b.path })
  })

  it('restoring a backup taken before a migration brings it up to the current schema', async () => {
    const s = shop()
    const old = join(s.dir, 'old.db')
    const raw = new Database(old)
    raw.transaction(() => {
      MIGRATIONS[0]!.up(raw)
      raw.pragma('user_version = 1')
    })()
    raw.prepare(`INSERT INTO products (merchant_code, name, created_at, updated_at) VALUES ('OLD-1', '旧商品', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`).run()
    raw.close()
    const r = await s.call('backups.restore', { path: old })
    expect(r.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect((await s.call('products.byCode', { merchantCode: 'OLD-1' })).name).toBe('旧商品')
  })

  it('refuses a source that is damaged, not SQLite, not a shop, missing, newer, or the database itself — and changes nothing', async () => {
    const s = shop()
    await addProduct(s, 'K-1', 3)
    const good = await s.call('backups.create', {})
    const before = digestDb(s.db)
    const notSqlite = join(s.dir, 'notes.db')
    writeFileSync(notSqlite, '这不是数据库'.repeat(500))
    const otherApp = join(s.dir, 'other.db')
    const o = new Database(otherApp)
    o.exec('CREATE TABLE t (x)')
    o.close()
    const newer = join(s.dir, 'newer.db')
    await s.call('backups.create', { toFolder: s.dir }).then((b) => {
      const n = new Database(b.path)
      n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
      n.close()
      writeFileSync(newer, readFileSync(b.path))
    })
    const damaged = join(s.dir, 'damaged.db')
    writeFileSync(damaged, corruptCopy(good.path))

    const codes: Record<string, string> = {}
    for (const [name, path] of Object.entries({ notSqlite, otherApp, newer, damaged, missing: join(s.dir, 'nope.db'), self: s.dbPath }))
      codes[name] = (await s.fail('backups.restore', { path })).code
    expect(codes).toEqual({
      notSqlite: 'backup_invalid',
      otherApp: 'backup_invalid',
      newer: 'db_newer_version',
      damaged: 'backup_invalid',
      missing: 'not_found',
      self: 'invalid_input'
    })
    expect(digestDb(s.db)).toBe(before)
    expect((await s.call('backups.status', {})).lastRestore).toBeNull()
  })
})

describe('the settings file', () => {
  it('backup settings are kept beside the database, and a broken settings file falls back to the defaults', async () => {
    const s = shop()
    expect(await s.call('backups.settings.get', {})).toEqual({ intervalMinutes: 30, keepToday: 10, keepDays: 30, folder: null })
    const usb = join(s.dir, 'usb')
    ;(await import('node:fs')).mkdirSync(usb)
    expect(await s.call('backups.settings.set', { intervalMinutes: 15, folder: usb })).toEqual({ intervalMinutes: 15, keepToday: 10, keepDays: 30, folder: usb })
    expect(existsSync(backupConfigPath(s.dbPath))).toBe(true)
    const b = await s.call('backups.create', {})
    expect(b.path.startsWith(usb)).toBe(true)
    expect((await s.fail('backups.settings.set', { folder: join(s.dir, 'missing') })).code).toBe('backup_folder_unavailable')
    expect((await s.fail('backups.settings.set', { folder: 'relative/path' })).code).toBe('invalid_input')
    writeFileSync(backupConfigPath(s.dbPath), '{not json')
    expect((await s.call('backups.settings.get', {})).intervalMinutes).toBe(30)
  })
})
