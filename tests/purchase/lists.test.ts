import { describe, expect, it } from 'vitest'
import { purchaseShop } from './helpers'

describe('purchase lists from the reorder suggestions', () => {
  it('a supplier’s list in Chinese names the shop, supplier and date, each line with code, name, spec, quantity and expected date, and a total', async () => {
    const { s, east } = await purchaseShop()
    const plan = await s.call('engine.reorder', { supplierId: east })
    const suggested = new Map(plan.groups[0]!.lines.map((l) => [l.merchantCode, l.suggestedQty.value]))
    const [list] = await s.call('purchase.lists', { supplier: east, lang: 'zh-CN', shopName: '小杯子旗舰店', key: 'abc123def' })
    expect(list!.lines.map((l) => [l.merchantCode, l.quantity])).toEqual([
      ['BWB-500-WHT', suggested.get('BWB-500-WHT')],
      ['MUG-01', suggested.get('MUG-01')]
    ])
    const b = suggested.get('BWB-500-WHT')!
    const m = suggested.get('MUG-01')!
    expect(b).toBeGreaterThanOrEqual(3)
    // TEST_NOW is 2026-11-26 10:00 in Shanghai: the bottle comes in its supplier's 5 days, the mug in its own 3.
    expect(list!.text).toBe(
      [
        '【采购单】PO-20261126-abc123',
        '店铺：小杯子旗舰店',
        '供应商：华东包装',
        '日期：2026-11-26',
        '',
        `1. BWB-500-WHT 保温杯 500ml 白色 × ${b} 件，预计 2026-12-01 到货`,
        `2. MUG-01 马克杯 350ml × ${m} 件，预计 2026-11-29 到货`,
        '',
        `合计：2 款，共 ${b + m} 件`
      ].join('\n')
    )
    expect(list).toMatchObject({ supplierName: '华东包装', ref: 'PO-20261126-abc123', totalUnits: b + m, totalCostFen: (b + m) * 1200 })
  })

  it('the same list in English, without a shop name when none is known', async () => {
    const { s, yiwu } = await purchaseShop()
    const [list] = await s.call('purchase.lists', { supplier: yiwu, lang: 'en' })
    expect(list!.text).toBe(
      [
        '【Purchase list】',
        'Supplier: 义乌日用',
        'Date: 2026-11-26',
        '',
        '1. BAG-02 帆布袋 大号 × 1, expected by 2026-12-06',
        '',
        'Total: 1 items, 1 units'
      ].join('\n')
    )
  })

  it('every supplier with something to order gets a list, and SKUs without a supplier get their own', async () => {
    const { s, east, yiwu } = await purchaseShop()
    const lists = await s.call('purchase.lists', { lang: 'zh-CN' })
    expect(lists.map((l) => l.supplierId).sort()).toEqual([east, yiwu, null].sort())
    const loose = lists.find((l) => l.supplierId === null)!
    expect(loose.lines.map((l) => l.merchantCode)).toEqual(['NOSUP-1'])
    expect(loose.text).toContain('供应商：（尚未设置供应商）')
    expect((await s.call('purchase.lists', { supplier: 'none', lang: 'en' }))[0]!.lines).toHaveLength(1)
  })

  it('the merchant’s quantities replace the suggestion: 0 drops a line, a number adds a SKU with no suggestion', async () => {
    const { s, east, ids } = await purchaseShop()
    const [list] = await s.call('purchase.lists', {
      supplier: east,
      quantities: [
        { productId: ids.mug, quantity: 0 },
        { productId: ids.full, quantity: 6 },
        { productId: ids.bottle, quantity: 20 }
      ]
    })
    expect(list!.lines.map((l) => [l.merchantCode, l.quantity])).toEqual([
      ['BWB-500-WHT', 20],
      ['OK-1', 6]
    ])
    expect(list!.text).toContain('合计：2 款，共 26 件')
  })

  it('a bad quantity or a SKU of another supplier is refused with a message naming the SKU', async () => {
    const { s, east, ids } = await purchaseShop()
    for (const quantity of [-1, 2.5, 1_000_001]) {
      expect(await s.fail('purchase.lists', { supplier: east, quantities: [{ productId: ids.mug, quantity }] })).toMatchObject({
        code: 'invalid_input',
        messageKey: 'purchase.errors.quantity',
        params: { code: 'MUG-01' }
      })
    }
    expect(await s.fail('purchase.lists', { supplier: east, quantities: [{ productId: ids.bag, quantity: 2 }] })).toMatchObject({
      messageKey: 'purchase.errors.otherSupplier',
      params: { code: 'BAG-02' }
    })
    expect(await s.fail('purchase.lists', { supplier: east, quantities: [{ productId: 9999, quantity: 2 }] })).toMatchObject({
      messageKey: 'purchase.errors.unknownSku'
    })
  })
})
