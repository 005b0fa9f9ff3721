import { describe, expect, it } from 'vitest'
import { insertOrder, testShop } from '../helpers/shop'

async function shopWithCatalog() {
  const s = testShop()
  s.db.prepare("INSERT INTO suppliers (name, lead_time_days, created_at) VALUES ('义乌杯业', 10, '2026-01-01T00:00:00Z')").run()
  const supplierId = (await s.call('suppliers.list', {}))[0]!.id
  const cup = await s.call('products.create', {
    merchantCode: 'BWB-500-WHT',
    name: '保温杯',
    spec: '500ml 白色',
    priceFen: 3990,
    safetyStock: 5,
    supplierId
  })
  const red = await s.call('products.create', {
    merchantCode: '0012-RED',
    name: '保温杯',
    spec: '500ml 红色',
    priceFen: 3990,
    safetyStock: 5,
    supplierId,
    leadTimeDays: 3
  })
  const lid = await s.call('products.create', { merchantCode: 'LID-01', name: '杯盖 50%off_', spec: '', priceFen: 500 })
  await s.call('stock.move', { productId: cup.id, type: 'receive', quantity: 20 })
  await s.call('stock.move', { productId: red.id, type: 'receive', quantity: 2 })
  return { s, supplierId, cup, red, lid }
}

describe('products (SKUs)', () => {
  it('creates a SKU keeping its merchant code as text, leading zeros included', async () => {
    const { s, red } = await shopWithCatalog()
    expect((await s.call('products.byCode', { merchantCode: '0012-RED' })).id).toBe(red.id)
    expect(red.merchantCode).toBe('0012-RED')
  })

  it('a SKU without its own lead time uses its supplier’s', async () => {
    const { cup, red, lid } = await shopWithCatalog()
    expect(cup.leadTimeDays).toBe(10)
    expect(red.leadTimeDays).toBe(3)
    expect(lid.leadTimeDays).toBe(7)
  })

  it('refuses a second SKU with the same merchant code, naming the field', async () => {
    const { s } = await shopWithCatalog()
    expect(await s.fail('products.create', { merchantCode: 'LID-01', name: 'x' })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.merchant_code_taken',
      field: 'merchantCode',
      params: { code: 'LID-01' }
    })
  })

  it('refuses bad input with the field named: empty name, negative price, codes with spaces, unknown keys', async () => {
    const { s } = await shopWithCatalog()
    expect((await s.fail('products.create', { merchantCode: 'X', name: '   ' })).field).toBe('name')
    expect((await s.fail('products.create', { merchantCode: 'X', name: 'x', priceFen: -1 })).field).toBe('priceFen')
    expect((await s.fail('products.create', { merchantCode: 'X', name: 'x', priceFen: 1.5 })).field).toBe('priceFen')
    expect((await s.fail('products.create', { merchantCode: 'A B', name: 'x' })).field).toBe('merchantCode')
    expect((await s.fail('products.create', { merchantCode: 'X', name: 'x', onHand: 5 })).code).toBe('invalid_input')
    expect(await s.fail('products.create', { merchantCode: 'X', name: 'x', supplierId: 99 })).toMatchObject({
      code: 'not_found',
      field: 'supplierId'
    })
  })

  it('edits a SKU, sets substitutes, and writes the change to the audit log', async () => {
    const { s, cup, red } = await shopWithCatalog()
    const updated = await s.call('products.update', {
      id: cup.id,
      name: '不锈钢保温杯',
      spec: '500ml 白色',
      priceFen: 4590,
      safetyStock: 8,
      substituteIds: [red.id]
    })
    expect(updated).toMatchObject({ name: '不锈钢保温杯', priceFen: 4590, safetyStock: 8, supplierId: null, onHand: 20 })
    expect(updated.substitutes.map((x) => x.merchantCode)).toEqual(['0012-RED'])
    expect((await s.fail('products.update', { id: cup.id, name: 'x', substituteIds: [cup.id] })).field).toBe('substituteIds')
    expect((await s.call('audit.list', {})).rows[0]).toMatchObject({ action: 'product.update', entityId: String(cup.id) })
  })

  it('lists with search (LIKE wildcards taken literally), filters and sorting', async () => {
    const { s, cup, red, lid, supplierId } = await shopWithCatalog()
    expect((await s.call('products.list', { search: '保温' })).total).toBe(2)
    expect((await s.call('products.list', { search: '红色' })).rows.map((r) => r.id)).toEqual([red.id])
    expect((await s.call('products.list', { search: '50%' })).rows.map((r) => r.id)).toEqual([lid.id])
    expect((await s.call('products.list', { search: 'off_' })).rows.map((r) => r.id)).toEqual([lid.id])
    expect((await s.call('products.list', { search: '%' })).rows.map((r) => r.id)).toEqual([lid.id])
    expect((await s.call('products.list', { filter: 'out_of_stock' })).rows.map((r) => r.id)).toEqual([lid.id])
    expect((await s.call('products.list', { filter: 'below_safety' })).rows.map((r) => r.id)).toEqual([red.id])
    expect((await s.call('products.list', { supplierId })).total).toBe(2)
    expect((await s.call('products.list', { sort: 'onHand', dir: 'desc' })).rows.map((r) => r.id)).toEqual([cup.id, red.id, lid.id])
    const page = await s.call('products.list', { sort: 'merchantCode', limit: 2, offset: 1 })
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.merchantCode)).toEqual(['BWB-500-WHT', 'LID-01'])
  })

  it('shows units waiting on awaiting-shipment orders as open demand', async () => {
    const { s, red } = await shopWithCatalog()
    insertOrder(s.db, { orderNo: '261126-000000000000001', lines: [{ productId: red.id, merchantCode: '0012-RED', quantity: 3 }] })
    insertOrder(s.db, {
      orderNo: '261126-000000000000002',
      status: 'shipped',
      lines: [{ productId: red.id, merchantCode: '0012-RED', quantity: 9 }]
    })
    const row = (await s.call('products.list', { filter: 'with_demand' })).rows
    expect(row.map((r) => [r.merchantCode, r.openDemand])).toEqual([['0012-RED', 3]])
  })

  it('getting a SKU that does not exist says not found', async () => {
    const { s } = await shopWithCatalog()
    expect((await s.fail('products.get', { id: 12345 })).code).toBe('not_found')
    expect(await s.fail('products.byCode', { merchantCode: 'NOPE' })).toMatchObject({
      code: 'not_found',
      messageKey: 'errors.sku_not_found'
    })
  })
})
