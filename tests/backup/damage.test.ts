import Database from 'better-sqlite3'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { guardHandlers, RECOVERY_CALLS } from '../../src/main/core/backup/guard'
import { backupServiceFor } from '../../src/main/core/backup/service'
import { inspectDbFile } from '../../src/main/core/backup/file'
import { createHandlers } from '../../src/main/core/handlers'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import type { CoreContext } from '../../src/main/core/context'
import { CALL_NAMES } from '../../src/shared/contract'
import { addProduct, corruptCopy, digestDb, fileDigest, fileShop, type FileShop } from './helpers'

const shops: FileShop[] = []
afterEach(() => shops.splice(0).forEach((s) => s.cleanup()))

describe('a corruption error while the app runs', () => {
  it('stops all writing at once and answers only the calls that look at or restore backups', async () => {
    const s = fileShop()
    shops.push(s)
    const id = await addProduct(s, 'D-1', 4)
    const good = await s.call('backups.create', {})
    const svc = backupServiceFor(s.ctx)
    let alerts = 0
    const broken = { ...s.handlers, 'shop.status': () => { throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }) } }
    const guarded = guardHandlers(broken, svc, () => alerts++)

    expect(await dispatch(guarded, 'shop.status', {})).toMatchObject({ ok: false, error: { code: 'db_corrupt' } })
    expect(svc.damaged).toMatchObject({ when: 'runtime' })
    expect(alerts).toBe(1)
    // SQLite itself now refuses writes on this connection, whatever path a write might take.
    expect(s.db.pragma('query_only', { simple: true })).toBe(1)
    for (const name of CALL_NAMES) {
      if (RECOVERY_CALLS.has(name)) continue
      const r = await dispatch(guarded, name, {})
      // Either its input is invalid (checked first) or it is refused as damaged; never run.
      expect(r.ok, name).toBe(false)
      if (!r.ok && r.error.code !== 'invalid_input') expect(r.error.code, name).toBe('db_corrupt')
    }
    expect(await dispatch(guarded, 'stock.move', { productId: id, type: 'receive', quantity: 1 })).toMatchObject({ ok: false, error: { code: 'db_corrupt' } })

    const offer = await dispatch(guarded, 'backups.recoveryOffer', {})
    expect(offer).toMatchObject({ ok: true, value: { backup: { path: good.path, skus: 1 }, loss: { since: good.at, skusNow: 1, skusInBackup: 1 } } })
    expect(await dispatch(guarded, 'backups.status', {})).toMatchObject({ ok: true, value: { damaged: { when: 'runtime' } } })
    expect(alerts).toBe(1)

    const recovered = await dispatch(guarded, 'backups.recover', {})
    expect(recovered).toMatchObject({ ok: true, value: { restoredFrom: good.path } })
    expect(svc.damaged).toBeNull()
    expect(await dispatch(guarded, 'stock.move', { productId: id, type: 'receive', quantity: 1 })).toMatchObject({ ok: true, value: { balance: 5 } })
  })

  it('an import job that fails on corruption also stops writing', async () => {
    const s = fileShop()
    shops.push(s)
    const svc = backupServiceFor(s.ctx)
    const failedJob = { ...s.handlers, 'import.job': () => ({ jobId: 'j', state: 'failed', error: { code: 'db_corrupt', messageKey: 'errors.db_corrupt' } }) } as never
    const guarded = guardHandlers(failedJob, svc, () => {})
    await dispatch(guarded, 'import.job', { jobId: 'j' })
    expect(svc.damaged).not.toBeNull()
  })
})

describe('a database found damaged at start-up', () => {
  it('quick_check finds it; recovery moves it aside byte for byte and restores the newest good backup, saying what is lost', async () => {
    const s = fileShop()
    shops.push(s)
    await addProduct(s, 'G-1', 2)
    const older = await s.call('backups.create', {})
    s.clock.advance(10)
    await addProduct(s, 'G-2', 3)
    const newest = await s.call('backups.create', {})
    const atNewest = digestDb(s.db)
    s.clock.advance(10)
    await addProduct(s, 'G-3', 1) // after the newest backup: this is what would be lost
    closeDatabase(s.db)
    // The newest backup is damaged too (same failing disk): the offer falls back to the older one.
    writeFileSync(newest.path, corruptCopy(newest.path))
    writeFileSync(s.dbPath, corruptCopy(s.dbPath))
    const damagedBytes = fileDigest(s.dbPath)
    expect(inspectDbFile(s.dbPath, 'quick_check').ok).toBe(false)

    // What main does at start-up: a stand-in connection, the service marked damaged.
    const ctx: CoreContext = { db: openDatabase(':memory:'), now: () => s.clock.now, dbPath: s.dbPath, appVersion: 'test' }
    const svc = backupServiceFor(ctx)
    svc.markDamaged('startup')
    const offer = await svc.recoveryOffer()
    expect(offer.backup?.path).toBe(older.path)
    expect(offer.loss).toMatchObject({ since: older.at, skusInBackup: 1 })

    const r = await svc.recover()
    expect(r.keptAside).toMatch(/shop\.damaged-\d{8}T\d{9}Z\.db$/)
    expect(fileDigest(r.keptAside)).toBe(damagedBytes)
    expect(svc.damaged).toBeNull()
    const handlers = createHandlers(ctx)
    expect((await dispatch(handlers, 'products.byCode', { merchantCode: 'G-1' })).ok).toBe(true)
    expect((await dispatch(handlers, 'products.byCode', { merchantCode: 'G-2' })).ok).toBe(false)
    expect(ctx.db.pragma('quick_check', { simple: true })).toBe('ok')
    expect(atNewest).not.toBe(digestDb(ctx.db))
    // Nothing was deleted: the damaged newest backup is still there too.
    expect(existsSync(newest.path)).toBe(true)
    closeDatabase(ctx.db)
  })

  it('with no good backup, recovery says so and leaves the damaged file where it is', async () => {
    const s = fileShop()
    shops.push(s)
    await addProduct(s, 'N-1')
    closeDatabase(s.db)
    writeFileSync(s.dbPath, corruptCopy(s.dbPath))
    const before = fileDigest(s.dbPath)
    const ctx: CoreContext = { db: openDatabase(':memory:'), now: () => s.clock.now, dbPath: s.dbPath, appVersion: 'test' }
    const svc = backupServiceFor(ctx)
    svc.markDamaged('startup')
    expect(await svc.recoveryOffer()).toEqual({ backup: null, loss: null })
    await expect(svc.recover()).rejects.toMatchObject({ code: 'not_found' })
    expect(fileDigest(s.dbPath)).toBe(before)
    expect(readdirSync(s.dir).filter((f) => f.includes('damaged'))).toEqual([])
    ctx.db.close()
  })

  it('a damaged file that cannot even be opened as SQLite is reported, not thrown', async () => {
    const s = fileShop()
    shops.push(s)
    closeDatabase(s.db)
    writeFileSync(s.dbPath, Buffer.alloc(8192, 0x42))
    expect(inspectDbFile(s.dbPath, 'quick_check')).toMatchObject({ ok: false, problem: 'not_a_database' })
    expect(() => new Database(s.dbPath).pragma('user_version')).toThrow()
  })
})
