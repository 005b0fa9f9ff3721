// The review's rows leaving the app: `export.report` (CSV for Excel, formula-safe,
// headers in the chosen language) and `report CHART --json`, which must print the
// very rows the screen's charts draw. Plus the demo shop: it has to give every
// chart something true to show over its 60 days.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index'
import { TEST_NOW } from '../helpers/clock'
import { createHandlers } from '../../src/main/core/handlers'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import type { ReviewData } from '../../src/shared/review-types'
import { REVIEW_CHARTS } from '../../src/shared/review-types'
import { tempDir, testShop } from '../helpers/shop'
import { cst, reviewShop } from './helpers'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const csvLines = (bytes: Uint8Array): string[] => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return Buffer.from(bytes.subarray(3)).toString('utf8').split('\r\n').filter(Boolean)
}

describe('export.report', () => {
  it('writes each chart’s rows with headers in the chosen language, amounts in yuan, and text cells made formula-safe', async () => {
    const s = reviewShop()
    const yiwu = s.supplier('=HYPERLINK("http://x","义乌")', 7)
    const a = s.sku('A', { priceFen: 3990, costFen: 1990, supplier: yiwu })
    const at = cst('2026-11-20 10:00')
    s.db
      .prepare(`INSERT INTO queue_causes (code, label_zh, label_en, position, created_at, updated_at) VALUES ('mine', '@SUM(1)', '+cmd', 30, ?, ?)`)
      .run(at, at)
    s.kase({ order: s.order('O1', { lines: [{ sku: a, qty: 1, amountFen: 3990 }] }), opened: at, cause: 'mine', supplier: yiwu, compensationFen: 500, lacking: [a] })

    const causes = await s.call('export.report', { days: 30, chart: 'causes', format: 'csv', lang: 'zh-CN' })
    expect(causes.fileName).toBe('review-causes-2026-10-28_2026-11-26.csv')
    const lines = csvLines(causes.bytes)
    expect(lines[0]).toBe(
      '原因,代码,案例数,案例占比(%),案例累计占比(%),因缺货取消,已退款(元),赔付(元),估计损失毛利(元),损失金额(元),损失金额占比(%),损失金额累计占比(%)'
    )
    // The user's cause first; its label starting with @ is written as text. Money in yuan: 39.9 refunded, 5 + 20 lost.
    expect(lines[1]).toBe(`'@SUM(1),mine,1,100,100,1,39.9,5,20,25,100,100`)
    expect(lines).toHaveLength(1 + (await s.call('review.data', { days: 30 })).causes.length)
    expect(causes.rows).toBe(lines.length - 1)

    const suppliers = csvLines((await s.call('export.report', { days: 30, chart: 'suppliers', format: 'csv', lang: 'en' })).bytes)
    expect(suppliers[0]!.startsWith('Supplier,Cases,+cmd,Refunded (yuan)')).toBe(false) // the cause header is neutralised too
    expect(suppliers[0]!.startsWith(`Supplier,Cases,'+cmd,Refunded (yuan),`)).toBe(true)
    expect(suppliers[1]!.startsWith(`"'=HYPERLINK(""http://x"",""义乌"")",1,1,39.9,5,20,25,`)).toBe(true)

    for (const chart of REVIEW_CHARTS) {
      const file = await s.call('export.report', { days: 30, chart, format: 'xlsx', lang: 'en' })
      expect(Buffer.from(file.bytes.subarray(0, 2)).toString('latin1'), chart).toBe('PK')
    }
    const trend = csvLines((await s.call('export.report', { days: 30, chart: 'trend', format: 'csv', lang: 'en' })).bytes)
    expect(trend[0]).toBe(`Week (Monday),From,To,Days in period,Cases,'+cmd,Cause not recorded yet,Cancelled for stockout,Orders paid,Cancellation rate (%)`)
    expect(trend.slice(1).map((l) => l.split(',')[0])).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'])
    const skus = csvLines((await s.call('export.report', { days: 30, chart: 'skus', format: 'csv', lang: 'en' })).bytes)
    expect(skus.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['By cases,1,A', 'By money lost,1,A'])
  })
})

describe('the demo shop', () => {
  it('has closed cases with causes spread over its 60 days, so every chart has something to show', async () => {
    const s = testShop()
    await s.call('demo.load', { seed: 42 })
    const d: ReviewData = await s.call('review.data', { days: 60 })
    expect(d.summary.cases).toBeGreaterThanOrEqual(40)
    expect(d.causes.filter((c) => c.cases > 0).length).toBeGreaterThanOrEqual(6)
    expect(d.summary.topCause?.code).toMatch(/^supplier_/)
    // Cases in most weeks, not bunched.
    expect(d.trend.filter((w) => w.cases > 0).length).toBeGreaterThanOrEqual(d.trend.length - 3)
    expect(d.suppliers.filter((r) => r.supplierId !== null && r.cases > 0 && r.deliveries > 0).length).toBeGreaterThanOrEqual(4)
    expect(d.suppliers.every((r) => r.supplierId === null || (r.onTimePct !== null && r.fillRatePct !== null))).toBe(true)
    expect(d.skusByCases.length).toBe(10)
    expect(d.money.some((w) => w.refundFen > 0 && w.compensationFen > 0 && w.marginFen > 0)).toBe(true)
    expect(d.summary.cancelRatePct).toBeGreaterThan(0)
  })
})

describe('report CHART (CLI)', () => {
  it('prints with --json the same rows review.data gives the screen', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    const cli = async (...args: string[]) => {
      const out: string[] = []
      const err: string[] = []
      const code = await runCli([...args, '--db', db, '--lang', 'en'], (x) => out.push(x), (x) => err.push(x), () => TEST_NOW)
      return { code, out: out.join('\n'), err: err.join('\n') }
    }
    expect((await cli('demo', '--seed', '7')).code).toBe(0)

    const conn = openDatabase(db)
    const handlers = createHandlers({ db: conn, now: () => TEST_NOW, dbPath: db, appVersion: 'test' })
    const screen = async (input: object): Promise<ReviewData> => {
      const r = await dispatch(handlers, 'review.data', input)
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      return r.value as ReviewData
    }
    try {
      const d = await screen({ days: 60 })
      const from = d.range.from
      const to = d.range.to
      for (const chart of REVIEW_CHARTS) {
        const r = await cli('report', chart, '--from', from, '--to', to, '--json')
        expect(r.code, r.err).toBe(0)
        const printed = JSON.parse(r.out) as { chart: string; range: object; rows: unknown; rowsByMoney?: unknown }
        expect(printed.range).toEqual(d.range)
        const expected = { causes: d.causes, trend: d.trend, suppliers: d.suppliers, skus: d.skusByCases, money: d.money }[chart]
        expect(printed.rows, chart).toEqual(expected)
        if (chart === 'causes') expect(printed.rowsByMoney).toEqual(d.causesByMoney)
        if (chart === 'skus') expect(printed.rowsByMoney).toEqual(d.skusByMoney)
      }
      // Filters: platform and supplier narrow the same way as on screen.
      const suppliers = (await cli('suppliers', 'list', '--json')).out
      const first = (JSON.parse(suppliers) as { id: number; name: string }[])[0]!
      const filtered = JSON.parse((await cli('report', 'causes', '--platform', 'pdd', '--supplier', first.name, '--days', '90', '--json')).out) as {
        rows: unknown
      }
      expect(filtered.rows).toEqual((await screen({ days: 90, platform: 'pdd', supplierId: first.id })).causes)

      const text = await cli('report', 'suppliers')
      expect(text.code).toBe(0)
      expect(text.out).toContain(first.name)
      expect(text.out).toMatch(/on time/)

      const bad = await cli('report', 'everything')
      expect(bad.code).toBe(2)
      expect((await cli('report', 'causes', '--from', '26/11/2026')).code).toBe(2)
      expect((await cli('report', 'causes', '--from', '2026-11-20', '--to', '2026-11-01')).code).toBe(1)

      const file = join(t.dir, 'causes.csv')
      const written = await cli('export', 'report', 'causes', file, '--days', '60')
      expect(written.code, written.err).toBe(0)
      expect(written.out).toBe(`wrote ${d.causes.length} rows to ${file}`)
    } finally {
      closeDatabase(conn)
    }
  })
})
