import Database from 'better-sqlite3'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { planRetention, type Retainable } from '../../src/main/core/backup/retention'
import { backupServiceFor } from '../../src/main/core/backup/service'
import { backupBeforeMigrate } from '../../src/main/core/backup/before-migrate'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations'
import { AppError } from '../../src/shared/errors'
import { tempDir } from '../helpers/shop'
import { addProduct, fileShop, type FileShop } from './helpers'

const shops: FileShop[] = []
const cleanups: (() => void)[] = []
afterEach(() => {
  shops.splice(0).forEach((s) => s.cleanup())
  cleanups.splice(0).forEach((c) => c())
})

describe('the schedule', () => {
  it('backs up only when the interval has passed and the shop changed since the last backup', async () => {
    const s = fileShop()
    shops.push(s)
    const svc = backupServiceFor(s.ctx)
    await s.call('backups.settings.set', { intervalMinutes: 30 })
    expect(await svc.startupBackup()).not.toBeNull()

    s.clock.advance(10)
    await addProduct(s, 'S-1')
    expect(await svc.tick()).toBeNull() // changed, but only 10 minutes

    s.clock.advance(25)
    const scheduled = await svc.tick()
    expect(scheduled?.reason).toBe('scheduled')

    s.clock.advance(60)
    expect(await svc.tick()).toBeNull() // an hour later, but nothing changed

    await addProduct(s, 'S-2')
    expect((await svc.tick())?.skus).toBe(2)
    expect((await s.call('backups.list', {})).map((b) => b.reason)).toEqual(['scheduled', 'scheduled', 'startup'])
  })

  it('notices changes committed by another connection (the import worker, the CLI)', async () => {
    const s = fileShop()
    shops.push(s)
    const svc = backupServiceFor(s.ctx)
    await svc.startupBackup()
    s.clock.advance(31)
    expect(await svc.tick()).toBeNull()
    const other = new Database(s.dbPath)
    other.prepare(`INSERT INTO settings (key, value) VALUES ('x', 'y')`).run()
    other.close()
    expect(await svc.tick()).not.toBeNull()
  })

  it('a failing scheduled backup is remembered for Settings instead of stopping the timer', async () => {
    const s = fileShop()
    shops.push(s)
    const usb = join(s.dir, 'usb')
    mkdirSync(usb)
    await s.call('backups.settings.set', { folder: usb })
    const svc = backupServiceFor(s.ctx)
    // The drive is unplugged: its folder is gone.
    ;(await import('node:fs')).rmSync(usb, { recursive: true })
    await addProduct(s, 'F-1')
    expect(await svc.tick()).toBeNull()
    expect((await s.call('backups.status', {})).lastError).toMatchObject({ code: 'backup_folder_unavailable', params: { folder: usb } })
    mkdirSync(usb)
    s.clock.advance(1)
    expect(await svc.tick()).not.toBeNull()
    expect((await s.call('backups.status', {})).lastError).toBeNull()
  })
})

describe('retention', () => {
  const tz = 'Asia/Shanghai'
  const b = (at: string, reason: Retainable['reason'] = 'scheduled'): Retainable => ({ fileName: `${at}-${reason}`, at, reason })

  it('keeps the newest 10 of today and one per day for 30 days, by the shop’s own days', () => {
    const now = new Date('2026-11-26T10:00:00Z') // 18:00 in Shanghai
    const today = Array.from({ length: 14 }, (_, i) => b(`2026-11-26T0${Math.floor(i / 2)}:${i % 2 ? '30' : '00'}:00.000Z`))
    // 2026-11-25T17:00Z is already 11-26 01:00 in Shanghai: it counts as today.
    const lateYesterdayUtc = b('2026-11-25T17:00:00.000Z')
    const yesterday = [b('2026-11-25T02:00:00.000Z'), b('2026-11-25T08:00:00.000Z')]
    const old = [b('2026-10-27T08:00:00.000Z'), b('2026-10-26T08:00:00.000Z')]
    const { keep, remove } = planRetention([...today, lateYesterdayUtc, ...yesterday, ...old], now, tz, { keepToday: 10, keepDays: 30 })
    const newestToday = [...today, lateYesterdayUtc].sort((x, y) => y.at.localeCompare(x.at)).slice(0, 10)
    expect(keep).toEqual([...newestToday.map((x) => x.fileName), yesterday[1]!.fileName, old[0]!.fileName])
    expect(remove).toContain(yesterday[0]!.fileName)
    expect(remove).toContain(old[1]!.fileName) // 31 days ago
    expect(keep.length + remove.length).toBe(19)
  })

  it('always keeps the newest pre-migration backup and anything dated in the future', () => {
    const now = new Date('2026-11-26T10:00:00Z')
    const { keep } = planRetention(
      [b('2025-01-01T00:00:00.000Z', 'pre-migrate'), b('2024-01-01T00:00:00.000Z', 'pre-migrate'), b('2027-01-01T00:00:00.000Z')],
      now,
      tz,
      { keepToday: 1, keepDays: 0 }
    )
    expect(keep).toEqual(['2027-01-01T00:00:00.000Z-scheduled', '2025-01-01T00:00:00.000Z-pre-migrate'])
  })

  it('prunes the backup folder after each backup, deleting only its own backups and their metadata', async () => {
    const s = fileShop()
    shops.push(s)
    await s.call('backups.settings.set', { keepToday: 3, keepDays: 0 })
    const folder = join(s.dir, 'backups')
    mkdirSync(folder)
    writeFileSync(join(folder, 'my-notes.txt'), 'keep me')
    writeFileSync(join(folder, 'other-backup-20260101T000000000Z-manual.db'), 'another database’s backup')
    for (let i = 0; i < 5; i++) {
      await s.call('backups.create', {})
      s.clock.advance(1)
    }
    const files = readdirSync(folder).sort()
    expect(files.filter((f) => f.startsWith('shop-backup-') && f.endsWith('.db'))).toHaveLength(3)
    expect(files.filter((f) => f.endsWith('.db.json'))).toHaveLength(3)
    expect(files).toContain('my-notes.txt')
    expect(files).toContain('other-backup-20260101T000000000Z-manual.db')
  })
})

describe('before a migration', () => {
  function v1Database(): string {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const path = join(t.dir, 'stockout-desk.db')
    const raw = new Database(path)
    raw.pragma('journal_mode = WAL')
    raw.transaction(() => {
      MIGRATIONS[0]!.up(raw)
      raw.pragma('user_version = 1')
    })()
    raw.prepare(`INSERT INTO products (merchant_code, name, created_at, updated_at) VALUES ('V1', 'v1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`).run()
    raw.close()
    return path
  }

  it('a database is backed up, at its old version, before its migrations run', async () => {
    const path = v1Database()
    const db = openDatabase(path, { beforeMigrate: backupBeforeMigrate(path, () => new Date('2026-11-26T02:00:00Z')) })
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    closeDatabase(db)
    const folder = join(path, '..', 'backups')
    const [name] = readdirSync(folder).filter((f) => f.endsWith('.db'))
    expect(name).toBe('stockout-desk-backup-20261126T020000000Z-pre-migrate.db')
    const copy = new Database(join(folder, name!), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    expect(copy.prepare('SELECT merchant_code AS c FROM products').all()).toEqual([{ c: 'V1' }])
    copy.close()
  })

  it('a brand-new database has nothing to back up', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const path = join(t.dir, 'new.db')
    closeDatabase(openDatabase(path, { beforeMigrate: backupBeforeMigrate(path) }))
    expect(readdirSync(t.dir).filter((f) => f === 'backups')).toEqual([])
  })

  it('when no backup can be written, the migration does not run and the database stays as it was', async () => {
    const path = v1Database()
    // Where the default backup folder should be, there is a file: nothing can be written there.
    writeFileSync(join(path, '..', 'backups'), 'in the way')
    let error: unknown
    try {
      openDatabase(path, { beforeMigrate: backupBeforeMigrate(path) })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('backup_folder_unavailable')
    const raw = new Database(path, { readonly: true })
    expect(raw.pragma('user_version', { simple: true })).toBe(1)
    raw.close()
  })
})
