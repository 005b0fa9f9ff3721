// Small shops for the engine's tests, built through the contract (products,
// stock, deliveries) with orders inserted directly, then recomputed. Times are
// relative to FIXED_NOW (2026-11-26 10:00 in Shanghai, 02:00 UTC).
import { FIXED_NOW, insertOrder, testShop, type TestShop } from '../helpers/shop'
import type { TriageRow } from '../../src/shared/engine-types'
import { formatEngineMessage } from '../../src/shared/engine-format'

export const HOUR = 3_600_000
export const at = (hours: number): string => new Date(FIXED_NOW.getTime() + hours * HOUR).toISOString()

export interface EngineShop extends TestShop {
  sku: (code: string, opts?: { onHand?: number; safety?: number; leadTimeDays?: number; substitutes?: string[]; supplier?: number | null }) => Promise<number>
  id: (code: string) => number
  order: (
    orderNo: string,
    lines: [code: string | null, quantity: number][],
    opts?: { deadline?: number | null; paid?: number | null; paidFen?: number; platform?: string; status?: string }
  ) => number
  incoming: (code: string, quantity: number, etaHours: number) => Promise<number>
  recompute: () => Promise<void>
  triage: (now?: string) => Promise<Map<string, TriageRow>>
  reason: (row: TriageRow | undefined, lang?: 'en' | 'zh-CN') => string
}

export function engineShop(now?: () => Date): EngineShop {
  const shop = testShop(':memory:', now)
  const ids = new Map<string, number>()
  const self: EngineShop = {
    ...shop,
    sku: async (code, o = {}) => {
      const p = await shop.call('products.create', {
        merchantCode: code,
        name: `商品 ${code}`,
        safetyStock: o.safety ?? 0,
        leadTimeDays: o.leadTimeDays ?? null,
        supplierId: o.supplier ?? null,
        substituteIds: (o.substitutes ?? []).map((s) => self.id(s))
      })
      ids.set(code, p.id)
      if (o.onHand) await shop.call('stock.move', { productId: p.id, type: 'receive', quantity: o.onHand })
      return p.id
    },
    id: (code) => {
      const id = ids.get(code)
      if (id === undefined) throw new Error(`no SKU ${code} in this test shop`)
      return id
    },
    order: (orderNo, lines, o = {}) => {
      const id = insertOrder(shop.db, {
        orderNo,
        platform: o.platform ?? 'pdd',
        status: o.status ?? 'awaiting_shipment',
        paidFen: o.paidFen ?? 1000,
        paidAt: o.paid === null ? null : at(o.paid ?? -10),
        promisedShipAt: o.deadline === null ? null : at(o.deadline ?? 24),
        lines: lines.map(([code, quantity]) => ({ productId: code === null ? null : self.id(code), merchantCode: code ?? 'UNKNOWN-CODE', quantity }))
      })
      // insertOrder fills a missing paid time with now; an order without one is set here.
      if (o.paid === null) shop.db.prepare('UPDATE orders SET paid_at = NULL WHERE id = ?').run(id)
      return id
    },
    incoming: async (code, quantity, etaHours) => (await shop.call('incoming.add', { productId: self.id(code), quantity, expectedAt: at(etaHours) })).id,
    recompute: async () => {
      await shop.call('engine.recompute', {})
    },
    triage: async (now) => {
      const page = await shop.call('engine.triage', { now: now ?? null, sort: 'urgency', limit: 1000 })
      return new Map(page.rows.map((r) => [r.orderNo, r]))
    },
    reason: (row, lang = 'en') => (row?.reason ? formatEngineMessage(lang, row.reason, 'Asia/Shanghai') : '')
  }
  return self
}

/** Stored engine tables as text, to compare before and after. */
export function storedResults(shop: TestShop): string {
  return JSON.stringify(
    ['engine_state', 'engine_orders', 'engine_actions', 'engine_skus', 'engine_demand'].map((t) => shop.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())
  )
}
