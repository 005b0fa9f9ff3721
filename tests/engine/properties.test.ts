import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocate, needsOf, openOrdersFrom, prioritize, STATES, type EngineOrder } from '../../src/main/core/engine/allocate'
import { recommend } from '../../src/main/core/engine/recommend'
import { FIXED_NOW, insertOrder, testShop } from '../helpers/shop'
import { storedResults } from './helpers'
import { recompute } from '../../src/main/core/engine/recompute'
import { forgetWarm } from '../../src/main/core/engine/cache'

const PRODUCTS = 4
const NOW = FIXED_NOW.getTime()
const hour = (h: number) => new Date(NOW + h * 3_600_000).toISOString()

const lineArb = fc.record({ productId: fc.integer({ min: 1, max: PRODUCTS }), quantity: fc.integer({ min: 1, max: 4 }) })
const orderArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  deadline: fc.option(fc.integer({ min: -10, max: 50 }), { nil: null }),
  paid: fc.integer({ min: -72, max: 0 }),
  orderNo: fc.constantFrom('A', 'B', 'C', 'D')
})
const shopArb = fc.record({
  stock: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: PRODUCTS, maxLength: PRODUCTS }),
  orders: fc.array(orderArb, { minLength: 1, maxLength: 12 })
})
type Shop = typeof shopArb extends fc.Arbitrary<infer T> ? T : never

function ordersOf(shop: Shop): EngineOrder[] {
  return shop.orders.map((o, i) => ({
    id: i + 1,
    platform: 'pdd',
    orderNo: `${o.orderNo}-${i % 3}`,
    paidAt: hour(o.paid),
    promisedShipAt: o.deadline === null ? null : hour(o.deadline),
    paidFen: 1000,
    lines: o.lines.map((l) => ({ ...l, merchantCode: `P${l.productId}` }))
  }))
}

/** The engine's allocation on a generated shop, as one entry per order in priority order. */
function run(shop: Shop, orders = ordersOf(shop)) {
  const o = openOrdersFrom(orders)
  const p = prioritize(o, () => 48)
  const stock = Int32Array.from([0, ...shop.stock])
  const free = Int32Array.from(stock)
  const a = allocate(o, p.order, free)
  const jobs = [...p.order].map((i) => ({
    index: i,
    id: o.id[i]!,
    state: STATES[a.state[i]!]!,
    rank: p.rank[i]!,
    deadlineMs: p.deadlineMs[i]!,
    lacking: a.lacking.get(i) ?? [],
    ...needsOf(o, i)
  }))
  return { jobs, stock, free, allocated: a.allocated }
}
type Job = ReturnType<typeof run>['jobs'][number]

const need = (j: Pick<Job, 'pids' | 'qtys'>, pid: number): number => {
  const i = j.pids.indexOf(pid)
  return i < 0 ? 0 : j.qtys[i]!
}

describe('allocation properties', () => {
  it('never allocates more than is on hand, and ready orders hold exactly what they need', () => {
    fc.assert(
      fc.property(shopArb, (shop) => {
        const { jobs, stock, free, allocated } = run(shop)
        for (let p = 1; p <= PRODUCTS; p++) {
          expect(allocated[p]).toBeLessThanOrEqual(stock[p]!)
          expect(free[p]).toBe(stock[p]! - allocated[p]!)
          expect(allocated[p]).toBe(jobs.filter((j) => j.state === 'ready').reduce((sum, j) => sum + need(j, p), 0))
        }
      })
    )
  })

  it('respects priority: no later order is ready while an earlier short order could have completed with the stock it took', () => {
    fc.assert(
      fc.property(shopArb, (shop) => {
        const { jobs, free } = run(shop)
        jobs.forEach((early, i) => {
          if (early.state !== 'short') return
          for (const late of jobs.slice(i + 1)) {
            if (late.state !== 'ready') continue
            // The earlier order lacks some SKU even with what is left over plus everything the later order took.
            const couldComplete = early.pids.every((p) => need(early, p) <= free[p]! + need(late, p))
            expect(couldComplete).toBe(false)
          }
        })
      })
    )
  })

  it('is deterministic: the order rows arrive in does not matter', () => {
    fc.assert(
      fc.property(shopArb, fc.infiniteStream(fc.integer()), (shop, seeds) => {
        const orders = ordersOf(shop)
        const shuffled = orders
          .map((o) => ({ o, k: seeds.next().value }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.o)
        const states = (jobs: Job[]) => new Map(jobs.map((j) => [j.id, [j.state, j.rank]]))
        expect(states(run(shop, shuffled).jobs)).toEqual(states(run(shop, orders).jobs))
      })
    )
  })

  it('serves orders by deadline, paid time, order number, platform and id, asking for the order numbers of tied orders only', () => {
    fc.assert(
      // Few distinct times, so most orders tie with another on both.
      fc.property(shopArb, fc.array(fc.constantFrom('pdd', 'taobao', 'douyin') as fc.Arbitrary<EngineOrder['platform']>, { minLength: 12, maxLength: 12 }), (shop, platforms) => {
        const tying = { ...shop, orders: shop.orders.map((x) => ({ ...x, paid: x.paid % 2, deadline: x.deadline === null ? null : x.deadline % 2 })) }
        const orders = ordersOf(tying).map((o, i) => ({ ...o, platform: platforms[i]! }))
        const o = openOrdersFrom(orders)
        const asked: number[] = []
        const numbers = o.orderNo
        o.orderNo = (indices) => (asked.push(...indices), numbers(indices))
        const p = prioritize(o, () => 48)
        const ms = (t: string | null) => (t === null ? Infinity : Date.parse(t))
        const key = (i: number) => {
          const x = orders[i]!
          return { deadline: x.promisedShipAt !== null ? ms(x.promisedShipAt) : ms(x.paidAt) + 48 * 3_600_000, paid: ms(x.paidAt) }
        }
        const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
        const expected = orders
          .map((_, i) => i)
          .sort((a, b) => key(a).deadline - key(b).deadline || key(a).paid - key(b).paid || text(orders[a]!.orderNo, orders[b]!.orderNo) || text(orders[a]!.platform, orders[b]!.platform) || a - b)
        expect([...p.order]).toEqual(expected)
        for (const i of asked) expect(orders.some((x, j) => j !== i && key(j).deadline === key(i).deadline && key(j).paid === key(i).paid)).toBe(true)
      })
    )
  })

  it('adding stock: the first order (by priority) whose state changes goes from short to ready', () => {
    fc.assert(
      fc.property(shopArb, fc.integer({ min: 1, max: PRODUCTS }), fc.integer({ min: 1, max: 5 }), (shop, pid, more) => {
        const before = run(shop).jobs
        const stock = [...shop.stock]
        stock[pid - 1]! += more
        const after = run({ ...shop, stock }).jobs
        const changed = before.findIndex((j, i) => j.state !== after[i]!.state)
        if (changed >= 0) expect([before[changed]!.state, after[changed]!.state]).toEqual(['short', 'ready'])
      })
    )
  })

  it('adding stock never turns a ready order short when every order is one unit of one SKU', () => {
    const singleUnit = shopArb.map((s) => ({ ...s, orders: s.orders.map((o) => ({ ...o, lines: [{ ...o.lines[0]!, quantity: 1 }] })) }))
    fc.assert(
      fc.property(singleUnit, fc.integer({ min: 1, max: PRODUCTS }), fc.integer({ min: 1, max: 5 }), (shop, pid, more) => {
        const before = run(shop).jobs
        const stock = [...shop.stock]
        stock[pid - 1]! += more
        const after = run({ ...shop, stock }).jobs
        before.forEach((j, i) => {
          if (j.state === 'ready') expect(after[i]!.state).toBe('ready')
        })
      })
    )
  })

  it('never promises a substitute more units than it has free', () => {
    fc.assert(
      fc.property(shopArb, (shop) => {
        const { jobs, free } = run(shop)
        // Every SKU may be replaced by every other one.
        const subs = new Map(Array.from({ length: PRODUCTS }, (_, i) => [i + 1, Array.from({ length: PRODUCTS }, (_, k) => k + 1).filter((k) => k !== i + 1)]))
        const actions = recommend(
          jobs.filter((j) => j.state === 'short').map((j) => ({ ...j, deadline: null, lateFen: 300 })),
          { nowMs: NOW, free, deliveries: [], substitutes: subs, code: (p) => `P${p}` }
        )
        const promised = new Int32Array(PRODUCTS + 1)
        for (const [job, a] of actions) {
          if (a.recommendation !== 'substitute') continue
          expect(a.substituteId).not.toBeNull()
          promised[a.substituteId!]! += need(job, a.productId)
        }
        for (let p = 1; p <= PRODUCTS; p++) expect(promised[p]).toBeLessThanOrEqual(free[p]!)
      })
    )
  })
})

describe('recompute through SQLite', () => {
  async function build(shop: Shop, reverse: boolean) {
    const t = testShop()
    for (let p = 1; p <= PRODUCTS; p++) {
      const created = await t.call('products.create', { merchantCode: `P${p}`, name: `P${p}` })
      if (shop.stock[p - 1]) await t.call('stock.move', { productId: created.id, type: 'receive', quantity: shop.stock[p - 1]! })
    }
    const orders = ordersOf(shop).map((o, i) => ({ ...o, orderNo: `${o.orderNo}-${i}` }))
    for (const o of reverse ? [...orders].reverse() : orders) {
      insertOrder(t.db, {
        orderNo: o.orderNo,
        paidAt: o.paidAt,
        promisedShipAt: o.promisedShipAt,
        lines: o.lines.map((l) => ({ productId: l.productId, merchantCode: l.merchantCode, quantity: l.quantity }))
      })
    }
    await t.call('engine.recompute', {})
    return t
  }

  /** What the last recompute stored equals what a recompute that keeps nothing from before, into empty tables, stores. */
  function expectSameAsFromScratch(t: Awaited<ReturnType<typeof build>>): void {
    const clean = (x: string) => x.replace(/"duration_ms":\d+/, '')
    const stored = clean(storedResults(t))
    forgetWarm(t.db)
    t.db.exec('DELETE FROM engine_orders; DELETE FROM engine_actions; DELETE FROM engine_skus')
    recompute(t.ctx)
    expect(clean(storedResults(t))).toBe(stored)
  }

  it('is deterministic and idempotent: the same shop gives the same results, and recomputing again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, async (shop) => {
        const a = await build(shop, false)
        const b = await build(shop, true)
        const states = async (t: typeof a) =>
          new Map((await t.call('engine.triage', { sort: 'urgency', limit: 1000 })).rows.map((r) => [r.orderNo, [r.state, r.rank, r.recommendation, r.reason]]))
        expect(await states(b)).toEqual(await states(a))
        const once = storedResults(a).replace(/"duration_ms":\d+/, '')
        await a.call('engine.recompute', {})
        expect(storedResults(a).replace(/"duration_ms":\d+/, '')).toBe(once)
        a.db.close()
        b.db.close()
      }),
      { numRuns: 25 }
    )
  })

  it('a warm recompute (after stock, delivery or rule changes) stores exactly what a recompute from scratch would', async () => {
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('receive' as const), pid: fc.integer({ min: 1, max: PRODUCTS }), qty: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant('count' as const), pid: fc.integer({ min: 1, max: PRODUCTS }), qty: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('incoming' as const), pid: fc.integer({ min: 1, max: PRODUCTS }), qty: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant('rule' as const), pid: fc.constant(0), qty: fc.constant(0) })
    )
    await fc.assert(
      fc.asyncProperty(shopArb, fc.array(opArb, { minLength: 1, maxLength: 6 }), async (shop, ops) => {
        const t = await build(shop, false)
        const rules = await t.call('rules.list', {})
        for (const op of ops) {
          if (op.kind === 'rule') {
            const inactive = rules.find((r) => r.platform === 'pdd' && !r.active)!
            await t.call('rules.activate', { id: inactive.id })
            rules.forEach((r) => r.platform === 'pdd' && (r.active = r.id === inactive.id))
          } else if (op.kind === 'incoming') await t.call('incoming.add', { productId: op.pid, quantity: op.qty, expectedAt: hour(op.qty * 7) })
          else await t.call('stock.move', { productId: op.pid, type: op.kind, quantity: op.qty })
          expectSameAsFromScratch(t)
        }
        t.db.close()
      }),
      { numRuns: 20 }
    )
  })

  it('a recompute of orders loaded afresh, with or without the cache, stores exactly what a recompute into empty tables would', async () => {
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('promise' as const), at: fc.nat(), h: fc.integer({ min: -30, max: 60 }) }),
      fc.record({ kind: fc.constant('paid' as const), at: fc.nat(), h: fc.integer({ min: -60, max: 0 }) }),
      fc.record({ kind: fc.constant('ship' as const), at: fc.nat(), h: fc.constant(0) }),
      fc.record({ kind: fc.constant('receive' as const), at: fc.integer({ min: 1, max: PRODUCTS }), h: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant('nothing' as const), at: fc.constant(0), h: fc.constant(0) })
    )
    await fc.assert(
      fc.asyncProperty(shopArb, fc.array(opArb, { minLength: 1, maxLength: 6 }), fc.boolean(), async (shop, ops, cold) => {
        const t = await build(shop, false)
        // Changes made on this connection, straight in SQL, as an edit or a sync would make them.
        const nth = (at: number) =>
          t.db
            .prepare(`SELECT id FROM orders WHERE status = 'awaiting_shipment' ORDER BY id LIMIT 1 OFFSET ?`)
            .pluck()
            .get(at % Math.max(1, (t.db.prepare(`SELECT COUNT(*) FROM orders WHERE status = 'awaiting_shipment'`).pluck().get() as number))) as
            | number
            | undefined
        for (const op of ops) {
          const id = nth(op.at)
          if (op.kind === 'promise' && id) t.db.prepare('UPDATE orders SET promised_ship_at = ? WHERE id = ?').run(hour(op.h), id)
          else if (op.kind === 'paid' && id) t.db.prepare('UPDATE orders SET paid_at = ? WHERE id = ?').run(hour(op.h), id)
          else if (op.kind === 'ship' && id) t.db.prepare(`UPDATE orders SET status = 'shipped' WHERE id = ?`).run(id)
          else if (op.kind === 'receive') t.db.prepare(`INSERT INTO stock_movements (product_id, type, quantity, reason, created_at) VALUES (?, 'receive', ?, '', ?)`).run(op.at, op.h, hour(0))
          // Cold: no cache, as in a fresh process or after another connection wrote; engine_orders is read back instead.
          if (cold) forgetWarm(t.db)
          recompute(t.ctx)
          expectSameAsFromScratch(t)
        }
        t.db.close()
      }),
      { numRuns: 30 }
    )
  })

  it('rewrites no order row when the orders loaded afresh are unchanged, with or without the cache, and every row into an empty table', async () => {
    const t = await build({ stock: [3, 0, 2, 1], orders: [] }, false)
    for (let i = 0; i < 5; i++) insertOrder(t.db, { orderNo: `N${i}`, paidAt: hour(-i), promisedShipAt: hour(20 - i), lines: [{ productId: 1 + (i % PRODUCTS), merchantCode: `P${1 + (i % PRODUCTS)}`, quantity: 1 }] })
    recompute(t.ctx)
    t.db.exec(`CREATE TEMP TABLE written (n INTEGER); INSERT INTO written VALUES (0);
      CREATE TEMP TRIGGER count_written AFTER INSERT ON engine_orders BEGIN UPDATE written SET n = n + 1; END;`)
    const written = () => t.db.prepare('SELECT n FROM written').pluck().get() as number
    recompute(t.ctx)
    expect(written()).toBe(0)
    // No cache (a fresh process, another connection wrote): what the table holds is read back.
    forgetWarm(t.db)
    recompute(t.ctx)
    expect(written()).toBe(0)
    forgetWarm(t.db)
    t.db.exec('DELETE FROM engine_orders')
    recompute(t.ctx)
    expect(written()).toBe(5)
    t.db.close()
  })

  it('without the cache, drops the rows of orders no longer open and writes only the rows that changed', async () => {
    const t = await build({ stock: [3, 0, 2, 1], orders: [] }, false)
    for (let i = 0; i < 10; i++) insertOrder(t.db, { orderNo: `N${i}`, paidAt: hour(-i), promisedShipAt: hour(20 + i), lines: [{ productId: 1, merchantCode: 'P1', quantity: 1 }] })
    recompute(t.ctx)
    const before = t.db.prepare('SELECT order_id, rank, state FROM engine_orders ORDER BY order_id').all() as { order_id: number; rank: number; state: string }[]
    t.db.exec(`CREATE TEMP TABLE written (n INTEGER); INSERT INTO written VALUES (0);
      CREATE TEMP TRIGGER count_written AFTER INSERT ON engine_orders BEGIN UPDATE written SET n = n + 1; END;`)
    // The last order in the queue ships (as another connection would record it): no other order's rank or state moves.
    const last = before.reduce((a, b) => (b.rank > a.rank ? b : a))
    t.db.prepare(`UPDATE orders SET status = 'shipped' WHERE id = ?`).run(last.order_id)
    forgetWarm(t.db)
    recompute(t.ctx)
    const after = t.db.prepare('SELECT order_id, rank, state FROM engine_orders ORDER BY order_id').all()
    expect(after).toEqual(before.filter((r) => r.order_id !== last.order_id))
    expect(t.db.prepare('SELECT n FROM written').pluck().get()).toBe(0)
    t.db.close()
  })
})
