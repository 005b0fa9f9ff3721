// Hand-built histories for the review's aggregates: suppliers, SKUs, orders,
// stockout cases and deliveries written straight into the tables the review
// reads, with times chosen around the shop's day and week boundaries. The clock
// is FIXED_NOW (Thursday 2026-11-26, 10:00 in Shanghai).
import { testShop, type TestShop } from '../helpers/shop'
import type { Platform } from '../../src/shared/types'

/** A moment given as Shanghai wall time, "2026-11-01 00:00" → UTC ISO. */
export const cst = (wall: string): string => new Date(`${wall.replace(' ', 'T')}:00+08:00`).toISOString()

export interface CaseSpec {
  order: number
  opened: string
  cause?: string | null
  supplier?: number | null
  cancelled?: boolean
  refundFen?: number | null
  compensationFen?: number
  lacking?: number[]
  closed?: boolean
  platform?: Platform
  note?: string
}

export interface ReviewShop extends TestShop {
  supplier: (name: string, leadTimeDays?: number) => number
  sku: (code: string, o?: { priceFen?: number; costFen?: number; supplier?: number | null }) => number
  order: (
    orderNo: string,
    o: { platform?: Platform; status?: string; paidAt?: string | null; paidFen?: number; lines: { sku: number | null; qty: number; amountFen?: number }[] }
  ) => number
  kase: (c: CaseSpec) => number
  delivery: (d: {
    sku: number
    supplier: number | null
    qty: number
    orderedAt: string | null
    expectedAt: string
    status?: 'open' | 'received' | 'cancelled'
    receivedAt?: string
    receivedQty?: number
  }) => number
}

export function reviewShop(now?: () => Date): ReviewShop {
  const s = testShop(':memory:', now)
  const db = s.db
  const stamp = '2026-09-01T00:00:00.000Z'
  const platformOf = new Map<number, Platform>()
  return {
    ...s,
    supplier: (name, leadTimeDays = 7) =>
      Number(db.prepare('INSERT INTO suppliers (name, lead_time_days, created_at) VALUES (?, ?, ?)').run(name, leadTimeDays, stamp).lastInsertRowid),
    sku: (code, o = {}) =>
      Number(
        db
          .prepare(
            'INSERT INTO products (merchant_code, name, spec, price_fen, unit_cost_fen, supplier_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
          )
          .run(code, `商品 ${code}`, '', o.priceFen ?? 3000, o.costFen ?? 1000, o.supplier ?? null, stamp, stamp).lastInsertRowid
      ),
    order: (orderNo, o) => {
      const platform = o.platform ?? 'pdd'
      const paidFen = o.paidFen ?? o.lines.reduce((sum, l) => sum + (l.amountFen ?? 0), 0)
      const id = Number(
        db
          .prepare(
            'INSERT INTO orders (platform, order_no, status, paid_fen, paid_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
          )
          .run(platform, orderNo, o.status ?? 'cancelled', paidFen, o.paidAt === undefined ? stamp : o.paidAt, stamp, stamp).lastInsertRowid
      )
      o.lines.forEach((l, i) =>
        db
          .prepare('INSERT INTO order_lines (order_id, line_no, merchant_code, quantity, amount_fen, product_id) VALUES (?, ?, ?, ?, ?, ?)')
          .run(id, i + 1, `CODE-${l.sku ?? 'X'}`, l.qty, l.amountFen ?? 0, l.sku)
      )
      platformOf.set(id, platform)
      return id
    },
    kase: (c) => {
      const cancelled = c.cancelled ?? true
      const cause = c.cause === undefined ? 'supplier_late' : c.cause
      const closed = (c.closed ?? true) && cause !== null
      // By default a cancelled order was refunded in full.
      const paid = (db.prepare('SELECT paid_fen AS p FROM orders WHERE id = ?').get(c.order) as { p: number }).p
      const refund = c.refundFen === undefined ? (cancelled ? paid : null) : c.refundFen
      return Number(
        db
          .prepare(
            `INSERT INTO queue_cases (order_id, platform, step, situation, opened_at, updated_at, closed_at, lacking,
               cancel_reason, cancelled_at, refund_fen, refunded_at, compensation_fen, cause_code, cause_supplier_id, cause_note, caused_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(
            c.order,
            c.platform ?? platformOf.get(c.order) ?? 'pdd',
            closed ? 'closed' : cause === null ? 'cause' : 'close',
            cancelled ? 'cancelled' : 'shipped',
            c.opened,
            c.opened,
            closed ? c.opened : null,
            JSON.stringify(c.lacking ?? []),
            cancelled ? '缺货' : null,
            cancelled ? c.opened : null,
            refund,
            refund === null ? null : c.opened,
            c.compensationFen ?? 0,
            cause,
            c.supplier ?? null,
            c.note ?? '',
            cause === null ? null : c.opened
          ).lastInsertRowid
      )
    },
    delivery: (d) => {
      const status = d.status ?? 'received'
      let movementId: number | null = null
      if (status === 'received') {
        movementId = Number(
          db
            .prepare(`INSERT INTO stock_movements (product_id, type, quantity, reason, created_at) VALUES (?, 'receive', ?, '', ?)`)
            .run(d.sku, d.receivedQty ?? d.qty, d.receivedAt ?? d.expectedAt).lastInsertRowid
        )
      }
      return Number(
        db
          .prepare(
            `INSERT INTO incoming_stock (product_id, supplier_id, quantity, ordered_at, expected_at, status, received_at, movement_id, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(d.sku, d.supplier, d.qty, d.orderedAt, d.expectedAt, status, status === 'received' ? (d.receivedAt ?? d.expectedAt) : null, movementId, stamp)
          .lastInsertRowid
      )
    }
  }
}
