// A small shop for the purchase-list tests: two suppliers, SKUs short of stock
// with names and specs, one SKU with no supplier and one with nothing to order.
import { insertOrder } from '../helpers/shop'
import { at, engineShop } from '../engine/helpers'

export async function purchaseShop() {
  const s = engineShop()
  const supplier = (name: string, lead: number): number =>
    Number(
      s.db
        .prepare(`INSERT INTO suppliers (name, contact, lead_time_days, note, created_at) VALUES (?, '', ?, '', ?)`)
        .run(name, lead, '2026-11-01T00:00:00.000Z').lastInsertRowid
    )
  const east = supplier('华东包装', 5)
  const yiwu = supplier('义乌日用', 10)
  const sku = async (
    code: string,
    name: string,
    spec: string,
    o: { supplierId: number | null; lead?: number; safety: number; onHand?: number }
  ) => {
    const p = await s.call('products.create', {
      merchantCode: code,
      name,
      spec,
      safetyStock: o.safety,
      supplierId: o.supplierId,
      leadTimeDays: o.lead ?? null,
      unitCostFen: 1200
    })
    if (o.onHand) await s.call('stock.move', { productId: p.id, type: 'receive', quantity: o.onHand })
    return p.id
  }
  const ids = {
    bottle: await sku('BWB-500-WHT', '保温杯', '500ml 白色', { supplierId: east, safety: 2 }),
    mug: await sku('MUG-01', '马克杯', '350ml', { supplierId: east, lead: 3, safety: 4 }),
    full: await sku('OK-1', '杯盖', '', { supplierId: east, safety: 1, onHand: 10 }),
    bag: await sku('BAG-02', '帆布袋', '大号', { supplierId: yiwu, safety: 1 }),
    loose: await sku('NOSUP-1', '杯刷', '', { supplierId: null, safety: 2 })
  }
  insertOrder(s.db, {
    orderNo: 'PDD-1',
    platform: 'pdd',
    status: 'awaiting_shipment',
    paidFen: 1000,
    paidAt: at(-10),
    promisedShipAt: at(12),
    lines: [{ productId: ids.bottle, merchantCode: 'BWB-500-WHT', quantity: 3 }]
  })
  await s.recompute()
  return { s, east, yiwu, ids }
}
