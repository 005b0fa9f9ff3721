// The review's SQL aggregates on hand-built histories: day and week boundaries in
// China time, empty ranges, causes without cases, the money of a case, SKU
// attribution and the filters. Every figure is checked against numbers worked
// out by hand from the rows inserted here.
import { describe, expect, it } from 'vitest'
import type { ReviewData } from '../../src/shared/review-types'
import { cst, reviewShop, type ReviewShop } from './helpers'

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0)

async function data(s: ReviewShop, input: Parameters<ReviewShop['call']>[1] & object): Promise<ReviewData> {
  return s.call('review.data', input as never)
}

describe('review: date ranges are whole days in the shop’s time zone', () => {
  it('counts a case opened at 00:00 on the first day and at 23:59:59 on the last, not a moment outside', async () => {
    const s = reviewShop()
    const a = s.sku('A')
    const opened = [
      new Date(Date.parse(cst('2026-11-01 00:00')) - 1).toISOString(), // the last moment of the day before: out
      cst('2026-11-01 00:00'), // first moment of the first day: in
      new Date(Date.parse(cst('2026-11-08 00:00')) - 1).toISOString(), // last moment of the last day: in
      cst('2026-11-08 00:00') // the next day: out
    ]
    opened.forEach((at, i) => s.kase({ order: s.order(`O${i}`, { paidAt: at, lines: [{ sku: a, qty: 1, amountFen: 3000 }] }), opened: at, lacking: [a] }))

    const d = await data(s, { from: '2026-11-01', to: '2026-11-07' })
    expect(d.range).toMatchObject({ from: '2026-11-01', to: '2026-11-07', days: 7, fromAt: '2026-10-31T16:00:00.000Z', toAt: '2026-11-07T16:00:00.000Z' })
    expect(d.summary.cases).toBe(2)
    // Orders are dated the same way (paid time), so the rate compares like with like.
    expect(d.summary.orders).toBe(2)
    const listed = await s.call('review.cases', { from: '2026-11-01', to: '2026-11-07' })
    expect(listed.rows.map((r) => r.orderNo).sort()).toEqual(['O1', 'O2'])

    // 2026-11-01 is a Sunday: its week (from Monday 10-26) is one day long in this range, the next one six.
    expect(d.trend.map((w) => [w.week, w.from, w.to, w.days, w.cases, w.orders])).toEqual([
      ['2026-10-26', '2026-11-01', '2026-11-01', 1, 1, 1],
      ['2026-11-02', '2026-11-02', '2026-11-07', 6, 1, 1]
    ])
  })

  it('follows the time zone in Settings', async () => {
    const s = reviewShop()
    const a = s.sku('A')
    // 2026-11-01 03:00 UTC: still 11-01 in UTC, 11-01 11:00 in Shanghai; 2026-10-31 20:00 UTC is 11-01 04:00 in Shanghai.
    s.kase({ order: s.order('O1', { lines: [{ sku: a, qty: 1, amountFen: 100 }] }), opened: '2026-10-31T20:00:00.000Z' })
    expect((await data(s, { from: '2026-11-01', to: '2026-11-01' })).summary.cases).toBe(1)
    await s.call('settings.update', { timeZone: 'UTC' })
    const utc = await data(s, { from: '2026-11-01', to: '2026-11-01' })
    expect(utc.range).toMatchObject({ fromAt: '2026-11-01T00:00:00.000Z', toAt: '2026-11-02T00:00:00.000Z', timeZone: 'UTC' })
    expect(utc.summary.cases).toBe(0)
  })

  it('takes the last N days with today included, and weeks start on Monday in shop time', async () => {
    const s = reviewShop()
    // FIXED_NOW is Thursday 2026-11-26 10:00 in Shanghai.
    const d = await data(s, { days: 7 })
    expect(d.range).toMatchObject({ from: '2026-11-20', to: '2026-11-26', days: 7, fromAt: '2026-11-19T16:00:00.000Z', toAt: '2026-11-26T16:00:00.000Z' })
    expect(d.trend.map((w) => [w.week, w.from, w.to, w.days])).toEqual([
      ['2026-11-16', '2026-11-20', '2026-11-22', 3],
      ['2026-11-23', '2026-11-23', '2026-11-26', 4]
    ])
    // One date alone: --from up to today, or `days` days ending at --to.
    expect((await data(s, { from: '2026-11-01' })).range).toMatchObject({ from: '2026-11-01', to: '2026-11-26', days: 26 })
    expect((await data(s, { to: '2026-10-31', days: 90 })).range).toMatchObject({ from: '2026-08-03', to: '2026-10-31', days: 90 })
  })

  it('refuses a range that ends before it starts, a date that does not exist and a range over two years, changing nothing', async () => {
    const s = reviewShop()
    const before = JSON.stringify(s.db.prepare('SELECT * FROM engine_state').all())
    expect(await s.fail('review.data', { from: '2026-11-07', to: '2026-11-01' })).toMatchObject({ code: 'invalid_input', field: 'from' })
    expect(await s.fail('review.data', { from: '2026-02-30', to: '2026-03-01' })).toMatchObject({ code: 'invalid_input', field: 'from' })
    expect(await s.fail('review.data', { from: '2020-01-01', to: '2026-01-01' })).toMatchObject({ code: 'invalid_input', field: 'from' })
    expect(await s.fail('review.data', { to: '2026-11-01', from: null, days: 0 })).toMatchObject({ code: 'invalid_input', field: 'days' })
    expect(await s.fail('review.cases', { from: '2026-11-07', to: '2026-11-01' })).toMatchObject({ code: 'invalid_input' })
    expect(JSON.stringify(s.db.prepare('SELECT * FROM engine_state').all())).toBe(before)
  })
})

describe('review: empty ranges and causes with zero cases', () => {
  it('an empty range gives every cause at zero, empty weeks and no shares (never a division by zero)', async () => {
    const s = reviewShop()
    const d = await data(s, { from: '2026-11-01', to: '2026-11-14' })
    expect(d.summary).toMatchObject({ cases: 0, cancelled: 0, orders: 0, cancelRatePct: null, refundFen: 0, lostFen: 0, topCause: null, unclassified: 0 })
    expect(d.causes.map((c) => c.code)).toEqual(d.causeList.map((c) => c.code))
    expect(d.causes.every((c) => c.cases === 0 && c.casesPct === null && c.casesCumPct === null && c.lostCumPct === null)).toBe(true)
    expect(d.trend.map((w) => [w.week, w.cases, w.orders, w.cancelRatePct])).toEqual([
      ['2026-10-26', 0, 0, null],
      ['2026-11-02', 0, 0, null],
      ['2026-11-09', 0, 0, null]
    ])
    expect(d.money.every((w) => w.refundFen === 0 && w.lostFen === 0)).toBe(true)
    expect(d.suppliers).toEqual([])
    expect(d.skusByCases).toEqual([])
    expect(d.skusByMoney).toEqual([])
  })

  it('lists causes without cases after the others in taxonomy order; cumulative shares reach 100 and stay there', async () => {
    const s = reviewShop()
    const a = s.sku('A')
    const at = cst('2026-11-10 12:00')
    const add = (n: number, cause: string, amountFen: number) => {
      for (let i = 0; i < n; i++) s.kase({ order: s.order(`${cause}-${i}`, { lines: [{ sku: a, qty: 1, amountFen }] }), opened: at, cause, lacking: [a] })
    }
    add(3, 'demand_spike', 2000) // 3 cases, margin 3 × (2000 − 1000)
    add(1, 'supplier_late', 9000) // 1 case, margin 8000: the biggest money
    // A cause the user added and then hid, with no cases: not listed. One hidden with a case: listed.
    s.db.prepare(`INSERT INTO queue_causes (code, label_zh, label_en, position, archived, created_at, updated_at) VALUES ('gone', '旧', 'Old', 20, 1, ?, ?)`).run(at, at)
    s.db.prepare(`INSERT INTO queue_causes (code, label_zh, label_en, position, archived, created_at, updated_at) VALUES ('hidden', '隐', 'Hidden', 21, 1, ?, ?)`).run(at, at)
    add(1, 'hidden', 1000)

    const d = await data(s, { from: '2026-11-01', to: '2026-11-30' })
    const codes = d.causes.map((c) => c.code)
    expect(codes.slice(0, 3)).toEqual(['demand_spike', 'supplier_late', 'hidden'])
    // The rest: the taxonomy's order (presets' positions), zero each.
    expect(codes.slice(3)).toEqual(['supplier_shortage', 'forecast_error', 'oversell_sync', 'count_error', 'listing_error', 'damaged_quality', 'late_reorder', 'other'])
    expect(codes).not.toContain('gone')
    expect(d.causeList.map((c) => c.code)).toContain('hidden')
    expect(d.causes.map((c) => [c.cases, c.casesPct, c.casesCumPct]).slice(0, 4)).toEqual([
      [3, 60, 60],
      [1, 20, 80],
      [1, 20, 100],
      [0, 0, 100]
    ])
    // By money: supplier_late first (8000 of 11000).
    expect(d.causesByMoney.map((c) => [c.code, c.lostFen, c.lostPct, c.lostCumPct]).slice(0, 3)).toEqual([
      ['supplier_late', 8000, 72.7, 72.7],
      ['demand_spike', 3000, 27.3, 100],
      ['hidden', 0, 0, 100]
    ])
    // The summary leads with the biggest cause.
    expect(d.summary.topCause).toMatchObject({ code: 'demand_spike', cases: 3, pct: 60, supplierName: null })
    // A cause filter lists that cause alone.
    const one = await data(s, { from: '2026-11-01', to: '2026-11-30', cause: 'supplier_late' })
    expect(one.causes.map((c) => [c.code, c.cases, c.casesCumPct])).toEqual([['supplier_late', 1, 100]])
    expect(one.summary.cases).toBe(1)
  })
})

describe('review: what a case cost', () => {
  it('refund, compensation and estimated lost margin from the cancelled order’s lines; all charts add up to the same totals', async () => {
    const s = reviewShop()
    const a = s.sku('A', { priceFen: 5000, costFen: 2000 })
    const b = s.sku('B', { priceFen: 1500, costFen: 2500 }) // sold below cost: its margin counts as 0
    const c = s.sku('C', { priceFen: 4000, costFen: 1000 })
    const day = (d: number) => cst(`2026-11-${String(d).padStart(2, '0')} 09:00`)
    // Cancelled, two lines: A ×2 sold for 9000 (margin 9000 − 4000 = 5000) and B ×1 for 1500 (below cost → 0).
    const o1 = s.order('O1', { lines: [{ sku: a, qty: 2, amountFen: 9000 }, { sku: b, qty: 1, amountFen: 1500 }] })
    s.kase({ order: o1, opened: day(2), compensationFen: 300, lacking: [a, b] })
    // Cancelled, a line without an amount: priced at the SKU's price, 3 × (4000 − 1000) = 9000; refund not confirmed yet.
    const o2 = s.order('O2', { paidFen: 12000, lines: [{ sku: c, qty: 3 }] })
    s.kase({ order: o2, opened: day(10), refundFen: null, cause: 'supplier_shortage', lacking: [c] })
    // Shipped after all (not cancelled): no margin lost, no refund, only the compensation paid.
    const o3 = s.order('O3', { status: 'received', lines: [{ sku: a, qty: 1, amountFen: 5000 }] })
    s.kase({ order: o3, opened: day(10), cancelled: false, compensationFen: 500, cause: 'supplier_shortage', lacking: [a] })

    const d = await data(s, { from: '2026-11-01', to: '2026-11-30' })
    expect(d.summary).toMatchObject({ cases: 3, cancelled: 2, refundFen: 10500, compensationFen: 800, marginFen: 14000, lostFen: 14800 })
    const byCode = new Map(d.causes.map((r) => [r.code, r]))
    expect(byCode.get('supplier_late')).toMatchObject({ cases: 1, cancelled: 1, refundFen: 10500, compensationFen: 300, marginFen: 5000, lostFen: 5300 })
    expect(byCode.get('supplier_shortage')).toMatchObject({ cases: 2, cancelled: 1, refundFen: 0, compensationFen: 500, marginFen: 9000, lostFen: 9500 })

    // The same totals from every angle.
    for (const key of ['refundFen', 'compensationFen', 'marginFen', 'lostFen'] as const) {
      expect(sum(d.causes.map((r) => r[key])), key).toBe(d.summary[key])
      expect(sum(d.money.map((r) => r[key])), key).toBe(d.summary[key])
      expect(sum(d.suppliers.map((r) => r[key])), key).toBe(d.summary[key])
    }
    expect(sum(d.trend.map((w) => w.cases))).toBe(3)
    expect(d.money.map((w) => [w.week, w.cases, w.lostFen])).toEqual([
      ['2026-10-26', 0, 0], // only Sunday 11-01 of this week is in the range
      ['2026-11-02', 1, 5300],
      ['2026-11-09', 2, 9500],
      ['2026-11-16', 0, 0],
      ['2026-11-23', 0, 0],
      ['2026-11-30', 0, 0] // Monday 11-30 alone
    ])

    // SKUs: O1's 5300 is shared by A and B (2650 each); C has O2's 9000; A also has O3's 500.
    const skus = new Map(d.skusByMoney.map((r) => [r.merchantCode, r]))
    expect(skus.get('A')).toMatchObject({ cases: 2, lostFen: 2650 + 500 })
    expect(skus.get('B')).toMatchObject({ cases: 1, lostFen: 2650 })
    expect(skus.get('C')).toMatchObject({ cases: 1, lostFen: 9000 })
    expect(d.skusByMoney.map((r) => r.merchantCode)).toEqual(['C', 'A', 'B'])
    expect(d.skusByCases.map((r) => r.merchantCode)).toEqual(['A', 'C', 'B'])
    expect(sum(d.skusByMoney.map((r) => r.lostFen))).toBe(d.summary.lostFen)
  })

  it('shares an odd fen to the first SKU a case lacked, so the SKUs’ money adds up exactly', async () => {
    const s = reviewShop()
    const skus = ['A', 'B', 'C'].map((code) => s.sku(code, { priceFen: 1000, costFen: 1000 }))
    const o = s.order('O1', { lines: skus.map((sku) => ({ sku, qty: 1, amountFen: 1000 })) })
    s.kase({ order: o, opened: cst('2026-11-20 10:00'), compensationFen: 100, lacking: skus })
    const d = await data(s, { days: 30 })
    expect(d.skusByCases.map((r) => [r.merchantCode, r.lostFen])).toEqual([
      ['A', 34],
      ['B', 33],
      ['C', 33]
    ])
  })

  it('reports the SKU’s days of cover and reorder suggestion from the engine', async () => {
    const s = reviewShop()
    const a = s.sku('A')
    s.kase({ order: s.order('O1', { lines: [{ sku: a, qty: 1, amountFen: 3000 }] }), opened: cst('2026-11-20 10:00'), lacking: [a] })
    const d = await data(s, { days: 30 })
    const engine = s.db.prepare('SELECT days_of_cover AS cover, suggested_qty AS qty, available FROM engine_skus WHERE product_id = ?').get(a) as {
      cover: number | null
      qty: number
      available: number
    }
    expect(d.skusByCases[0]).toMatchObject({ merchantCode: 'A', daysOfCover: engine.cover, suggestedQty: engine.qty, available: engine.available })
    expect(d.engineAt).not.toBeNull()
  })
})

describe('review: cases counted, filters and the drill-down', () => {
  it('counts a case only once its cause is recorded; the others are reported as waiting', async () => {
    const s = reviewShop()
    const a = s.sku('A')
    const at = cst('2026-11-20 10:00')
    s.kase({ order: s.order('O1', { paidAt: at, lines: [{ sku: a, qty: 1, amountFen: 3000 }] }), opened: at })
    s.kase({ order: s.order('O2', { paidAt: at, lines: [{ sku: a, qty: 1, amountFen: 3000 }] }), opened: at, cause: null })
    s.kase({ order: s.order('O3', { platform: 'douyin', paidAt: at, lines: [{ sku: a, qty: 1, amountFen: 3000 }] }), opened: at, cause: null })
    // A shipped order: only the denominator of the rate.
    s.order('O4', { status: 'received', paidAt: at, lines: [{ sku: a, qty: 1, amountFen: 3000 }] })
    const d = await data(s, { days: 30, platform: null })
    // All three orders were cancelled for lack of stock, whether their cause is recorded or not.
    expect(d.summary).toMatchObject({ cases: 1, unclassified: 2, cancelled: 3, orders: 4, cancelRatePct: 75 })
    expect(d.trend.find((w) => w.week === '2026-11-16')).toMatchObject({ cases: 1, pending: 2, cancelled: 3, orders: 4, cancelRatePct: 75 })
    expect(sum(d.causes.map((c) => c.cancelled))).toBe(1)
    expect((await data(s, { days: 30, platform: 'douyin' })).summary).toMatchObject({ cases: 0, unclassified: 1, cancelled: 1 })
    // A supplier or cause filter cannot match a case without a cause.
    expect((await data(s, { days: 30, cause: 'supplier_late' })).summary).toMatchObject({ cases: 1, unclassified: 0, cancelled: 1 })
    expect((await data(s, { days: 30, cause: 'supplier_late' })).trend.every((w) => w.pending === 0)).toBe(true)
  })

  it('filters by platform (cases and orders) and lists a bar’s cases: by cause, supplier, SKU and week', async () => {
    const s = reviewShop()
    const yiwu = s.supplier('义乌杯业', 7)
    const a = s.sku('A', { supplier: yiwu })
    const b = s.sku('B')
    const mk = (no: string, platform: 'pdd' | 'taobao', day: string, cause: string, supplier: number | null, sku: number) =>
      s.kase({
        order: s.order(no, { platform, paidAt: cst(`${day} 08:00`), lines: [{ sku, qty: 1, amountFen: 3000 }] }),
        opened: cst(`${day} 09:00`),
        cause,
        supplier,
        lacking: [sku]
      })
    mk('P1', 'pdd', '2026-11-03', 'supplier_late', yiwu, a)
    mk('P2', 'pdd', '2026-11-04', 'supplier_late', yiwu, a)
    mk('P3', 'pdd', '2026-11-10', 'demand_spike', null, b)
    mk('T1', 'taobao', '2026-11-11', 'supplier_late', yiwu, a)
    // An order that shipped normally: it counts only in the denominator.
    s.order('T2', { platform: 'taobao', status: 'received', paidAt: cst('2026-11-11 08:00'), lines: [{ sku: b, qty: 1, amountFen: 3000 }] })

    const all = await data(s, { from: '2026-11-01', to: '2026-11-30' })
    expect(all.summary).toMatchObject({ cases: 4, cancelled: 4, orders: 5, cancelRatePct: 80 })
    expect(all.summary.topCause).toMatchObject({ code: 'supplier_late', cases: 3, pct: 75, supplierName: '义乌杯业', supplierCases: 3 })
    expect(all.suppliers.map((r) => [r.name, r.cases, r.byCause])).toEqual([
      ['义乌杯业', 3, { supplier_late: 3 }],
      [null, 1, { demand_spike: 1 }]
    ])

    const tb = await data(s, { from: '2026-11-01', to: '2026-11-30', platform: 'taobao' })
    expect(tb.summary).toMatchObject({ cases: 1, orders: 2, cancelRatePct: 50 })
    expect(tb.trend.find((w) => w.week === '2026-11-09')).toMatchObject({ cases: 1, byCause: { supplier_late: 1 }, orders: 2, cancelRatePct: 50 })

    const range = { from: '2026-11-01', to: '2026-11-30' }
    const orderNos = async (bar: object, extra: object = {}) =>
      (await s.call('review.cases', { ...range, ...extra, bar } as never)).rows.map((r) => r.orderNo)
    expect(await orderNos({ kind: 'cause', code: 'supplier_late' })).toEqual(['T1', 'P2', 'P1'])
    expect(await orderNos({ kind: 'supplier', supplierId: null })).toEqual(['P3'])
    expect(await orderNos({ kind: 'supplier', supplierId: yiwu }, { platform: 'pdd' })).toEqual(['P2', 'P1'])
    expect(await orderNos({ kind: 'sku', productId: b })).toEqual(['P3'])
    expect(await orderNos({ kind: 'week', week: '2026-11-09' })).toEqual(['T1', 'P3'])
    const page = await s.call('review.cases', { ...range, bar: { kind: 'all' }, limit: 2 })
    expect(page.total).toBe(4)
    expect(page.rows).toHaveLength(2)
    expect(page.rows[0]).toMatchObject({ orderNo: 'T1', platform: 'taobao', causeCode: 'supplier_late', supplierName: '义乌杯业', skus: ['A'], cancelled: true, refundFen: 3000, marginFen: 2000 })
  })
})

describe('review: supplier scorecard from incoming stock', () => {
  it('computes lead times, on time by the end of the promised day (shop time) and fill rate for one supplier', async () => {
    const s = reviewShop()
    const yiwu = s.supplier('义乌杯业', 7)
    const other = s.supplier('温州日用品厂', 5)
    const a = s.sku('A', { supplier: yiwu })
    const ordered = cst('2026-11-01 10:00')
    const promised = cst('2026-11-08 14:00') // promised 7 days (+4 h) after ordering
    // On the promised day, late in the evening: on time. Actual lead time 7.5 days.
    s.delivery({ sku: a, supplier: yiwu, qty: 100, orderedAt: ordered, expectedAt: promised, receivedAt: cst('2026-11-08 22:00') })
    // Ten minutes past midnight the next day: late, and only 80 of 100 units came. Actual 7.6 days (7 d 14 h 10 min).
    s.delivery({ sku: a, supplier: yiwu, qty: 100, orderedAt: ordered, expectedAt: promised, receivedAt: cst('2026-11-09 00:10'), receivedQty: 80 })
    // Cancelled: counts in the fill rate (nothing received), not in on time.
    s.delivery({ sku: a, supplier: yiwu, qty: 50, orderedAt: ordered, expectedAt: promised, status: 'cancelled' })
    // Still open two days after its promised day: overdue, counts against on time.
    s.delivery({ sku: a, supplier: yiwu, qty: 10, orderedAt: ordered, expectedAt: cst('2026-11-24 12:00'), status: 'open' })
    // Promised for tonight: not due yet, so neither on time nor late.
    s.delivery({ sku: a, supplier: yiwu, qty: 10, orderedAt: ordered, expectedAt: cst('2026-11-26 20:00'), status: 'open' })
    // Promised before the range: not in it.
    s.delivery({ sku: a, supplier: yiwu, qty: 10, orderedAt: cst('2026-10-01 10:00'), expectedAt: cst('2026-10-31 23:00') })
    // Another supplier's delivery.
    s.delivery({ sku: a, supplier: other, qty: 5, orderedAt: ordered, expectedAt: promised })

    const d = await data(s, { from: '2026-11-01', to: '2026-11-30', supplierId: yiwu })
    expect(d.suppliers).toHaveLength(1)
    expect(d.suppliers[0]).toEqual({
      supplierId: yiwu,
      name: '义乌杯业',
      leadTimeDays: 7,
      cases: 0,
      byCause: {},
      refundFen: 0,
      compensationFen: 0,
      marginFen: 0,
      lostFen: 0,
      deliveries: 5,
      received: 2,
      cancelledDeliveries: 1,
      overdue: 1,
      onTime: 1,
      onTimePct: 33.3,
      // Over the received deliveries: promised 7 d 4 h; actual 7 d 12 h and 7 d 14 h 10 min.
      promisedLeadDays: 7.2,
      actualLeadDays: 7.5,
      unitsOrdered: 250,
      unitsReceived: 180,
      fillRatePct: 72
    })
    // Without the filter both suppliers are there; the platform and cause filters leave deliveries alone.
    const both = await data(s, { from: '2026-11-01', to: '2026-11-30', platform: 'taobao', cause: 'demand_spike' })
    expect(both.suppliers.map((r) => [r.name, r.deliveries])).toEqual([
      ['义乌杯业', 5],
      ['温州日用品厂', 1]
    ])
  })
})
