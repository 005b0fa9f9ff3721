import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { tempDir } from '../helpers/shop'
import { purchaseShop } from './helpers'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

/** The purchase test shop, copied into a file the CLI can open. */
async function shopFile(): Promise<string> {
  const { s } = await purchaseShop()
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  const path = join(dir, 'shop.sqlite')
  rmSync(path, { force: true })
  await s.db.backup(path)
  s.db.close()
  return path
}

describe('reorder purchase-list on the command line', () => {
  it('prints a supplier’s list with the merchant’s quantities, in the chosen language', async () => {
    const db = await shopFile()
    const r = await cli(
      db,
      'reorder',
      'purchase-list',
      '--supplier',
      '华东包装',
      '--qty',
      'MUG-01=7',
      '--qty',
      'BWB-500-WHT=0',
      '--lang',
      'zh-CN',
      '--key',
      'cli-key-1'
    )
    expect(r.code).toBe(0)
    expect(r.out).toContain('【采购单】PO-20261126-clikey')
    expect(r.out).toContain('1. MUG-01 马克杯 350ml × 7 件，预计 2026-11-29 到货')
    expect(r.out).toContain('合计：1 款，共 7 件')
    expect(r.out).not.toContain('BWB-500-WHT')
  })

  it('--record --json adds the deliveries once and returns the lists and what was recorded', async () => {
    const db = await shopFile()
    const args = ['reorder', 'purchase-list', '--supplier', '义乌日用', '--record', '--json', '--key', 'cli-record-1']
    const first = JSON.parse((await cli(db, ...args)).out)
    expect(first.lists[0].lines.map((l: { merchantCode: string }) => l.merchantCode)).toEqual(['BAG-02'])
    expect(first.recorded[0]).toMatchObject({
      alreadyRecorded: false,
      incoming: [{ merchantCode: 'BAG-02', quantity: 1, supplierName: '义乌日用' }]
    })
    const again = JSON.parse((await cli(db, ...args)).out)
    expect(again.recorded).toEqual([])
    const incoming = JSON.parse((await cli(db, 'incoming', 'list', '--json')).out)
    expect(incoming.total).toBe(1)
  })

  it('lists every supplier, the SKUs without one with a hint, and refuses a bad quantity with its message', async () => {
    const db = await shopFile()
    const all = await cli(db, 'reorder', 'purchase-list', '--lang', 'en')
    expect(all.out).toContain('Supplier: 华东包装')
    expect(all.out).toContain('Supplier: (no supplier yet)')
    expect(all.out).toContain('These SKUs have no supplier')
    // Every supplier's list has its own reference.
    const refs = [...all.out.matchAll(/【Purchase list】(PO-\S+)/g)].map((m) => m[1])
    expect(refs).toHaveLength(3)
    expect(new Set(refs).size).toBe(3)
    // Recording them all, a quantity of one supplier's SKU goes to that supplier's list only.
    const rec = JSON.parse((await cli(db, 'reorder', 'purchase-list', '--qty', 'MUG-01=0', '--qty', 'BAG-02=9', '--record', '--json')).out)
    expect(
      rec.recorded
        .flatMap((r: { incoming: { merchantCode: string; quantity: number }[] }) =>
          r.incoming.map((i) => `${i.merchantCode}×${i.quantity}`)
        )
        .sort()
    ).toEqual(['BAG-02×9', 'BWB-500-WHT×5', 'NOSUP-1×2'])
    const bad = await cli(db, 'reorder', 'purchase-list', '--supplier', '义乌日用', '--qty', 'BAG-02=-2', '--record', '--lang', 'en')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toContain('The quantity of BAG-02 must be a whole number')
    expect(JSON.parse((await cli(db, 'incoming', 'list', '--json')).out).total).toBe(3)
  })
})
