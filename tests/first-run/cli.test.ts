// The first-run path from a terminal: stock list, missing codes added in one step, orders,
// and leaving the demo shop for one's own.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index'
import { TEST_NOW } from '../helpers/clock'
import { tempDir } from '../helpers/shop'
import { ORDERS, STOCK } from './helpers'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function cli(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...args, '--db', db], (s) => out.push(s), (s) => err.push(s), () => TEST_NOW)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function folder(): { db: string; file: (name: string, bytes: Uint8Array) => string } {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return {
    db: join(t.dir, 'shop.db'),
    file: (name, bytes) => {
      const path = join(t.dir, name)
      writeFileSync(path, bytes)
      return path
    }
  }
}

describe('the first-run commands', () => {
  it('sku create-missing adds every unknown code of an export, then the orders import with nothing unknown', async () => {
    const f = folder()
    expect((await cli(f.db, 'stock', 'import', f.file('stock.csv', STOCK))).code).toBe(0)
    const orders = f.file('orders.csv', ORDERS)
    const r = await cli(f.db, 'sku', 'create-missing', orders, '--json')
    expect(r.code, r.err).toBe(0)
    const value = JSON.parse(r.out) as { created: { merchantCode: string }[]; skipped: number }
    expect(value.created.map((c) => c.merchantCode).sort()).toEqual(['MUG-02', 'TEA-01'])
    expect(value.skipped).toBe(0)
    const imported = JSON.parse((await cli(f.db, 'orders', 'import', orders, '--json')).out)
    expect(imported).toMatchObject({ applied: true, created: 4, unknownSkus: [] })
    // Run again: nothing is missing any more, and nothing is added twice.
    expect(JSON.parse((await cli(f.db, 'sku', 'create-missing', orders, '--json')).out)).toEqual({ created: [], skipped: 0 })
  })

  it('shop start-own sets the demo aside as a backup and empties the shop; a real shop is refused in the user’s language', async () => {
    const f = folder()
    expect((await cli(f.db, 'demo')).code).toBe(0)
    expect(JSON.parse((await cli(f.db, 'status', '--json')).out).demo).toEqual({ importedFiles: 0 })
    const r = await cli(f.db, 'shop', 'start-own', '--json')
    expect(r.code, r.err).toBe(0)
    const value = JSON.parse(r.out) as { backup: { path: string; reason: string; verified: boolean } }
    expect(value.backup).toMatchObject({ reason: 'demo', verified: true })
    expect(JSON.parse((await cli(f.db, 'status', '--json')).out)).toMatchObject({ isEmpty: true, demo: null })
    expect(JSON.parse((await cli(f.db, 'backups', 'list', '--json')).out).map((b: { path: string }) => b.path)).toContain(value.backup.path)

    const again = await cli(f.db, 'shop', 'start-own', '--lang', 'zh-CN')
    expect(again.code).toBe(1)
    expect(again.err).toContain('不是演示店铺')
  })
})
