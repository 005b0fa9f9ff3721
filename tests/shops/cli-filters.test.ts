// Issue #16: `--shop NAME|ID` on orders list, triage, queue list, report and export orders.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { FIXED_NOW, insertOrder, tempDir, testShop } from '../helpers/shop'

const at = (h: number): string => new Date(FIXED_NOW.getTime() + h * 3_600_000).toISOString()
let cleanup = (): void => {}
afterEach(() => cleanup())

/** A shop file with two Pinduoduo shops sharing one unit of CUP, an order in each. */
async function shopFile(): Promise<{ db: string; dir: string }> {
  const t = tempDir()
  cleanup = t.cleanup
  const db = join(t.dir, 'shop.db')
  const s = testShop(db)
  const a = (await s.call('shops.add', { platform: 'pdd', name: '店铺A' })).id
  const b = (await s.call('shops.add', { platform: 'pdd', name: '店铺B' })).id
  const cup = (await s.call('products.create', { merchantCode: 'CUP', name: '杯子' })).id
  await s.call('stock.move', { productId: cup, type: 'receive', quantity: 1 })
  for (const [no, shop, due] of [
    ['A-1', a, 30],
    ['B-1', b, 5]
  ] as const) {
    const id = insertOrder(s.db, {
      orderNo: no,
      paidAt: at(-3),
      promisedShipAt: at(due),
      lines: [{ productId: cup, merchantCode: 'CUP', quantity: 1 }]
    })
    s.db.prepare('UPDATE orders SET shop_id = ? WHERE id = ?').run(shop, id)
  }
  await s.call('engine.recompute', {})
  s.db.close()
  return { db, dir: t.dir }
}

describe('CLI --shop', () => {
  it('orders list, triage and queue list --shop show only that shop’s orders (by name or by id)', async () => {
    const { db } = await shopFile()
    const orders = JSON.parse((await cli(db, 'orders', 'list', '--shop', '店铺A', '--json')).out) as {
      rows: { orderNo: string; shopId: number; shopName: string }[]
    }
    expect(orders.rows.map((r) => [r.orderNo, r.shopName])).toEqual([['A-1', '店铺A']])
    const triage = JSON.parse((await cli(db, 'triage', '--shop', 'pdd:店铺B', '--json')).out) as {
      orders: { orderNo: string; state: string }[]
    }
    expect(triage.orders).toEqual([expect.objectContaining({ orderNo: 'B-1', state: 'ready', shop: '店铺B' })])
    const all = JSON.parse((await cli(db, 'triage', '--json')).out) as { orders: { orderNo: string; state: string }[] }
    expect(all.orders.find((o) => o.orderNo === 'A-1')?.state).toBe('short')
    const idA = orders.rows[0]!.shopId
    const queue = await cli(db, 'queue', 'list', '--shop', String(idA))
    expect(queue.code).toBe(0)
    expect(queue.out).toContain('A-1')
    const queueB = await cli(db, 'queue', 'list', '--shop', '店铺B')
    expect(queueB.out).not.toContain('A-1')
  })

  it('export orders and report take --shop', async () => {
    const { db, dir } = await shopFile()
    const file = join(dir, 'b.csv')
    expect((await cli(db, 'export', 'orders', file, '--shop', '店铺B')).code).toBe(0)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('B-1')
    expect(text).not.toContain('A-1')
    expect((await cli(db, 'report', 'causes', '--shop', '店铺B', '--json')).code).toBe(0)
  })

  it('an unknown shop is refused with a clear message and exit code 2', async () => {
    const { db } = await shopFile()
    for (const argv of [['orders', 'list'], ['triage'], ['queue', 'list'], ['report', 'causes'], ['export', 'orders', '/tmp/never.csv']]) {
      const r = await cli(db, ...argv, '--shop', '没有的店')
      expect(r.code).toBe(2)
      expect(r.err).toContain('no shop "没有的店"')
      expect(r.err).toContain('店铺A')
    }
  })
})
