// Issue #16 point 1, shops: stock is shared and allocation shop-blind, while every
// list, count and review can be narrowed to one shop.
import { describe, expect, it } from 'vitest'
import { engineShop, type EngineShop } from '../engine/helpers'

/** Two Pinduoduo shops drawing on one SKU with one unit; the order of shop B is due first. */
async function twoShops(): Promise<{ s: EngineShop; a: number; b: number }> {
  const s = engineShop()
  const a = (await s.call('shops.add', { platform: 'pdd', name: '拼多多店铺 A' })).id
  const b = (await s.call('shops.add', { platform: 'pdd', name: '拼多多店铺 B' })).id
  await s.sku('CUP', { onHand: 1 })
  const late = s.order('A-LATE', [['CUP', 1]], { deadline: 30, paid: -20 })
  const soon = s.order('B-SOON', [['CUP', 1]], { deadline: 5, paid: -2 })
  const none = s.order('NO-SHOP', [['CUP', 1]], { deadline: 40, paid: -1 })
  const set = s.db.prepare('UPDATE orders SET shop_id = ? WHERE id = ?')
  set.run(a, late)
  set.run(b, soon)
  set.run(null, none)
  await s.recompute()
  return { s, a, b }
}

describe('shop filters over one shared stock', () => {
  it('allocation is shop-blind: the earliest deadline gets the unit whichever shop sold it', async () => {
    const { s } = await twoShops()
    const t = await s.triage()
    expect(t.get('B-SOON')).toMatchObject({ state: 'ready', shopName: '拼多多店铺 B' })
    expect(t.get('A-LATE')).toMatchObject({ state: 'short', shopName: '拼多多店铺 A' })
    expect(t.get('NO-SHOP')).toMatchObject({ state: 'short', shopId: null, shopName: null })
  })

  it('the orders list and the 待发货 list show only the chosen shop, and an order with no shop matches no shop', async () => {
    const { s, a, b } = await twoShops()
    const listA = await s.call('orders.list', { shopId: a })
    expect(listA.rows.map((r) => [r.orderNo, r.shopName])).toEqual([['A-LATE', '拼多多店铺 A']])
    expect(listA.total).toBe(1)
    expect((await s.call('orders.list', {})).total).toBe(3)
    const shortB = await s.call('engine.triage', { shopId: b, state: 'short' })
    expect(shortB.total).toBe(0)
    const awaitingB = await s.call('engine.triage', { shopId: b })
    expect(awaitingB.rows.map((r) => r.orderNo)).toEqual(['B-SOON'])
  })

  it('the orders export under a shop holds only that shop’s orders', async () => {
    const { s, a } = await twoShops()
    const file = await s.call('export.orders', { format: 'csv', lang: 'en', shopId: a })
    const text = Buffer.from(file.bytes).toString('utf8')
    expect(text).toContain('A-LATE')
    expect(text).not.toContain('B-SOON')
    expect(text).not.toContain('NO-SHOP')
  })

  it('alerts for one shop count only its short orders; all shops count every one', async () => {
    const { s, a, b } = await twoShops()
    const short = async (shopId: number | null) => (await s.call('engine.alerts', { shopId })).groups.find((g) => g.kind === 'short_order')!
    expect((await short(null)).count).toBe(2)
    expect((await short(a)).count).toBe(1)
    expect((await short(a)).items.map((i) => i.orderNo)).toEqual(['A-LATE'])
    expect((await short(b)).count).toBe(0)
    const outA = (await s.call('engine.alerts', { shopId: a })).groups.find((g) => g.kind === 'out_of_stock')!
    expect(outA.count).toBe(1)
    expect(outA.items[0]!.orderIds).toHaveLength(1)
    const outB = (await s.call('engine.alerts', { shopId: b })).groups.find((g) => g.kind === 'out_of_stock')!
    expect(outB.count).toBe(0)
  })

  it('the queue filtered to one shop lists and counts only its cases', async () => {
    const { s, a, b } = await twoShops()
    expect((await s.call('queue.list', {})).total).toBe(2)
    const listA = await s.call('queue.list', { shopId: a })
    expect(listA.rows.map((r) => [r.orderNo, r.shopName])).toEqual([['A-LATE', '拼多多店铺 A']])
    expect((await s.call('queue.counts', { shopId: a })).open).toBe(1)
    expect((await s.call('queue.counts', { shopId: b })).open).toBe(0)
    const one = await s.call('queue.get', { caseId: listA.rows[0]!.caseId })
    expect(one.shopName).toBe('拼多多店铺 A')
  })

  it('the review filtered to one shop counts only its cases and its orders', async () => {
    const { s, a, b } = await twoShops()
    for (const r of (await s.call('queue.list', {})).rows) await s.call('queue.cause', { caseId: r.caseId, cause: 'oversell_sync' })
    const all = await s.call('review.data', {})
    const onlyA = await s.call('review.data', { shopId: a })
    const onlyB = await s.call('review.data', { shopId: b })
    expect(all.summary.cases).toBe(2)
    expect(onlyA.summary.cases).toBe(1)
    expect(onlyA.summary.orders).toBe(1)
    expect(onlyB.summary.cases).toBe(0)
    expect(onlyB.summary.orders).toBe(1)
    expect((await s.call('review.cases', { shopId: a })).rows.map((r) => r.orderNo)).toEqual(['A-LATE'])
  })
})
