import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index'
import { messageFor } from '../../src/shared/i18n/translate'
import { corruptCopy } from '../backup/helpers'
import { tempDir } from '../helpers/shop'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function cli(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...args, '--db', db, '--lang', 'en'], (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('the CLI checks the database it opens', () => {
  it('status on a damaged database exits 1 with the app’s damaged-database message, and restore recovers it without opening it', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    expect((await cli(db, 'sku', 'add', '--code', 'A-1', '--name', '商品')).code).toBe(0)
    const backup = await cli(db, 'backup', '--json')
    expect(backup.code, backup.err).toBe(0)
    const backupPath = (JSON.parse(backup.out) as { path: string }).path
    expect((await cli(db, 'sku', 'add', '--code', 'A-2', '--name', '商品 2')).code).toBe(0)
    writeFileSync(db, corruptCopy(db))

    const status = await cli(db, 'status')
    expect(status.code).toBe(1)
    // The same words as the app's recovery dialog: a backup exists, and what restoring it would lose.
    expect(status.err).toContain(messageFor('en', 'backup.dialog.damaged').slice(0, 20))
    expect(status.out).toBe('')
    expect((await cli(db, 'orders', 'list')).code).toBe(1)

    const restored = await cli(db, 'restore', backupPath)
    expect(restored.code, restored.err).toBe(0)
    expect(restored.out).toMatch(/restored .*1 SKUs/)
    expect(readdirSync(t.dir).some((f) => f.includes('damaged'))).toBe(true)
    const after = await cli(db, 'status', '--json')
    expect(after.code).toBe(0)
  })
})
