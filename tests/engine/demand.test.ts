import { describe, expect, it } from 'vitest'
import { demandStats, inStockDays } from '../../src/main/core/engine/demand'
import { dayBoundaries } from '../../src/main/core/engine/time'
import { localDate } from '../../src/shared/time'
import { reorderFigures } from '../../src/main/core/engine/reorder'
import { formatEngineMessage } from '../../src/shared/engine-format'
import { FIXED_NOW, insertOrder } from '../helpers/shop'
import { engineShop, HOUR } from './helpers'

const DAY = 24 * HOUR
/** Local midnight (Shanghai) `d` days before FIXED_NOW's day, plus `h` hours. */
const shanghai = (d: number, h = 0): number => Date.parse('2026-11-25T16:00:00.000Z') - d * DAY + h * HOUR

describe('days in the shop’s time zone', () => {
  it('a Shanghai day runs from 16:00 UTC to 16:00 UTC, and the window ends at today’s midnight', () => {
    const b = dayBoundaries(FIXED_NOW.getTime(), 'Asia/Shanghai', 3)
    expect(b.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-11-22T16:00:00.000Z',
      '2026-11-23T16:00:00.000Z',
      '2026-11-24T16:00:00.000Z',
      '2026-11-25T16:00:00.000Z'
    ])
    expect(localDate(FIXED_NOW.getTime(), 'Asia/Shanghai')).toBe('2026-11-26')
  })

  it('a day with a clock change is 25 hours long (New York, 2026-11-01)', () => {
    const b = dayBoundaries(Date.parse('2026-11-03T12:00:00Z'), 'America/New_York', 2)
    expect(b.map((ms) => new Date(ms).toISOString())).toEqual(['2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z', '2026-11-03T05:00:00.000Z'])
  })
})

describe('demand counted only on days in stock', () => {
  const boundaries = [0, 1, 2, 3, 4, 5].map((d) => d * DAY)

  it('reads in-stock days from the ledger’s running balance: a day counts if stock was above zero at any moment', () => {
    // On hand now 1. Movements: +2 on day 1 at noon, −2 on day 3 at 09:00, +1 today (day 5).
    const flags = inStockDays({
      boundaries,
      daily: [],
      movements: [
        { productId: 1, quantity: 2, atMs: 1.5 * DAY },
        { productId: 1, quantity: -2, atMs: 3.375 * DAY },
        { productId: 1, quantity: 1, atMs: 5.2 * DAY }
      ],
      onHand: (id) => (id === 1 ? 1 : 0),
      productIds: [1, 2]
    })
    expect([...flags.get(1)!]).toEqual([0, 1, 1, 1, 0])
    // No movement in the window and nothing on hand: out of stock every day.
    expect([...flags.get(2)!]).toEqual([0, 0, 0, 0, 0])
  })

  it('averages over in-stock days only, with the sample standard deviation', () => {
    const stats = demandStats({
      boundaries,
      daily: [
        { productId: 1, day: 0, units: 9 }, // out of stock that day: ignored
        { productId: 1, day: 1, units: 2 },
        { productId: 1, day: 3, units: 4 }
      ],
      movements: [{ productId: 1, quantity: 5, atMs: 0.99 * DAY }], // arrives late on day 0 → in stock from day 0 on
      onHand: () => 5,
      productIds: [1]
    })
    // Day 0 counts (stock arrived that evening) — so its 9 units count too: days 0..4 = 9, 2, 0, 4, 0.
    const s = stats.get(1)!
    expect(s).toMatchObject({ inStockDays: 5, units: 15, avgDaily: 3 })
    expect(s.sigmaDaily).toBeCloseTo(Math.sqrt((36 + 1 + 9 + 1 + 9) / 4), 10)
  })
})

describe('reorder figures', () => {
  const base = {
    avgDaily: 1.5,
    sigmaDaily: 2,
    inStockDays: 20,
    windowDays: 28,
    demandUnits: 30,
    leadTimeDays: 4,
    leadTimeSigma: null,
    z: 1.645,
    configuredSafety: 0,
    available: 5,
    incoming: 2,
    waitingUnits: 3
  }

  it('safety stock = z × σ × √LT, reorder point = d̄ × LT + safety, quantity = waiting + ROP − available − incoming', () => {
    const f = reorderFigures(base)
    expect(f.statSafety).toBe(7) // 1.645 × 2 × 2 = 6.58 → 7
    expect(f.reorderPoint).toBe(13) // 1.5 × 4 + 7
    expect(f.suggestedQty).toBe(3 + 13 - 5 - 2)
    expect(f.daysOfCover).toBeCloseTo(5 / 1.5)
    expect(f.safetyFormula).toBe('safety_basic')
  })

  it('uses z × √(LT × σ² + d̄² × σLT²) when the supplier’s lead time varies', () => {
    const f = reorderFigures({ ...base, leadTimeSigma: 2 })
    // 1.645 × √(4 × 4 + 2.25 × 4) = 1.645 × 5 = 8.225 → 9
    expect(f).toMatchObject({ statSafety: 9, safetyFormula: 'safety_lead_variance', reorderPoint: 15 })
  })

  it('never goes below the safety stock the merchant set, and falls back to it without demand data', () => {
    expect(reorderFigures({ ...base, configuredSafety: 20 })).toMatchObject({ statSafety: 7, safetyUsed: 20, safetyFormula: 'safety_floor', reorderPoint: 26 })
    expect(reorderFigures({ ...base, avgDaily: null, sigmaDaily: null, configuredSafety: 4 })).toMatchObject({
      statSafety: null,
      safetyUsed: 4,
      safetyFormula: 'safety_configured',
      reorderPoint: 4,
      suggestedQty: 0,
      daysOfCover: null
    })
  })

  it('a product that is exactly whole stays whole: float dust never adds a unit', () => {
    expect(reorderFigures({ ...base, z: 1.5, sigmaDaily: 1, leadTimeDays: 4 }).statSafety).toBe(3)
    expect(reorderFigures({ ...base, waitingUnits: 0, available: 100 }).suggestedQty).toBe(0)
  })
})

describe('demand, cover and reorder in a shop', () => {
  /** A SKU in stock for the last 10 days (received 10 on day −10), selling 15 units over them; 5 more sold while it was out. */
  async function shop(leadTimeDays: number) {
    let clock = shanghai(12)
    const s = engineShop(() => new Date(clock))
    await s.sku('A', { leadTimeDays })
    clock = shanghai(10, 9)
    await s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 10 })
    clock = FIXED_NOW.getTime()
    const perDay = [2, 0, 1, 3, 0, 2, 1, 0, 4, 2] // days −10 … −1
    perDay.forEach((units, i) => {
      if (units) insertOrder(s.db, { orderNo: `H${i}`, status: 'shipped', paidAt: new Date(shanghai(10 - i, 15)).toISOString(), lines: [{ productId: s.id('A'), merchantCode: 'A', quantity: units }] })
    })
    insertOrder(s.db, { orderNo: 'OUT', status: 'received', paidAt: new Date(shanghai(15, 12)).toISOString(), lines: [{ productId: s.id('A'), merchantCode: 'A', quantity: 5 }] })
    insertOrder(s.db, { orderNo: 'TODAY', paidAt: FIXED_NOW.toISOString(), promisedShipAt: new Date(FIXED_NOW.getTime() + DAY).toISOString(), lines: [{ productId: s.id('A'), merchantCode: 'A', quantity: 3 }] })
    await s.call('engine.recompute', {})
    return s
  }

  it('counts 15 units over 10 in-stock days (1.5 a day) and explains every figure', async () => {
    const s = await shop(4)
    const plan = await s.call('engine.reorder', { includeZero: true })
    const line = plan.groups[0]!.lines[0]!
    expect(plan).toMatchObject({ serviceLevel: 0.95, z: 1.645, demandDays: 28, demandTo: '2026-11-25T16:00:00.000Z' })
    expect(line.avgDailyDemand.value).toBe(1.5)
    expect(line.sigmaDaily.value).toBe(1.35) // √(16.5 / 9)
    // ⌈1.645 × 1.354 × √4⌉ = ⌈4.455⌉ = 5; ⌈1.5 × 4 + 5⌉ = 11; 0 waiting + 11 − (10 − 3 allocated) − 0 = 4.
    expect(line).toMatchObject({ available: 7, incoming: 0, waitingUnits: 0 })
    expect(line.safetyStock.value).toBe(5)
    expect(line.reorderPoint.value).toBe(11)
    expect(line.suggestedQty.value).toBe(4)
    const words = [line.avgDailyDemand, line.safetyStock, line.reorderPoint, line.suggestedQty].map((e) => formatEngineMessage('en', e.formula, 'Asia/Shanghai'))
    expect(words).toEqual([
      'Average daily demand = 15 units ÷ 10 days in stock (of the last 28 days) = 1.5',
      'Safety stock = z × σ × √LT = 1.645 × 1.35 × √4 = 5 (rounded up)',
      'Reorder point = d̄ × LT + safety stock = 1.5 × 4 + 5 = 11 (rounded up)',
      'Order quantity = waiting orders 0 + reorder point 11 − available 7 − incoming 0 = 4 (never below 0)'
    ])
  })

  it('a higher service level raises safety stock at once', async () => {
    const s = await shop(4)
    await s.call('settings.update', { serviceLevel: 0.99 })
    const line = (await s.call('engine.reorder', { includeZero: true })).groups[0]!.lines[0]!
    expect(line.z).toBe(2.326)
    expect(line.safetyStock.value).toBe(7) // ⌈2.326 × 1.354 × 2⌉ = ⌈6.30⌉
  })

  it('warns that a SKU will run out before restock when its days of cover are below the lead time', async () => {
    const short = await shop(4)
    expect((await short.call('engine.alerts', {})).groups.find((g) => g.kind === 'run_out')!.count).toBe(0)
    const long = await shop(6)
    const runOut = (await long.call('engine.alerts', {})).groups.find((g) => g.kind === 'run_out')!
    expect(runOut.count).toBe(1)
    // 7 available ÷ 1.5 a day = 4.7 days < 6 days' lead time.
    expect(runOut.items[0]).toMatchObject({ sku: 'A', productId: long.id('A') })
    expect(runOut.items[0]!.message.params).toMatchObject({ available: 7, coverDays: 4.7, leadTimeDays: 6 })
    // A delivery due before the stock runs out clears the warning.
    await long.call('incoming.add', { productId: long.id('A'), quantity: 10, expectedAt: new Date(FIXED_NOW.getTime() + 3 * DAY).toISOString() })
    expect((await long.call('engine.alerts', {})).groups.find((g) => g.kind === 'run_out')!.count).toBe(0)
  })

  it('measures the supplier’s lead-time spread from received deliveries and uses the variance form', async () => {
    const s = await shop(7)
    s.db.prepare(`INSERT INTO suppliers (name, lead_time_days, created_at) VALUES ('义乌杯业', 7, ?)`).run(FIXED_NOW.toISOString())
    const supplierId = (s.db.prepare(`SELECT id FROM suppliers`).get() as { id: number }).id
    const insert = s.db.prepare(
      `INSERT INTO incoming_stock (product_id, supplier_id, quantity, ordered_at, expected_at, status, received_at, created_at) VALUES (?, ?, 10, ?, ?, 'received', ?, ?)`
    )
    for (const days of [5, 7, 9]) {
      const ordered = new Date(shanghai(60)).toISOString()
      insert.run(s.id('A'), supplierId, ordered, ordered, new Date(shanghai(60) + days * DAY).toISOString(), ordered)
    }
    const p = await s.call('products.get', { id: s.id('A') })
    await s.call('products.update', { id: p.id, name: p.name, spec: p.spec, priceFen: 0, unitCostFen: 500, safetyStock: 0, supplierId, leadTimeDays: null, substituteIds: [] })
    const line = (await s.call('engine.reorder', { includeZero: true })).groups[0]!.lines[0]!
    expect(line.leadTimeSigma).toBe(2)
    expect(line.safetyStock.formula.key).toBe('engine.formulas.safety_lead_variance')
    // ⌈1.645 × √(7 × 1.354² + 1.5² × 2²)⌉ = ⌈1.645 × √21.83⌉ = ⌈7.69⌉ = 8
    expect(line.safetyStock.value).toBe(8)
    expect(line.costFen).toBe(line.suggestedQty.value * 500)
  })
})
