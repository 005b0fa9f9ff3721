// Each cause rule: a small shop holding that rule's evidence gets that suggestion,
// with its facts in words; a shop without evidence gets none.
import { describe, expect, it } from 'vitest'
import { at } from '../engine/helpers'
import { formatEngineMessage } from '../../src/shared/engine-format'
import { queueShop, type QueueShop } from '../queue/helpers'

const TZ = 'Asia/Shanghai'

/** SKU A out of stock, one short order O1 for 2 units (deadline in 20 h, paid 1 h ago), its case opened now. */
async function shortShop(setup?: (s: QueueShop) => Promise<void> | void, skuOpts: { safety?: number; openedHoursAgo?: number } = {}) {
  const s = queueShop()
  await s.sku('A', { onHand: 0, safety: skuOpts.safety })
  await setup?.(s)
  s.order('O1', [['A', 2]], { deadline: 20, paid: -1 })
  await s.recompute()
  const c = await s.caseOf('O1')
  // The stock ran out when the case opened.
  if (skuOpts.openedHoursAgo) s.db.prepare('UPDATE queue_cases SET opened_at = ? WHERE id = ?').run(at(-skuOpts.openedHoursAgo), c.caseId)
  const suggestion = await s.call('queue.suggestCause', { caseId: c.caseId })
  const words = (lang: 'en' | 'zh-CN') => (suggestion?.facts ?? []).map((f) => formatEngineMessage(lang, f, TZ))
  return { s, c, suggestion, words }
}

const move = (s: QueueShop, code: string, type: string, quantity: number, hoursAgo: number, counted: number | null = null) =>
  s.db
    .prepare('INSERT INTO stock_movements (product_id, type, quantity, counted, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(s.id(code), type, quantity, counted, at(-hoursAgo))

const delivery = (s: QueueShop, code: string, o: { quantity: number; expected: number; status?: string; received?: number | null; got?: number }) => {
  let movementId: number | null = null
  if (o.status === 'received') movementId = Number(move(s, code, 'receive', o.got ?? o.quantity, -(o.received ?? 0)).lastInsertRowid)
  s.db
    .prepare(
      `INSERT INTO incoming_stock (product_id, quantity, ordered_at, expected_at, status, received_at, movement_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(s.id(code), o.quantity, at(-10 * 24), at(o.expected), o.status ?? 'open', o.status === 'received' ? at(o.received ?? 0) : null, movementId, at(-10 * 24))
}

describe('the cause suggested for a case, with its evidence', () => {
  it('a case with no evidence gets no suggestion', async () => {
    const { suggestion } = await shortShop()
    expect(suggestion).toBeNull()
  })

  it('a delivery due before the deadline that has not come suggests 供应商延迟 with its dates', async () => {
    const { suggestion, words } = await shortShop((s) => delivery(s, 'A', { quantity: 20, expected: -48 }))
    expect(suggestion?.code).toBe('supplier_late')
    expect(suggestion?.labelZh).toBe('供应商延迟')
    // 48 hours before 2026-11-26 10:00 Shanghai.
    expect(words('en')[0]).toContain('due 11-24 10:00')
    expect(words('zh-CN')[0]).toContain('至今未到')
  })

  it('a delivery that only came after the stock ran out suggests 供应商延迟 too', async () => {
    // Expected three days before, the stock ran out 5 h ago, the delivery came 3 h ago and went to other orders.
    const { suggestion, words } = await shortShop(
      (s) => {
        delivery(s, 'A', { quantity: 5, expected: -72, status: 'received', received: -3, got: 5 })
        move(s, 'A', 'ship', -5, 2)
      },
      { openedHoursAgo: 5 }
    )
    expect(suggestion?.code).toBe('supplier_late')
    expect(words('en')[0]).toContain('was due 11-23 10:00 (deadline 11-27 06:00) and only came 11-26 07:00')
  })

  it('a cancelled delivery suggests 供应商断货', async () => {
    const { suggestion, words } = await shortShop((s) => delivery(s, 'A', { quantity: 20, expected: -24, status: 'cancelled' }))
    expect(suggestion?.code).toBe('supplier_shortage')
    expect(words('en')[0]).toBe('A delivery of 20 × A due 11-25 10:00 was cancelled.')
  })

  it('a delivery received short suggests 供应商断货 with what came', async () => {
    const { suggestion, words } = await shortShop((s) => {
      delivery(s, 'A', { quantity: 20, expected: -30, status: 'received', received: -30, got: 5 })
      move(s, 'A', 'ship', -5, 20)
    })
    expect(suggestion?.code).toBe('supplier_shortage')
    expect(words('zh-CN')[0]).toContain('只收到 5 件')
  })

  it('a count that removed at least the shortfall shortly before suggests 账实不符', async () => {
    const { suggestion, words } = await shortShop((s) => {
      move(s, 'A', 'receive', 3, 24 * 5)
      move(s, 'A', 'count', -3, 24 * 2, 0)
    })
    expect(suggestion?.code).toBe('count_error')
    expect(words('en')[0]).toBe('A stock count on 11-24 10:00 took 3 × A off the record; this order needs 2.')
  })

  it('an adjustment that removed less than the shortfall suggests nothing', async () => {
    const { suggestion } = await shortShop((s) => {
      move(s, 'A', 'receive', 1, 24 * 5)
      move(s, 'A', 'adjust', -1, 24 * 2)
    })
    expect(suggestion).toBeNull()
  })

  it('on hand below the reorder point for days with nothing on order suggests 补货不及时', async () => {
    const { suggestion, words } = await shortShop(
      (s) => {
        move(s, 'A', 'receive', 4, 24 * 6)
        move(s, 'A', 'ship', -2, 24 * 5)
        move(s, 'A', 'ship', -2, 1)
      },
      { safety: 10 }
    )
    expect(suggestion?.code).toBe('late_reorder')
    expect(words('en')[0]).toContain('below its reorder point of 10, for 3 days')
  })

  it('orders of two shops taking the last units close together suggest 多平台超卖', async () => {
    const { suggestion, words } = await shortShop((s) => {
      move(s, 'A', 'receive', 1, 3)
      const shop = s.db.prepare(`INSERT INTO shops (platform, name, created_at) VALUES ('taobao', '淘宝旗舰店', ?)`).run(at(-100)).lastInsertRowid
      const other = s.order('T1', [['A', 1]], { deadline: 30, paid: -1.5, platform: 'taobao' })
      s.db.prepare('UPDATE orders SET shop_id = ? WHERE id = ?').run(shop, other)
    })
    expect(suggestion?.code).toBe('oversell_sync')
    expect(words('zh-CN')[0]).toContain('淘宝旗舰店')
    expect(words('en')[0]).toContain('within 2 h')
  })

  it('an order of the same shop taking the last units is no oversell', async () => {
    const { suggestion } = await shortShop((s) => {
      move(s, 'A', 'receive', 1, 3)
      s.order('P0', [['A', 1]], { deadline: 30, paid: -1.5 })
    })
    expect(suggestion).toBeNull()
  })

  it('demand in the days before the stockout far above the in-stock average suggests 活动/爆单', async () => {
    const { suggestion, words } = await shortShop((s) => {
      // In stock for four weeks selling 1 a day (shipped), then 15 in the last two days.
      move(s, 'A', 'receive', 60, 24 * 40)
      for (let d = 5; d <= 27; d++) s.order(`H${d}`, [['A', 1]], { paid: -d * 24, status: 'shipped' })
      for (let i = 0; i < 5; i++) s.order(`S${i}`, [['A', 3]], { paid: -30 - i, status: 'shipped' })
      move(s, 'A', 'ship', -60, 2)
    })
    expect(suggestion?.code).toBe('demand_spike')
    expect(words('en')[0]).toMatch(/^17 × A were ordered in the 3 days before the stockout/)
  })

  it('a line linked through a code mapped after the order suggests 商品/编码设置错误', async () => {
    const { suggestion, words } = await shortShop((s) => {
      s.db.prepare(`INSERT INTO sku_mappings (platform, platform_code, product_id, created_at) VALUES ('pdd', 'A', ?, ?)`).run(s.id('A'), at(-0.5))
    })
    expect(suggestion?.code).toBe('listing_error')
    expect(words('en')[0]).toContain('was mapped to A on 11-26 09:30')
  })

  it('a mapping of a code the order does not carry is no evidence', async () => {
    const { suggestion } = await shortShop((s) => {
      s.db.prepare(`INSERT INTO sku_mappings (platform, platform_code, product_id, created_at) VALUES ('pdd', 'PDD-A', ?, ?)`).run(s.id('A'), at(-0.5))
    })
    expect(suggestion).toBeNull()
  })

  it('a bundle defined after the order suggests 商品/编码设置错误', async () => {
    const s = queueShop()
    await s.sku('A', { onHand: 0 })
    const id = s.order('O1', [['A', 2]], { deadline: 20, paid: -5 })
    s.db.prepare(`UPDATE order_lines SET merchant_code = 'BOX-A' WHERE order_id = ?`).run(id)
    s.db.prepare(`INSERT INTO bundles (code, name, created_at, updated_at) VALUES ('BOX-A', '', ?, ?)`).run(at(-1), at(-1))
    await s.recompute()
    const c = await s.caseOf('O1')
    const suggestion = await s.call('queue.suggestCause', { caseId: c.caseId })
    expect(suggestion?.code).toBe('listing_error')
    expect(formatEngineMessage('zh-CN', suggestion!.facts[0]!, TZ)).toBe('组合装 BOX-A 在 11-26 09:00 才设置，晚于下单时间（11-26 05:00）。')
  })

  it('an unknown case is refused', async () => {
    const s = queueShop()
    expect((await s.fail('queue.suggestCause', { caseId: 999 })).code).toBe('not_found')
  })
})

