import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/core/dispatch'
import { testShop, type TestShop } from '../helpers/shop'

async function shopWithSku(onHand = 0): Promise<TestShop & { productId: number }> {
  const shop = testShop()
  const p = await shop.call('products.create', { merchantCode: '0012-RED', name: '保温杯', spec: '500ml 红色' })
  if (onHand > 0) await shop.call('stock.move', { productId: p.id, type: 'receive', quantity: onHand, reason: 'opening stock' })
  return { ...shop, productId: p.id }
}

const ledgerSum = (s: TestShop, productId: number): number =>
  (s.db.prepare('SELECT COALESCE(SUM(quantity), 0) AS n FROM stock_movements WHERE product_id = ?').get(productId) as { n: number }).n
const onHand = async (s: TestShop, productId: number): Promise<number> => (await s.call('products.get', { id: productId })).onHand

describe('the stock ledger', () => {
  it('receiving adds to on hand and the movement shows the running balance', async () => {
    const s = await shopWithSku(10)
    const m = await s.call('stock.move', { productId: s.productId, type: 'receive', quantity: 5, reason: '供应商到货' })
    expect(m).toMatchObject({ type: 'receive', quantity: 5, balance: 15, reason: '供应商到货' })
    expect(await onHand(s, s.productId)).toBe(15)
  })

  it('a count records the difference to the counted quantity', async () => {
    const s = await shopWithSku(10)
    const m = await s.call('stock.move', { productId: s.productId, type: 'count', quantity: 7, reason: '月底盘点' })
    expect(m).toMatchObject({ type: 'count', quantity: -3, counted: 7, balance: 7 })
    const same = await s.call('stock.move', { productId: s.productId, type: 'count', quantity: 7 })
    expect(same).toMatchObject({ quantity: 0, counted: 7, balance: 7 })
  })

  it('a movement that would make stock negative is refused and nothing changes', async () => {
    const s = await shopWithSku(3)
    const before = s.db.prepare('SELECT COUNT(*) AS n FROM stock_movements').get()
    const auditBefore = s.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()
    const err = await s.fail('stock.move', { productId: s.productId, type: 'adjust', quantity: -4, reason: '破损' })
    expect(err).toMatchObject({
      code: 'stock_negative',
      messageKey: 'errors.stock_negative',
      params: { onHand: 3, change: -4 },
      field: 'quantity'
    })
    expect(await onHand(s, s.productId)).toBe(3)
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM stock_movements').get()).toEqual(before)
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual(auditBefore)
  })

  it('the schema itself refuses a negative balance even when code skips the check', async () => {
    const s = await shopWithSku(2)
    expect(() =>
      s.db
        .prepare("INSERT INTO stock_movements (product_id, type, quantity, created_at) VALUES (?, 'adjust', -3, '2026-11-26T00:00:00Z')")
        .run(s.productId)
    ).toThrow(/CHECK constraint failed/)
    expect(ledgerSum(s, s.productId)).toBe(2)
    expect(await onHand(s, s.productId)).toBe(2)
  })

  it('movements are append-only: updating or deleting one is refused', async () => {
    const s = await shopWithSku(2)
    expect(() => s.db.prepare('UPDATE stock_movements SET quantity = 100').run()).toThrow(/append-only/)
    expect(() => s.db.prepare('DELETE FROM stock_movements').run()).toThrow(/append-only/)
    expect(await onHand(s, s.productId)).toBe(2)
  })

  it('the same idempotency key twice records the movement once', async () => {
    const s = await shopWithSku(0)
    const a = await s.call('stock.move', { productId: s.productId, type: 'receive', quantity: 4, idempotencyKey: 'dlg-1' })
    const b = await s.call('stock.move', { productId: s.productId, type: 'receive', quantity: 4, idempotencyKey: 'dlg-1' })
    expect(b).toEqual(a)
    expect(await onHand(s, s.productId)).toBe(4)
    expect(s.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'stock.receive'").get()).toEqual({ n: 1 })
  })

  it('reusing an idempotency key for another SKU is refused', async () => {
    const s = await shopWithSku(0)
    const other = await s.call('products.create', { merchantCode: 'B-1', name: '杯盖' })
    await s.call('stock.move', { productId: s.productId, type: 'receive', quantity: 4, idempotencyKey: 'k' })
    expect(await s.fail('stock.move', { productId: other.id, type: 'receive', quantity: 4, idempotencyKey: 'k' })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.idempotency_reused'
    })
    expect(await onHand(s, other.id)).toBe(0)
  })

  it('rejects a receive of zero or fewer units, an adjust of zero and a negative count', async () => {
    const s = await shopWithSku(5)
    expect((await s.fail('stock.move', { productId: s.productId, type: 'receive', quantity: 0 })).field).toBe('quantity')
    expect((await s.fail('stock.move', { productId: s.productId, type: 'receive', quantity: -1 })).field).toBe('quantity')
    expect((await s.fail('stock.move', { productId: s.productId, type: 'adjust', quantity: 0 })).field).toBe('quantity')
    expect((await s.fail('stock.move', { productId: s.productId, type: 'count', quantity: -1 })).field).toBe('quantity')
    expect((await s.fail('stock.move', { productId: s.productId, type: 'receive', quantity: 1.5 })).code).toBe('invalid_input')
    expect((await s.fail('stock.move', { productId: 999, type: 'receive', quantity: 1 })).code).toBe('not_found')
    expect(await onHand(s, s.productId)).toBe(5)
  })

  it('every recorded movement writes an audit entry with its reason', async () => {
    const s = await shopWithSku(0)
    await s.call('stock.move', { productId: s.productId, type: 'receive', quantity: 3, reason: '到货' })
    const audit = (await s.call('audit.list', {})).rows[0]
    expect(audit).toMatchObject({ action: 'stock.receive', entity: 'product', entityId: String(s.productId) })
    expect(JSON.parse(audit!.detail)).toMatchObject({ quantity: 3, reason: '到货' })
  })

  it('property: for any sequence of movements, on hand equals the ledger sum, never goes negative, and refusals change nothing', async () => {
    const op = fc.record({
      sku: fc.integer({ min: 0, max: 2 }),
      type: fc.constantFrom('receive' as const, 'count' as const, 'adjust' as const),
      quantity: fc.integer({ min: -30, max: 30 }),
      key: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined })
    })
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const s = testShop()
        const ids: number[] = []
        for (const c of ['A', 'B', 'C']) ids.push((await s.call('products.create', { merchantCode: c, name: c })).id)
        const model = new Map(ids.map((id) => [id, 0]))
        const keys = new Map<string, { sku: number; type: string }>()
        for (const o of ops) {
          const id = ids[o.sku]!
          const cur = model.get(id)!
          // An invalid request is refused first; a valid one whose key was used before replays (same SKU and
          // type) or is refused (anything else); otherwise it applies unless stock would go negative.
          const valid = o.type === 'receive' ? o.quantity > 0 : o.type === 'adjust' ? o.quantity !== 0 : o.quantity >= 0
          const next = o.type === 'count' ? o.quantity : cur + o.quantity
          let expected: number | 'refused'
          if (!valid) expected = 'refused'
          else if (o.key && keys.has(o.key)) {
            const k = keys.get(o.key)!
            expected = k.sku === o.sku && k.type === o.type ? cur : 'refused'
          } else expected = next >= 0 ? next : 'refused'
          const r = await dispatch(s.handlers, 'stock.move', {
            productId: id,
            type: o.type,
            quantity: o.quantity,
            reason: '',
            idempotencyKey: o.key
          })
          const ok = r.ok
          expect(ok).toBe(expected !== 'refused')
          if (expected !== 'refused') {
            model.set(id, expected)
            if (o.key && !keys.has(o.key)) keys.set(o.key, { sku: o.sku, type: o.type })
          }
          for (const pid of ids) {
            const row = s.db.prepare('SELECT on_hand AS h FROM products WHERE id = ?').get(pid) as { h: number }
            expect(row.h).toBe(ledgerSum(s, pid))
            expect(row.h).toBe(model.get(pid))
            expect(row.h).toBeGreaterThanOrEqual(0)
          }
        }
        s.db.close()
      }),
      { numRuns: 150 }
    )
  })
})
