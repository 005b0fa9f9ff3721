// Disk full, a read-only database, a database locked by another program, and one
// from a newer app version: each is refused with a message in the user's
// language, and the shop loses nothing.
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupWriteError } from '../../src/main/core/backup/errors'
import { createHandlers } from '../../src/main/core/handlers'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { dispatch, toApiError } from '../../src/main/core/dispatch'
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations'
import type { ApiError } from '../../src/shared/errors'
import { messageFor } from '../../src/shared/i18n/translate'
import { addProduct, digestDb, fileDigest, fileShop, type FileShop } from './helpers'

const shops: FileShop[] = []
afterEach(() => shops.splice(0).forEach((s) => s.cleanup()))
function shop(): FileShop {
  const s = fileShop()
  shops.push(s)
  return s
}

/** The message exists in both languages and every placeholder is filled. */
function expectClearMessage(error: ApiError): void {
  for (const lang of ['zh-CN', 'en'] as const) {
    const text = messageFor(lang, error.messageKey, error.params ?? {})
    expect(text, `${lang} ${error.messageKey}`).not.toBe(error.messageKey)
    expect(text, `${lang} ${error.messageKey}`).not.toMatch(/\{\{/)
  }
}

describe('when the disk is full', () => {
  it('a stock change is refused with db_full, and the shop is exactly as before', async () => {
    const s = shop()
    const id = await addProduct(s, 'FULL-1', 5)
    const before = digestDb(s.db)
    // SQLite reports SQLITE_FULL when the file may not grow: the same error a full disk gives.
    s.db.pragma(`max_page_count = ${s.db.pragma('page_count', { simple: true }) as number}`)
    const r = await dispatch(s.handlers, 'products.create', { merchantCode: 'FULL-2', name: '很长的名字'.repeat(40), spec: 'x'.repeat(200) })
    let error = r.ok ? null : r.error
    for (let i = 0; !error && i < 200; i++) {
      const next = await dispatch(s.handlers, 'stock.move', { productId: id, type: 'receive', quantity: 1, reason: '满'.repeat(400) })
      error = next.ok ? null : next.error
    }
    expect(error?.code).toBe('db_full')
    expectClearMessage(error!)
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok')
    s.db.pragma('max_page_count = 1073741823')
    expect(digestDb(s.db)).not.toBe('') // the database still answers
    const after = await s.call('products.get', { id })
    expect(after.onHand).toBeGreaterThanOrEqual(5)
    // Every change acknowledged before the disk filled is still there, and the ledger adds up.
    const sum = (s.db.prepare('SELECT SUM(quantity) AS n FROM stock_movements WHERE product_id = ?').get(id) as { n: number }).n
    expect(after.onHand).toBe(sum)
    expect(before).not.toBe('')
  })

  it.skipIf(!canMountTmpfs())('a backup to a full disk is refused with backup_disk_full, leaves no partial file, and does not touch the shop', async () => {
    const s = shop()
    // A bulky shop, so its backup cannot fit on the small disk below.
    s.db.exec(`CREATE TABLE ballast (b BLOB) STRICT; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 64) INSERT INTO ballast SELECT randomblob(4096) FROM n`)
    const before = digestDb(s.db)
    const disk = join(s.dir, 'small-disk')
    mkdirSync(disk)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk])
    try {
      await s.call('backups.settings.set', { folder: disk })
      const error = await s.fail('backups.create', {})
      expect(error).toMatchObject({ code: 'backup_disk_full', params: { folder: disk } })
      expectClearMessage(error)
      expect(readdirSync(disk)).toEqual([])
      expect(digestDb(s.db)).toBe(before)
    } finally {
      execFileSync('umount', [disk])
    }
  })

  it('file-system and SQLite failures while writing a backup become errors the user can act on', () => {
    const err = (code: string) => Object.assign(new Error(code), { code })
    const codeOf = (e: unknown) => (e as { code?: string }).code
    for (const c of ['ENOSPC', 'EDQUOT', 'SQLITE_FULL']) expect(codeOf(backupWriteError(err(c), '/f')), c).toBe('backup_disk_full')
    for (const c of ['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EEXIST', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY'])
      expect(codeOf(backupWriteError(err(c), '/f')), c).toBe('backup_folder_unavailable')
    expect(codeOf(backupWriteError(err('SQLITE_IOERR_WRITE'), '/f'))).toBe('db_io')
    expect(codeOf(backupWriteError(err('EWHATEVER'), '/f'))).toBe('EWHATEVER')
  })
})

/** Mounting a tiny tmpfs gives a real full disk; it needs root with CAP_SYS_ADMIN (as on this project's machines and CI). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  try {
    execFileSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=4k tmpfs "$d" && umount "$d" && rmdir "$d"'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('a read-only database', () => {
  it('refuses a change with db_readonly, and nothing is lost', async () => {
    const s = shop()
    const id = await addProduct(s, 'RO-1', 2)
    closeDatabase(s.db)
    const before = fileDigest(s.dbPath)
    const db = openDatabase(s.dbPath, { readonly: true })
    const handlers = createHandlers({ db, now: () => s.clock.now, dbPath: s.dbPath, appVersion: 'test' })
    const r = await dispatch(handlers, 'stock.move', { productId: id, type: 'receive', quantity: 1 })
    expect(r).toMatchObject({ ok: false, error: { code: 'db_readonly' } })
    if (!r.ok) expectClearMessage(r.error)
    expect((await dispatch(handlers, 'products.get', { id })).ok).toBe(true)
    db.close()
    expect(fileDigest(s.dbPath)).toBe(before)
  })
})

describe('a database locked by another program', () => {
  it('a change waits, then is refused with db_locked; after the other program lets go it goes through, and nothing was lost', async () => {
    const s = shop()
    const id = await addProduct(s, 'LOCK-1', 3)
    const other = new Database(s.dbPath)
    other.exec('BEGIN EXCLUSIVE')
    s.db.pragma('busy_timeout = 50')
    const r = await dispatch(s.handlers, 'stock.move', { productId: id, type: 'receive', quantity: 1 })
    expect(r).toMatchObject({ ok: false, error: { code: 'db_locked' } })
    if (!r.ok) expectClearMessage(r.error)
    other.exec('ROLLBACK')
    other.close()
    expect((await s.call('stock.move', { productId: id, type: 'receive', quantity: 1 })).balance).toBe(4)
  })

  it('opening a database another program holds locked fails with db_locked and leaves it untouched', async () => {
    const s = shop()
    await addProduct(s, 'LOCK-2', 1)
    closeDatabase(s.db)
    const other = new Database(s.dbPath)
    other.pragma('journal_mode = DELETE')
    other.pragma('locking_mode = EXCLUSIVE')
    other.exec('BEGIN EXCLUSIVE')
    const before = fileDigest(s.dbPath)
    let error: ApiError | null = null
    try {
      openDatabase(s.dbPath)
    } catch (e) {
      error = toApiError(e)
    }
    expect(error?.code).toBe('db_locked')
    expectClearMessage(error!)
    other.exec('ROLLBACK')
    other.close()
    expect(fileDigest(s.dbPath)).toBe(before)
  }, 20_000)
})

describe('a database from a newer app version', () => {
  it('is refused with a message naming both versions, and its file is not changed', async () => {
    const s = shop()
    await addProduct(s, 'NEW-1')
    closeDatabase(s.db)
    const raw = new Database(s.dbPath)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`)
    raw.pragma('journal_mode = DELETE')
    raw.close()
    const before = fileDigest(s.dbPath)
    let error: ApiError | null = null
    try {
      openDatabase(s.dbPath)
    } catch (e) {
      error = toApiError(e)
    }
    expect(error).toMatchObject({ code: 'db_newer_version', params: { found: LATEST_SCHEMA_VERSION + 3, supported: LATEST_SCHEMA_VERSION } })
    expectClearMessage(error!)
    expect(messageFor('zh-CN', error!.messageKey, error!.params)).toContain(String(LATEST_SCHEMA_VERSION + 3))
    expect(fileDigest(s.dbPath)).toBe(before)
    expect(existsSync(`${s.dbPath}-wal`)).toBe(false)
  })
})
