// Issue #6 bench: the supply-chain review screen's data for the demo shop — about
// 3,000 orders over 60 days with its stockout cases, deliveries and SKUs — timed
// through dispatch exactly as the renderer calls it (`review.data`, every chart
// at once), on a database file. Goal: under 100 ms. The drill-down list and a
// chart's CSV are timed too.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CoreContext } from '../src/main/core/context'
import { closeDatabase, openDatabase } from '../src/main/core/db/open'
import { dispatch } from '../src/main/core/dispatch'
import { createHandlers } from '../src/main/core/handlers'
import type { ReviewData } from '../src/shared/review-types'

export interface ReviewBench {
  orders: number
  cases: number
  deliveries: number
  days: number
  demoLoadMs: number
  firstMs: number
  medianMs: number
  p95Ms: number
  maxMs: number
  days90MedianMs: number
  filteredMedianMs: number
  casesListMs: number
  csvMs: number
}

const ANCHOR = new Date('2026-11-26T02:00:00.000Z')
const RUNS = 50

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
const goal = (value: number, max: number) => (value <= max ? `ok (goal ≤ ${max} ms)` : `OVER GOAL (≤ ${max} ms)`)

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

export async function benchReview(): Promise<ReviewBench> {
  const dir = mkdtempSync(join(tmpdir(), 'stockout-review-bench-'))
  const path = join(dir, 'shop.db')
  const db = openDatabase(path)
  try {
    const ctx: CoreContext = { db, now: () => ANCHOR, dbPath: path, appVersion: 'bench' }
    const handlers = createHandlers(ctx)
    const run = async (name: string, input: unknown): Promise<{ ms: number; value: unknown }> => {
      const t0 = performance.now()
      const r = await dispatch(handlers, name, input)
      const ms = performance.now() - t0
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
      return { ms, value: r.value }
    }
    const demo = await run('demo.load', { seed: 42 })
    const times = async (input: unknown): Promise<number[]> => {
      const out: number[] = []
      for (let i = 0; i < RUNS; i++) out.push((await run('review.data', input)).ms)
      return out.sort((a, b) => a - b)
    }
    const first = await run('review.data', { days: 60 })
    const data = first.value as ReviewData
    const sixty = await times({ days: 60 })
    const ninety = await times({ days: 90 })
    const topSupplier = data.suppliers.find((s) => s.supplierId !== null)?.supplierId ?? null
    const filtered = await times({ days: 60, platform: 'pdd', supplierId: topSupplier })
    const cause = data.summary.topCause?.code ?? 'supplier_late'
    const list = await run('review.cases', { days: 60, bar: { kind: 'cause', code: cause } })
    const csv = await run('export.report', { days: 60, chart: 'trend', format: 'csv', lang: 'zh-CN' })
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    return {
      orders: count('SELECT COUNT(*) AS n FROM orders'),
      cases: data.summary.cases,
      deliveries: count('SELECT COUNT(*) AS n FROM incoming_stock'),
      days: data.range.days,
      demoLoadMs: demo.ms,
      firstMs: first.ms,
      medianMs: quantile(sixty, 0.5),
      p95Ms: quantile(sixty, 0.95),
      maxMs: sixty[sixty.length - 1]!,
      days90MedianMs: quantile(ninety, 0.5),
      filteredMedianMs: quantile(filtered, 0.5),
      casesListMs: list.ms,
      csvMs: csv.ms
    }
  } finally {
    closeDatabase(db)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs the review bench and prints it the way bench/index.ts prints the others. */
export async function reportReviewBench(): Promise<void> {
  console.log('review: loading the demo shop (60 days) …')
  const b = await benchReview()
  console.log(`review: ${fmt(b.orders)} orders, ${fmt(b.cases)} stockout cases with a cause in ${b.days} days, ${fmt(b.deliveries)} deliveries`)
  console.log(`  loading the demo shop (demo.load)           ${fmt(b.demoLoadMs)} ms  ${goal(b.demoLoadMs, 2000)}`)
  console.log(`  Review screen data (review.data, 60 days)   ${fmt(b.medianMs, 1)} ms median (p95 ${fmt(b.p95Ms, 1)}, max ${fmt(b.maxMs, 1)})  ${goal(b.p95Ms, 100)}`)
  console.log(`  … first call after start (statements prepared) ${fmt(b.firstMs, 1)} ms`)
  console.log(`  … 90 days                                    ${fmt(b.days90MedianMs, 1)} ms median`)
  console.log(`  … 60 days, one platform and one supplier     ${fmt(b.filteredMedianMs, 1)} ms median`)
  console.log(`  cases behind a bar (review.cases)            ${fmt(b.casesListMs, 1)} ms`)
  console.log(`  a chart as CSV (export.report)               ${fmt(b.csvMs, 1)} ms`)
  console.log(JSON.stringify({ review: b }))
}
