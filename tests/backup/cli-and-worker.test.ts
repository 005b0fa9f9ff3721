import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index'
import { TEST_NOW } from '../helpers/clock'
import { backupServiceFor } from '../../src/main/core/backup/service'
import { tempDir } from '../helpers/shop'
import { addProduct, digestDb, fileShop, type FileShop } from './helpers'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function cli(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...args, '--db', db], (s) => out.push(s), (s) => err.push(s), () => TEST_NOW)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('the CLI', () => {
  it('backup, backups list --json and restore PATH work on the same backups as the app', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    expect((await cli(db, 'sku', 'add', '--code', 'C-1', '--name', '杯子')).code).toBe(0)
    expect((await cli(db, 'stock', 'receive', '--sku', 'C-1', '--qty', '9')).code).toBe(0)
    const made = await cli(db, 'backup', '--json')
    expect(made.code).toBe(0)
    const info = JSON.parse(made.out) as { path: string; skus: number }
    expect(info.skus).toBe(1)

    expect((await cli(db, 'stock', 'adjust', '--sku', 'C-1', '--qty', '-9')).code).toBe(0)
    const list = JSON.parse((await cli(db, 'backups', 'list', '--json')).out) as { path: string; verified: boolean }[]
    expect(list).toEqual([expect.objectContaining({ path: info.path, verified: true })])

    const restored = await cli(db, 'restore', info.path)
    expect(restored.code).toBe(0)
    expect(restored.out).toContain('kept at')
    expect(JSON.parse((await cli(db, 'sku', 'show', 'C-1', '--json')).out)).toMatchObject({ onHand: 9 })

    const usb = join(t.dir, 'usb')
    mkdirSync(usb)
    const to = JSON.parse((await cli(db, 'backup', '--to', usb, '--json')).out) as { path: string }
    expect(to.path.startsWith(usb)).toBe(true)
  })

  it('a bad restore path exits 1 with a message, and restore without a path is a usage error', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    const missing = await cli(db, 'restore', join(t.dir, 'nope.db'), '--lang', 'en')
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('not found')
    expect((await cli(db, 'restore')).code).toBe(2)
    expect((await cli(db, 'backup', '--to', join(t.dir, 'unplugged'), '--lang', 'zh-CN')).err).toContain('无法写入备份文件夹')
  })
})

describe('the backup worker', () => {
  it('with a worker thread, backing up, checking and restoring give the same results as in-process', async () => {
    const s: FileShop = fileShop()
    cleanups.push(() => s.cleanup())
    s.ctx.backupWorker = { path: join(__dirname, 'worker.cjs') }
    const id = await addProduct(s, 'W-1', 3)
    const b = await s.call('backups.create', {})
    expect(b).toMatchObject({ verified: true, skus: 1 })
    const at = digestDb(s.db)
    await s.call('stock.move', { productId: id, type: 'receive', quantity: 2 })
    await s.call('backups.restore', { path: b.path })
    expect(digestDb(s.db)).toBe(at)
    expect((await backupServiceFor(s.ctx).recoveryOffer()).backup?.path).toBe(b.path)
    // A failure inside the worker comes back as the same typed error.
    expect((await s.fail('backups.create', { toFolder: join(s.dir, 'unplugged') })).code).toBe('backup_folder_unavailable')
  })
})
