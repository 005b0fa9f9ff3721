// The demo shop's queue history (for the supply-chain review of issue #6), and the
// migration that brings the queue to an existing shop.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { CoreContext } from '../../src/main/core/context'
import { openDatabase } from '../../src/main/core/db/open'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src/main/core/db/migrations'
import { dispatch } from '../../src/main/core/dispatch'
import { loadDemoShop } from '../../src/main/core/demo/load'
import { createHandlers } from '../../src/main/core/handlers'
import { stepOf } from '../../src/main/core/queue/steps'
import type { CaseRow } from '../../src/main/core/queue/rows'
import { FIXED_NOW, testShop } from '../helpers/shop'

const ANCHOR = new Date('2026-11-26T02:00:00Z')
const DAY = 86_400_000
const rows = <T>(db: Database.Database, sql: string, ...params: unknown[]): T[] => db.prepare(sql).all(...params) as T[]
const one = (db: Database.Database, sql: string): number => Number(Object.values(db.prepare(sql).get() as object)[0])

function demo(seed = 42): CoreContext {
  const ctx: CoreContext = { db: openDatabase(':memory:'), now: () => ANCHOR, dbPath: ':memory:', appVersion: 'test' }
  loadDemoShop(ctx, { seed })
  return ctx
}

describe('the demo shop’s cancellation queue', () => {
  it('has a closed case with a cause for most orders cancelled for lack of stock, spread over the 60 days', () => {
    const { db } = demo()
    const cancelledForStock = one(db, `SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND merchant_note LIKE '%缺货%'`)
    expect(cancelledForStock).toBeGreaterThan(40)
    const history = rows<CaseRow & { merchant_note: string }>(
      db,
      `SELECT c.*, o.merchant_note FROM queue_cases c JOIN orders o ON o.id = c.order_id WHERE o.merchant_note LIKE '%缺货%'`
    )
    expect(history).toHaveLength(cancelledForStock)
    const closed = history.filter((c) => c.closed_at !== null)
    expect(closed.length).toBeGreaterThan(cancelledForStock * 0.8)
    for (const c of closed)
      expect([c.cause_code, c.refund_fen !== null, c.feedback !== null, c.cancel_reason !== null]).toEqual([
        expect.any(String),
        true,
        true,
        true
      ])
    const days = new Set(closed.map((c) => c.closed_at!.slice(0, 10)))
    expect(days.size).toBeGreaterThan(20)
    const first = Math.min(...closed.map((c) => Date.parse(c.opened_at)))
    expect(first).toBeLessThan(ANCHOR.getTime() - 40 * DAY)
    expect(Math.max(...history.map((c) => Date.parse(c.updated_at)))).toBeLessThan(ANCHOR.getTime())
    // Refunds are what the buyer paid; some buyers were also compensated.
    expect(one(db, `SELECT COUNT(*) FROM queue_cases c JOIN orders o ON o.id = c.order_id WHERE c.refund_fen <> o.paid_fen`)).toBe(0)
    expect(closed.filter((c) => c.compensation_fen > 0).length).toBeGreaterThan(3)
  })

  it('supplier_late and supplier_shortage are the most common causes, tied to the supplier of the SKU that ran out', () => {
    const { db } = demo()
    const causes = rows<{ code: string; n: number }>(
      db,
      `SELECT cause_code AS code, COUNT(*) AS n FROM queue_cases WHERE cause_code IS NOT NULL GROUP BY code ORDER BY n DESC, code`
    )
    expect(
      causes
        .slice(0, 2)
        .map((c) => c.code)
        .sort()
    ).toEqual(['supplier_late', 'supplier_shortage'])
    expect(causes.length).toBeGreaterThanOrEqual(5)
    const supplierCauses = rows<{ supplier: number | null; own: number | null }>(
      db,
      `SELECT c.cause_supplier_id AS supplier, p.supplier_id AS own FROM queue_cases c JOIN order_lines l ON l.order_id = c.order_id AND l.line_no = 1
       JOIN products p ON p.id = l.product_id WHERE c.cause_code IN ('supplier_late', 'supplier_shortage')`
    )
    expect(supplierCauses.every((c) => c.supplier !== null)).toBe(true)
    expect(supplierCauses.filter((c) => c.supplier === c.own).length).toBeGreaterThan(supplierCauses.length * 0.75)
    expect(one(db, `SELECT COUNT(DISTINCT cause_supplier_id) FROM queue_cases`)).toBeGreaterThanOrEqual(3)
  })

  it('has open cases at several steps, every case at the step its record gives, and a timeline for each', () => {
    const { db } = demo()
    const open = rows<{ step: string }>(db, `SELECT DISTINCT step FROM queue_cases WHERE closed_at IS NULL`).map((r) => r.step)
    for (const step of ['offer', 'answer', 'waiting', 'cancel', 'refund', 'followup', 'cause']) expect(open, step).toContain(step)
    for (const c of rows<CaseRow>(db, 'SELECT * FROM queue_cases')) expect(c.step, `case ${c.id}`).toBe(stepOf(c))
    expect(
      one(
        db,
        `SELECT COUNT(*) FROM queue_cases c WHERE NOT EXISTS (SELECT 1 FROM queue_events e WHERE e.case_id = c.id AND e.kind = 'opened')`
      )
    ).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM queue_events WHERE actor <> 'demo' OR snapshot IS NOT NULL`)).toBe(0)
    // The load is the one audit entry: history is not replayed into the log.
    expect(one(db, `SELECT COUNT(*) FROM audit_log`)).toBe(1)
  })

  it('through the app, the first recompute opens cases for the other short orders and keeps the seeded ones', async () => {
    const s = testShop(':memory:', () => ANCHOR)
    await s.call('demo.load', { seed: 42 })
    const summary = await s.call('engine.summary', {})
    const open = await s.call('queue.counts', {})
    expect(
      one(
        s.db,
        `SELECT COUNT(*) FROM engine_actions a LEFT JOIN queue_cases c ON c.order_id = a.order_id WHERE c.id IS NULL OR c.closed_at IS NOT NULL`
      )
    ).toBe(0)
    expect(open.byStep.notify).toBeGreaterThan(10)
    expect(open.open).toBeGreaterThanOrEqual(summary.shortOrders)
    const page = await s.call('queue.list', { limit: 1000 })
    expect(page.rows.filter((r) => r.situation === 'short').every((r) => r.shortSkus.length > 0)).toBe(true)
  })

  it('the same seed gives the same cases and timelines; another seed others', () => {
    const dump = (ctx: CoreContext) =>
      JSON.stringify([rows(ctx.db, 'SELECT * FROM queue_cases ORDER BY id'), rows(ctx.db, 'SELECT * FROM queue_events ORDER BY id')])
    expect(dump(demo(5))).toBe(dump(demo(5)))
    expect(dump(demo(6))).not.toBe(dump(demo(5)))
  })
})

describe('migration 4: the cancellation queue', () => {
  it('upgrades a version-3 shop: presets in, STRICT tables, and the first recompute opens a case for its short order', async () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) db.transaction(() => (m.up(db), db.pragma(`user_version = ${m.version}`)))()
    const t = FIXED_NOW.toISOString()
    db.prepare(`INSERT INTO products (merchant_code, name, on_hand, created_at, updated_at) VALUES ('A', '杯子', 0, ?, ?)`).run(t, t)
    db.prepare(
      `INSERT INTO orders (platform, order_no, status, paid_fen, paid_at, promised_ship_at, created_at, updated_at) VALUES ('taobao', '2611250001', 'awaiting_shipment', 1990, ?, ?, ?, ?)`
    ).run(t, t, t, t)
    db.prepare(`INSERT INTO order_lines (order_id, line_no, merchant_code, quantity, product_id) VALUES (1, 1, 'A', 2, 1)`).run()

    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    for (const table of ['queue_cases', 'queue_events', 'queue_templates', 'queue_cancel_reasons', 'queue_causes']) {
      expect((db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql, table).toMatch(
        /\)\s*STRICT\s*$/
      )
    }
    expect(one(db, 'SELECT COUNT(*) FROM queue_causes WHERE builtin = 1')).toBe(10)
    expect(one(db, 'SELECT COUNT(*) FROM queue_templates WHERE preset IS NOT NULL')).toBe(12)
    expect(rows(db, `SELECT platform, label FROM queue_cancel_reasons WHERE position = 0 ORDER BY platform`)).toEqual(
      ['douyin', 'other', 'pdd', 'taobao'].map((platform) => ({ platform, label: '缺货' }))
    )
    expect(one(db, 'SELECT COUNT(*) FROM queue_cases')).toBe(0)

    const handlers = createHandlers({ db, now: () => FIXED_NOW, dbPath: ':memory:', appVersion: 'test' })
    const r = await dispatch(handlers, 'queue.list', {})
    expect(r).toMatchObject({
      ok: true,
      value: { total: 1, rows: [{ orderNo: '2611250001', platform: 'taobao', step: 'notify', shortSkus: ['A'] }] }
    })
  })

  it('a migrated case table refuses what the core never writes: two cases for one order, a closed case without a cause', () => {
    const s = testShop()
    const t = FIXED_NOW.toISOString()
    s.db
      .prepare(
        `INSERT INTO orders (platform, order_no, status, paid_fen, created_at, updated_at) VALUES ('pdd', 'X', 'awaiting_shipment', 100, ?, ?)`
      )
      .run(t, t)
    const insert = (extra = '', values = '') =>
      s.db.prepare(
        `INSERT INTO queue_cases (order_id, platform, step, situation, opened_at, updated_at${extra}) VALUES (1, 'pdd', ?, 'short', ?, ?${values})`
      )
    insert().run('notify', t, t)
    expect(() => insert().run('notify', t, t)).toThrow(/UNIQUE/)
    s.db.prepare('DELETE FROM queue_cases').run()
    expect(() => insert(', closed_at', ', ?').run('closed', t, t, t)).toThrow(/CHECK/)
    expect(() => insert(', refund_fen, refunded_at', ', 101, ?').run('refund', t, t, t)).toThrow(/refund above/)
  })
})
