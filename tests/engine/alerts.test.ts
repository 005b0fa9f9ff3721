import { describe, expect, it } from 'vitest'
import { formatEngineMessage } from '../../src/shared/engine-format'
import { engineShop } from './helpers'

async function shopWithTrouble() {
  const s = engineShop()
  s.db.prepare(`INSERT INTO suppliers (name, created_at) VALUES ('景德镇陶瓷坊', '2026-11-01T00:00:00.000Z')`).run()
  await s.sku('A', { onHand: 1, supplier: 1 })
  await s.sku('B', { onHand: 3, safety: 5 })
  await s.incoming('A', 10, -30) // due yesterday, still open
  s.order('A-READY', [['A', 1]], { deadline: -3 })
  s.order('A-OVERDUE', [['A', 1]], { deadline: -2 })
  s.order('A-SOON', [['A', 2]], { deadline: 4 })
  s.order('A-LATER', [['A', 1]], { deadline: 40 })
  s.order('UNMAPPED-1', [[null, 1]], { deadline: 5 })
  s.order('UNMAPPED-2', [[null, 2]], { deadline: 6 })
  await s.recompute()
  return s
}

describe('the Alerts screen’s data', () => {
  it('lists every kind of alert with its count, in a fixed order', async () => {
    const s = await shopWithTrouble()
    const a = await s.call('engine.alerts', {})
    expect(a.groups.map((g) => [g.kind, g.count])).toEqual([
      ['out_of_stock', 1],
      ['short_order', 3],
      ['incoming_overdue', 1],
      ['run_out', 0],
      ['below_safety', 1],
      ['unmapped', 1]
    ])
    expect(a.summary).toMatchObject({ openOrders: 6, readyOrders: 1, shortOrders: 3, unmappedOrders: 2, lateFenShort: 900 })
    expect(a).toMatchObject({ now: '2026-11-26T02:00:00.000Z', overdueShort: 1, lateFenOverdue: 300 })
  })

  it('out of stock with waiting orders links the SKU and the orders waiting for it, earliest first', async () => {
    const s = await shopWithTrouble()
    const g = (await s.call('engine.alerts', {})).groups.find((x) => x.kind === 'out_of_stock')!
    const orderId = (no: string) => (s.db.prepare('SELECT id FROM orders WHERE order_no = ?').get(no) as { id: number }).id
    expect(g.items[0]).toMatchObject({ severity: 'critical', sku: 'A', productId: s.id('A'), orderIds: [orderId('A-OVERDUE'), orderId('A-SOON'), orderId('A-LATER')] })
    expect(formatEngineMessage('en', g.items[0]!.message, 'Asia/Shanghai')).toBe(
      'A 商品 A: 3 open orders are short of it (4 units); 0 available, 10 on the way.'
    )
  })

  it('short orders come most urgent first, overdue ones at the top, with hours left for a countdown', async () => {
    const s = await shopWithTrouble()
    const g = (await s.call('engine.alerts', {})).groups.find((x) => x.kind === 'short_order')!
    expect(g.items.map((i) => [i.orderNo, i.hoursLeft, i.severity])).toEqual([
      ['A-OVERDUE', -2, 'critical'],
      ['A-SOON', 4, 'critical'],
      ['A-LATER', 40, 'warning']
    ])
    expect(g.items[0]).toMatchObject({ platform: 'pdd', sku: 'A', orderIds: [expect.any(Number)] })
    expect(formatEngineMessage('zh-CN', g.items[0]!.message, 'Asia/Shanghai')).toBe('拼多多订单 A-OVERDUE 缺 A；承诺发货时间 11-26 08:00，延迟发货赔付 ¥3。')
  })

  it('overdue deliveries name the supplier’s SKU, the due date and the orders waiting', async () => {
    const s = await shopWithTrouble()
    const g = (await s.call('engine.alerts', {})).groups.find((x) => x.kind === 'incoming_overdue')!
    expect(g.items[0]).toMatchObject({ severity: 'critical', sku: 'A', incomingId: expect.any(Number) })
    expect(formatEngineMessage('en', g.items[0]!.message, 'Asia/Shanghai')).toBe(
      '10 units of A from 景德镇陶瓷坊 were due 11-25 04:00 and have not arrived; 3 orders are waiting.'
    )
  })

  it('below safety stock compares what is available to promise with the safety stock set on the SKU', async () => {
    const s = await shopWithTrouble()
    const g = (await s.call('engine.alerts', {})).groups.find((x) => x.kind === 'below_safety')!
    expect(g.items).toEqual([expect.objectContaining({ sku: 'B', severity: 'info', message: { key: 'engine.alerts.below_safety', params: { sku: 'B', available: 3, safetyStock: 5 } } })])
  })

  it('unmapped merchant codes are listed with the orders that carry them', async () => {
    const s = await shopWithTrouble()
    const g = (await s.call('engine.alerts', {})).groups.find((x) => x.kind === 'unmapped')!
    expect(g.items).toEqual([expect.objectContaining({ sku: 'UNKNOWN-CODE', orderIds: [expect.any(Number), expect.any(Number)] })])
    expect(g.items[0]!.message.params).toEqual({ code: 'UNKNOWN-CODE', orders: 2 })
  })

  it('returns at most `limit` items per kind but always the full count', async () => {
    const s = await shopWithTrouble()
    const g = (await s.call('engine.alerts', { limit: 1 })).groups.find((x) => x.kind === 'short_order')!
    expect([g.count, g.items.length]).toEqual([3, 1])
  })
})
