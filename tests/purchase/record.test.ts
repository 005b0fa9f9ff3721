import { describe, expect, it } from 'vitest'
import { purchaseShop } from './helpers'

describe('recording a purchase list as incoming stock', () => {
  it('creates one open delivery per line with the supplier, expected date and a note naming the list, and the engine counts it', async () => {
    const { s, east, ids } = await purchaseShop()
    const [list] = await s.call('purchase.lists', { supplier: east, key: 'k-0001-abcd', lang: 'zh-CN' })
    const r = await s.call('purchase.record', { supplier: east, key: 'k-0001-abcd', lang: 'zh-CN' })
    expect(r).toMatchObject({ ref: 'PO-20261126-k0001a', alreadyRecorded: false })
    expect(r.incoming.map((i) => [i.merchantCode, i.quantity, i.expectedAt, i.supplierName, i.status, i.note])).toEqual(
      list!.lines.map((l) => [l.merchantCode, l.quantity, l.expectedAt, '华东包装', 'open', '采购单 PO-20261126-k0001a'])
    )
    const open = await s.call('incoming.list', { search: 'PO-20261126-k0001a' })
    expect(open.total).toBe(2)
    // The engine sees the deliveries: nothing more to order from this supplier, and the bottle counts them as incoming.
    const plan = await s.call('engine.reorder', { supplierId: east, includeZero: true })
    const bottle = plan.groups[0]!.lines.find((l) => l.productId === ids.bottle)!
    expect(bottle.incoming).toBe(list!.lines[0]!.quantity)
    expect(plan.groups[0]!.lines.every((l) => l.suggestedQty.value === 0)).toBe(true)
    expect(await s.call('purchase.lists', { supplier: east })).toEqual([expect.objectContaining({ lines: [] })])
  })

  it('the same key recorded twice (a double click) records once and answers with the first deliveries', async () => {
    const { s, east } = await purchaseShop()
    const input = { supplier: east, key: 'double-click-1', lang: 'en' as const }
    const [first, second] = await Promise.all([s.call('purchase.record', input), s.call('purchase.record', input)])
    expect(first.alreadyRecorded).toBe(false)
    expect(second).toMatchObject({ alreadyRecorded: true, ref: first.ref })
    expect(second.incoming.map((i) => i.id)).toEqual(first.incoming.map((i) => i.id))
    expect((await s.call('incoming.list', {})).total).toBe(2)
    expect(first.incoming[0]!.note).toBe(`Purchase list ${first.ref}`)
  })

  it('refuses bad quantities and an empty list, recording nothing', async () => {
    const { s, east, ids } = await purchaseShop()
    expect(
      await s.fail('purchase.record', { supplier: east, key: 'bad-qty-1', quantities: [{ productId: ids.mug, quantity: -3 }] })
    ).toMatchObject({
      messageKey: 'purchase.errors.quantity'
    })
    const none = [
      { productId: ids.mug, quantity: 0 },
      { productId: ids.bottle, quantity: 0 }
    ]
    expect(await s.fail('purchase.record', { supplier: east, key: 'empty-1', quantities: none })).toMatchObject({
      messageKey: 'purchase.errors.empty'
    })
    expect(await s.fail('purchase.record', { supplier: east, key: 'x' })).toMatchObject({ code: 'invalid_input', field: 'key' })
    expect((await s.call('incoming.list', { status: null })).total).toBe(0)
  })

  it('SKUs without a supplier are recorded without one', async () => {
    const { s } = await purchaseShop()
    const r = await s.call('purchase.record', { supplier: 'none', key: 'no-supplier-1' })
    expect(r.incoming.map((i) => [i.merchantCode, i.supplierId])).toEqual([['NOSUP-1', null]])
  })
})
