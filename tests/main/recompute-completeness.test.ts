// Every contract call that writes must leave the engine's stored results fresh:
// exactly what the engine would store if it recomputed now. Each call runs once
// through dispatch on a copy of the demo shop; if it changed any table, the
// stored results (and the queue's cases, which follow them) are compared with a
// recompute run right after. A writing call that is not declared with `writes`
// (src/main/core/writes.ts) fails here instead of showing stale alerts for ten
// minutes. The sample table is typed over every call name, so a new call cannot
// be added without saying here how to call it.
import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES, type CallName, type Handlers } from '../../src/shared/contract'
import type { ImportJobStatus } from '../../src/shared/types'
import type { CoreContext } from '../../src/main/core/context'
import { createHandlers } from '../../src/main/core/handlers'
import { dispatch } from '../../src/main/core/dispatch'
import { recompute } from '../../src/main/core/engine/recompute'
import { FIXED_NOW, testShop } from '../helpers/shop'
import { pddCsv } from '../import/fixtures'

interface Shop {
  db: Database.Database
  ctx: CoreContext
  handlers: Handlers
  one: (sql: string, ...params: unknown[]) => number
}

type Sample = ((s: Shop) => unknown) | { skip: string }

/** A call made to set up a sample (itself a declared write, so it leaves fresh results too). */
async function call(s: Shop, name: CallName, input: unknown): Promise<Record<string, unknown>> {
  const r = await dispatch(s.handlers, name, input)
  if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`)
  return r.value as Record<string, unknown>
}

const caseAt = (s: Shop, step: string): number =>
  s.one('SELECT id FROM queue_cases WHERE step = ? AND closed_at IS NULL ORDER BY deadline, id LIMIT 1', step)
const product = (s: Shop): number => s.one('SELECT id FROM products ORDER BY on_hand, id LIMIT 1')
const openIncoming = (s: Shop): number => s.one("SELECT id FROM incoming_stock WHERE status = 'open' ORDER BY id LIMIT 1")
const inactiveRule = (s: Shop): number => s.one("SELECT id FROM platform_rules WHERE active = 0 ORDER BY id LIMIT 1")
const code = (s: Shop): string =>
  (s.db.prepare('SELECT merchant_code AS c FROM products ORDER BY on_hand, id LIMIT 1').get() as { c: string }).c
const reason = (s: Shop): number => s.one("SELECT id FROM queue_cancel_reasons WHERE platform = 'pdd' AND code = 'out_of_stock'")
/**
 * The demo maps every line, so a line of an open order is turned into a bundle's code (results
 * recomputed, so the shop starts fresh): as a bundle, that code makes the order take its parts' stock.
 */
function unmappedCode(s: Shop): string {
  s.db
    .prepare(
      "UPDATE order_lines SET product_id = NULL, merchant_code = 'BUNDLE-NEW-1' WHERE id = (SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status = 'awaiting_shipment' ORDER BY l.id LIMIT 1)"
    )
    .run()
  recompute(s.ctx)
  return 'BUNDLE-NEW-1'
}
/** Imports one new order (applied, results recomputed) and returns its batch: something for undo to take back. */
async function importedBatch(s: Shop): Promise<number> {
  const job = await call(s, 'import.start', {
    kind: 'orders',
    fileName: 'undo-me.csv',
    dryRun: false,
    bytes: pddCsv([{ orderNo: '261126-000000000000888', code: code(s), qty: '2', paidAt: FIXED_NOW.toISOString().slice(0, 19).replace('T', ' ') }])
  })
  await settle(s.handlers, job)
  return s.one('SELECT MAX(id) FROM import_batches')
}
/**
 * Two PDD shops (the second made here) sharing the open PDD orders, the second on another PDD rule
 * (results recomputed, so the shop starts fresh): merging them or changing a shop's rule moves deadlines.
 */
function twoPddShops(s: Shop): { first: number; second: number; rule: number } {
  const at = FIXED_NOW.toISOString()
  s.db.prepare("INSERT OR IGNORE INTO shops (platform, name, is_default, created_at) VALUES ('pdd', '拼多多店铺', 1, ?)").run(at)
  s.db.prepare("INSERT INTO shops (platform, name, is_default, created_at) VALUES ('pdd', '第二家店', 0, ?)").run(at)
  const first = s.one("SELECT id FROM shops WHERE platform = 'pdd' AND is_default = 1")
  const second = s.one("SELECT id FROM shops WHERE platform = 'pdd' AND name = '第二家店'")
  s.db.prepare("UPDATE orders SET shop_id = ? WHERE platform = 'pdd'").run(first)
  s.db.prepare("UPDATE orders SET shop_id = ? WHERE platform = 'pdd' AND id % 2 = 0").run(second)
  const rule = Number(
    s.db
      .prepare(
        `INSERT INTO platform_rules (platform, name, ship_window_hours, late_kind, late_fixed_fen, stockout_kind, stockout_fixed_fen, source, active, created_at, updated_at)
         VALUES ('pdd', '短窗口', 12, 'fixed', 500, 'fixed', 1000, 'test', 0, ?, ?)`
      )
      .run(at, at).lastInsertRowid
  )
  s.db.prepare('INSERT INTO shop_rules (shop_id, rule_id) VALUES (?, ?)').run(second, rule)
  recompute(s.ctx)
  return { first, second, rule }
}
const later = new Date(FIXED_NOW.getTime() + 3 * 86_400_000).toISOString()
const export_ = { format: 'csv', lang: 'zh-CN' }

const SAMPLES: Record<CallName, Sample> = {
  'app.info': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ timeZone: 'Asia/Tokyo' }),
  'shop.status': () => ({}),
  'demo.load': { skip: 'refuses a shop that is not empty; the demo shop these samples run on was loaded through it (checked below)' },
  'audit.list': () => ({}),
  'suppliers.list': () => ({}),
  'products.list': () => ({}),
  'products.get': (s) => ({ id: product(s) }),
  'products.byCode': (s) => ({ merchantCode: code(s) }),
  'products.create': () => ({ merchantCode: 'NEW-SKU-1', name: '新商品' }),
  'products.update': (s) => ({ id: product(s), name: '改名', safetyStock: 50, leadTimeDays: 30 }),
  'stock.move': (s) => ({ productId: product(s), type: 'receive', quantity: 7 }),
  'stock.movements': (s) => ({ productId: product(s) }),
  'orders.list': () => ({}),
  'orders.get': (s) => ({ id: s.one('SELECT id FROM orders ORDER BY id LIMIT 1') }),
  'import.start': (s) => ({
    kind: 'orders',
    fileName: 'orders.csv',
    dryRun: false,
    bytes: pddCsv([{ orderNo: '261126-000000000000777', code: code(s), qty: '3', paidAt: FIXED_NOW.toISOString().slice(0, 19).replace('T', ' ') }])
  }),
  'import.job': { skip: 'reads a job (import.start is sampled and waited for)' },
  'import.cancel': { skip: 'cancels a running job: nothing is written' },
  'import.history': () => ({}),
  'import.skippedRows': { skip: 'reads one batch (none before an import)' },
  'import.batches': () => ({}),
  'shops.list': () => ({}),
  'shops.add': () => ({ platform: 'pdd', name: '新店' }),
  'shops.rename': (s) => ({ shopId: twoPddShops(s).second, name: '改名的店' }),
  'shops.setDefault': (s) => ({ shopId: twoPddShops(s).second }),
  'shops.merge': (s) => {
    const { first, second } = twoPddShops(s)
    return { fromId: second, intoId: first }
  },
  'shops.setRule': (s) => ({ shopId: twoPddShops(s).second, ruleId: null }),
  'import.undo.plan': async (s) => ({ batchId: await importedBatch(s) }),
  'import.undo': async (s) => ({ batchId: await importedBatch(s) }),
  'import.presets.list': () => ({}),
  'import.presets.save': () => ({ name: 'mine', mapping: { orderNo: '订单号' } }),
  'import.presets.delete': () => ({ name: 'nothing' }),
  'skuMappings.list': () => ({}),
  'skuMappings.save': (s) => ({ platform: 'pdd', code: 'PLATFORM-CODE-9', productId: product(s) }),
  'skuMappings.delete': () => ({ platform: 'pdd', code: 'no-such-code' }),
  'statuses.list': () => ({}),
  'statuses.set': () => ({ platform: 'pdd', text: '待处理', status: 'awaiting_shipment' }),
  'statuses.remove': async (s) => {
    await call(s, 'statuses.set', { platform: 'pdd', text: '待处理', status: 'awaiting_shipment' })
    return { platform: 'pdd', text: '待处理' }
  },
  'bundles.list': () => ({}),
  'bundles.set': (s) => ({ code: unmappedCode(s), parts: [{ merchantCode: code(s), quantity: 2 }] }),
  'bundles.remove': async (s) => ({
    code: (await call(s, 'bundles.set', { code: unmappedCode(s), parts: [{ merchantCode: code(s), quantity: 2 }] })).code
  }),
  'export.orders': () => export_,
  'export.products': () => export_,
  'export.skippedRows': { skip: 'reads one batch (none before an import)' },
  'inbox.scan': () => ({ folder: mkdtempSync(join(tmpdir(), 'inbox-sample-')) }),
  'inbox.file': { skip: 'reads one file of the inbox folder: nothing is written' },
  'inbox.prefs.get': () => ({}),
  'inbox.prefs.set': () => ({ reminderHours: 3, inboxEnabled: false }),
  'inbox.chooseFolder': { skip: 'opens the system folder picker (desktop only)' },
  'reminders.due': () => ({}),
  'backups.status': { skip: 'backup calls copy or replace the database file; a restored file carries the results stored with it' },
  'backups.list': { skip: 'as backups.status' },
  'backups.create': { skip: 'as backups.status' },
  'backups.restore': { skip: 'as backups.status' },
  'backups.undoRestore': { skip: 'as backups.status' },
  'backups.recoveryOffer': { skip: 'as backups.status' },
  'backups.recover': { skip: 'as backups.status' },
  // Kept-aside copies are files beside the shop, not in it: these two must change no table.
  // (The test shops are in memory, so there is no kept-aside file to list or remove.)
  'backups.keptAside': () => ({}),
  'backups.tidyKeptAside': () => ({}),
  'backups.settings.get': { skip: 'backup settings live in a file beside the shop, not in it' },
  'backups.settings.set': { skip: 'as backups.settings.get' },
  'backups.chooseFolder': { skip: 'a desktop dialog' },
  'app.openFolder': { skip: 'a desktop action' },
  'engine.recompute': () => ({}),
  'engine.summary': () => ({}),
  'engine.alerts': () => ({}),
  'engine.triage': () => ({}),
  'engine.order': (s) => ({ orderId: s.one('SELECT order_id FROM engine_actions ORDER BY rank LIMIT 1') }),
  'engine.positions': () => ({}),
  'engine.reorder': () => ({}),
  'export.reorder': () => export_,
  'purchase.lists': () => ({}),
  'purchase.record': (s) => ({
    supplier: (
      s.db
        .prepare('SELECT p.supplier_id AS id FROM engine_skus k JOIN products p ON p.id = k.product_id WHERE k.suggested_qty > 0 AND p.supplier_id IS NOT NULL LIMIT 1')
        .get() as { id: number }
    ).id,
    key: 'sample-purchase-key'
  }),
  'incoming.list': () => ({}),
  'incoming.get': (s) => ({ id: openIncoming(s) }),
  'incoming.add': (s) => ({ productId: product(s), quantity: 40, expectedAt: later }),
  'incoming.update': (s) => ({ id: openIncoming(s), quantity: 3, expectedAt: later }),
  'incoming.cancel': (s) => ({ id: openIncoming(s) }),
  'incoming.receive': (s) => ({ id: openIncoming(s) }),
  'rules.list': () => ({}),
  'rules.save': () => ({ platform: 'pdd', name: '12 小时', shipWindowHours: 12, late: { kind: 'fixed', fixedFen: 900 }, stockout: { kind: 'fixed', fixedFen: 900 }, activate: true }),
  'rules.activate': (s) => ({ id: inactiveRule(s) }),
  'rules.reset': (s) => ({ id: s.one("SELECT id FROM platform_rules WHERE platform = 'pdd' AND active = 1") }),
  'rules.delete': async (s) => ({ id: (await call(s, 'rules.save', { platform: 'pdd', name: '我的', shipWindowHours: 24, late: { kind: 'fixed', fixedFen: 100 }, stockout: { kind: 'fixed', fixedFen: 100 } })).id }),
  'queue.list': () => ({}),
  'queue.counts': () => ({}),
  'queue.get': (s) => ({ caseId: caseAt(s, 'notify') }),
  'queue.draft': (s) => ({ caseId: caseAt(s, 'notify') }),
  'queue.notify': (s) => ({ caseId: caseAt(s, 'notify') }),
  'queue.offer': (s) => ({ caseId: caseAt(s, 'offer'), kind: 'wait', waitUntil: later }),
  'queue.answer': (s) => ({ caseId: caseAt(s, 'answer'), answer: 'agreed_cancel' }),
  'queue.cancel': (s) => ({ caseId: caseAt(s, 'cancel'), reasonId: reason(s) }),
  'queue.refund': (s) => ({ caseId: caseAt(s, 'refund') }),
  'queue.followup': (s) => ({ caseId: caseAt(s, 'followup'), feedback: 'satisfied' }),
  'queue.cause': (s) => ({ caseId: caseAt(s, 'cause'), cause: 'supplier_late' }),
  'queue.close': async (s) => ({ caseId: (await call(s, 'queue.cause', { caseId: caseAt(s, 'cause'), cause: 'supplier_late' })).caseId }),
  'queue.undo': async (s) => ({ caseId: (await call(s, 'queue.cancel', { caseId: caseAt(s, 'cancel'), reasonId: reason(s) })).caseId }),
  'queue.bulk': (s) => ({ caseIds: [caseAt(s, 'notify')], action: 'cancel', reasonCode: 'out_of_stock' }),
  'queue.reasons.list': () => ({}),
  'queue.reasons.save': () => ({ platform: 'pdd', label: '仓库发错' }),
  'queue.reasons.archive': (s) => ({ id: reason(s) }),
  'queue.causes.list': () => ({}),
  'queue.causes.save': () => ({ code: 'warehouse', labelZh: '仓库', labelEn: 'Warehouse' }),
  'queue.causes.archive': async (s) => ({ code: (await call(s, 'queue.causes.save', { code: 'warehouse', labelZh: '仓库', labelEn: 'Warehouse' })).code }),
  'queue.templates.list': () => ({}),
  'queue.templates.placeholders': () => ({}),
  'queue.templates.save': () => ({ kind: 'notify', lang: 'zh-CN', name: '我的', body: '您好' }),
  'queue.templates.reset': (s) => ({ id: s.one('SELECT id FROM queue_templates ORDER BY id LIMIT 1') }),
  'queue.templates.delete': async (s) => ({ id: (await call(s, 'queue.templates.save', { kind: 'notify', lang: 'zh-CN', name: '我的', body: '您好' })).id }),
  'export.queue': () => export_,
  'review.data': () => ({}),
  'review.suggestions': () => ({}),
  'queue.suggestCause': (s) => ({ caseId: caseAt(s, 'cause') }),
  'review.cases': () => ({}),
  'export.report': () => ({ ...export_, chart: 'causes' }),
  // The demo maps every line; two new SKUs for codes no line uses yet (the unknown codes of a file to come).
  'products.createMany': () => ({ items: [{ merchantCode: 'NEW-MANY-1', name: '新款 A' }, { merchantCode: 'NEW-MANY-2', name: '新款 B', spec: '红色' }] }),
  'shop.startOwn': { skip: 'as backups.restore: replaces the database file (with an empty shop) after a backup; tests/first-run covers it' }
}

/** What the engine stored and what the queue derived from it, without the recompute's own timing. */
function results(db: Database.Database): string {
  const all = (sql: string): unknown[] => db.prepare(sql).all()
  return JSON.stringify([
    all('SELECT * FROM engine_state').map((r) => ({ ...(r as object), duration_ms: 0 })),
    all('SELECT * FROM engine_orders ORDER BY 1'),
    all('SELECT * FROM engine_actions ORDER BY 1'),
    all('SELECT * FROM engine_skus ORDER BY 1'),
    all('SELECT * FROM engine_demand ORDER BY 1'),
    all('SELECT * FROM queue_cases ORDER BY id'),
    all('SELECT * FROM queue_events ORDER BY id')
  ])
}

/** Every table but the engine's results, to see whether a call wrote anything. */
function data(db: Database.Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'engine_%' ORDER BY name")
    .all() as { name: string }[]
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t.name}"`).all()))
}

let demo: Buffer

beforeAll(async () => {
  const s = testShop()
  await s.call('demo.load', { seed: 7 })
  // demo.load is a declared write: the shop it leaves is already fresh.
  const loaded = results(s.db)
  recompute(s.ctx)
  expect(results(s.db)).toBe(loaded)
  demo = s.db.serialize()
  s.db.close()
})

function shopCopy(): Shop {
  const db = new Database(demo)
  db.pragma('foreign_keys = ON')
  const ctx: CoreContext = { db, now: () => FIXED_NOW, dbPath: ':memory:', appVersion: 'test' }
  const one = (sql: string, ...params: unknown[]): number => {
    const row = db.prepare(sql).raw().get(...params) as unknown[] | undefined
    if (!row) throw new Error(`no row for: ${sql}`)
    return Number(row[0])
  }
  return { db, ctx, handlers: createHandlers(ctx), one }
}

async function settle(handlers: Handlers, value: unknown): Promise<void> {
  let job = value as ImportJobStatus
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    const r = await dispatch(handlers, 'import.job', { jobId: job.jobId })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    job = r.value as ImportJobStatus
  }
  expect(job.error).toBeNull()
  expect(job.report?.applied).toBe(true)
}

const sampled = CALL_NAMES.filter((n) => typeof SAMPLES[n] === 'function')

describe('every call that writes leaves the engine results fresh', () => {
  it('samples at least every declared writer', () => {
    expect(sampled.length).toBeGreaterThan(60)
  })

  it.each(sampled)('%s leaves the stored results as a recompute would', async (name) => {
    const s = shopCopy()
    const input = await (SAMPLES[name] as (s: Shop) => unknown)(s)
    const before = data(s.db)
    const r = await dispatch(s.handlers, name, input)
    if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`)
    if (name === 'import.start') await settle(s.handlers, r.value)
    const wrote = data(s.db) !== before
    const stored = results(s.db)
    recompute(s.ctx)
    expect(results(s.db), wrote ? `${name} wrote but left stale results` : `${name} wrote nothing`).toBe(stored)
    s.db.close()
  })
})
