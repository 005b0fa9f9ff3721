// Issue #16: the demo shop has several shops on one stock room, deterministically.
import { describe, expect, it } from 'vitest'
import { loadDemoShop } from '../../src/main/core/demo/load'
import { DEMO_SECOND_PDD } from '../../src/main/core/demo/shops'
import { testShop } from '../helpers/shop'

function demo(seed: number) {
  const s = testShop()
  loadDemoShop(s.ctx, { seed })
  return s
}

describe('demo shops', () => {
  it('gives the demo two Pinduoduo shops and one per other platform, every order in a shop of its platform', async () => {
    const s = demo(7)
    const shops = await s.call('shops.list', {})
    expect(shops.filter((x) => x.platform === 'pdd').map((x) => x.name)).toEqual(['拼多多旗舰店', DEMO_SECOND_PDD])
    expect(shops.some((x) => x.platform === 'taobao')).toBe(true)
    expect(shops.every((x) => x.orders > 0)).toBe(true)
    const stray = s.db
      .prepare('SELECT COUNT(*) AS n FROM orders o LEFT JOIN shops x ON x.id = o.shop_id WHERE x.id IS NULL OR x.platform <> o.platform')
      .get() as { n: number }
    expect(stray.n).toBe(0)
  })

  it('is deterministic: the same seed gives the same shops and the same order of each', () => {
    const dump = (seed: number): string =>
      JSON.stringify(demo(seed).db.prepare('SELECT o.order_no, s.name FROM orders o JOIN shops s ON s.id = o.shop_id ORDER BY o.id').all())
    expect(dump(3)).toBe(dump(3))
  })

  it('the second Pinduoduo shop’s lists count only its orders, and the queue filtered to it only its cases', async () => {
    const s = demo(7)
    const second = (await s.call('shops.list', {})).find((x) => x.name === DEMO_SECOND_PDD)!
    const orders = await s.call('orders.list', { shopId: second.id, limit: 1000 })
    expect(orders.total).toBe(second.orders)
    expect(orders.rows.every((r) => r.shopName === DEMO_SECOND_PDD)).toBe(true)
    const all = await s.call('queue.counts', {})
    const one = await s.call('queue.counts', { shopId: second.id })
    expect(one.open).toBeGreaterThan(0)
    expect(one.open).toBeLessThan(all.open)
    const rows = await s.call('queue.list', { shopId: second.id, limit: 1000 })
    expect(rows.rows.every((r) => r.shopName === DEMO_SECOND_PDD)).toBe(true)
  })
})

describe('alerts per shop on the demo', () => {
  it('the shops’ totals add up to the whole shop’s, and each shop’s short-order alert counts its own', async () => {
    const s = demo(7)
    const whole = await s.call('engine.alerts', {})
    const per = await Promise.all((await s.call('shops.list', {})).map((x) => s.call('engine.alerts', { shopId: x.id })))
    for (const k of [
      'openOrders',
      'readyOrders',
      'shortOrders',
      'unmappedOrders',
      'wait',
      'substitute',
      'cancel',
      'lateFenShort',
      'stockoutFenShort'
    ] as const) {
      expect(per.reduce((sum, a) => sum + a.summary[k], 0)).toBe(whole.summary[k])
    }
    expect(per.reduce((sum, a) => sum + a.overdueShort, 0)).toBe(whole.overdueShort)
    for (const a of per) expect(a.groups.find((g) => g.kind === 'short_order')!.count).toBe(a.summary.shortOrders)
  })
})
