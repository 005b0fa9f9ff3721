import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src/main/core/db/migrations'
import { RULE_PRESETS } from '../../src/main/core/engine/presets'
import { createHandlers } from '../../src/main/core/handlers'
import { dispatch } from '../../src/main/core/dispatch'
import { FIXED_NOW } from '../helpers/shop'

describe('migration 3: the stockout engine', () => {
  it('upgrades a version-2 shop: presets in, engine tables empty, and the first read computes the results', async () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) db.transaction(() => (m.up(db), db.pragma(`user_version = ${m.version}`)))()
    const t = FIXED_NOW.toISOString()
    db.prepare(`INSERT INTO products (merchant_code, name, on_hand, created_at, updated_at) VALUES ('A', '杯子', 0, ?, ?)`).run(t, t)
    db.prepare(
      `INSERT INTO orders (platform, order_no, status, paid_at, promised_ship_at, created_at, updated_at) VALUES ('pdd', '261125-1', 'awaiting_shipment', ?, ?, ?, ?)`
    ).run(t, t, t, t)
    db.prepare(`INSERT INTO order_lines (order_id, line_no, merchant_code, quantity, product_id) VALUES (1, 1, 'A', 2, 1)`).run()

    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    const presets = db.prepare('SELECT preset, platform, active, source FROM platform_rules ORDER BY id').all() as { preset: string; active: number }[]
    expect(presets.map((p) => p.preset)).toEqual(RULE_PRESETS.map((p) => p.code))
    expect(db.prepare('SELECT COUNT(*) AS n FROM engine_orders').get()).toEqual({ n: 0 })
    for (const table of ['platform_rules', 'engine_state', 'engine_orders', 'engine_actions', 'engine_skus', 'engine_demand']) {
      expect((db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql).toMatch(/\)\s*STRICT\s*$/)
    }

    const handlers = createHandlers({ db, now: () => FIXED_NOW, dbPath: ':memory:', appVersion: 'test' })
    const r = await dispatch(handlers, 'engine.summary', {})
    expect(r).toMatchObject({ ok: true, value: { openOrders: 1, shortOrders: 1, cancel: 1, computedAt: t } })
  })

  it('stored allocations can never exceed on hand: the schema’s CHECK refuses it', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(() =>
      db
        .prepare(
          `INSERT INTO engine_skus (product_id, on_hand, allocated, available, open_units, open_orders, waiting_units, waiting_orders, lacking_units, lacking_orders,
             incoming_units, overdue_units, in_stock_days, demand_units, lead_time_days, safety_used, safety_formula, suggested_qty)
           VALUES (1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 'safety_configured', 0)`
        )
        .run()
    ).toThrow(/CHECK/)
  })
})
