// CLI commands for the supply-chain review (issue #6): `report CHART` prints the
// very rows the review screen's chart draws (with --json, as the contract returns
// them), `export report CHART FILE` writes them for Excel. The period is whole
// days in the shop's time zone: --from/--to (YYYY-MM-DD, both included) or the
// last --days days (default 30, today included).
import { shopFlag } from './shop-flag'
import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import type { CallInput } from '../shared/contract'
import { formatYuan } from '../shared/money'
import { causeLabel } from '../shared/queue-format'
import type { Lang } from '../shared/i18n/translate'
import type { ReviewChart, ReviewData, SkuRow } from '../shared/review-types'
import { REVIEW_CHARTS } from '../shared/review-types'
import { PLATFORMS, type Platform } from '../shared/types'
import { intFlag, UsageError, type Flags } from './args'
import type { Call, Command, Outcome } from './call'
import { table } from './format'

const DAY = /^\d{4}-\d{2}-\d{2}$/

function dayFlag(f: Flags, name: 'from' | 'to'): string | null {
  const raw = f[name]?.trim()
  if (raw === undefined) return null
  if (!DAY.test(raw)) throw new UsageError(`--${name} must be a date like 2026-11-01, got "${raw}"`)
  return raw
}

async function filters(call: Call, f: Flags): Promise<CallInput<'review.data'>> {
  const platform = f.platform
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) {
    throw new UsageError(`--platform must be one of ${PLATFORMS.join('|')}, got "${platform}"`)
  }
  let supplierId: number | null = null
  if (f.supplier !== undefined) {
    const s = (await call('suppliers.list', {})).find((x) => x.name === f.supplier!.trim() || String(x.id) === f.supplier!.trim())
    if (!s) throw new UsageError(`no supplier named "${f.supplier}" (see: suppliers list)`)
    supplierId = s.id
  }
  return {
    days: intFlag(f, 'days') ?? 30,
    from: dayFlag(f, 'from'),
    to: dayFlag(f, 'to'),
    platform: (platform as Platform | undefined) ?? null,
    shopId: await shopFlag(call, f),
    supplierId,
    cause: f.cause?.trim() || null
  }
}

const pct = (v: number | null): string => (v === null ? '-' : `${v}%`)
const num = (v: number | null): string => (v === null ? '-' : String(v))

function chartText(lang: Lang, chart: ReviewChart, d: ReviewData): string {
  const money = (m: { refundFen: number; compensationFen: number; marginFen: number; lostFen: number }) =>
    [formatYuan(m.refundFen), formatYuan(m.compensationFen), formatYuan(m.marginFen), formatYuan(m.lostFen)]
  const moneyHead = ['refunded', 'compensation', 'lost margin', 'money lost']
  switch (chart) {
    case 'causes':
      return table(
        ['cause', 'code', 'cases', 'share', 'cumulative', ...moneyHead, 'cum. money'],
        d.causes.map((c) => [causeLabel(lang, c), c.code, c.cases, pct(c.casesPct), pct(c.casesCumPct), ...money(c), pct(c.lostCumPct)])
      )
    case 'trend':
      return table(
        ['week of', 'days', 'cases', 'by cause', 'no cause yet', 'cancelled', 'orders', 'cancel rate'],
        d.trend.map((w) => [
          w.week,
          w.days,
          w.cases,
          Object.entries(w.byCause)
            .map(([code, n]) => `${code} ${n}`)
            .join(', '),
          w.pending,
          w.cancelled,
          w.orders,
          pct(w.cancelRatePct)
        ])
      )
    case 'money':
      return table(
        ['week of', 'days', 'cases', ...moneyHead],
        d.money.map((w) => [w.week, w.days, w.cases, ...money(w)])
      )
    case 'suppliers':
      return table(
        ['supplier', 'cases', 'money lost', 'due', 'received', 'overdue', 'on time', 'promised d', 'actual d', 'fill rate'],
        d.suppliers.map((s) => [
          s.name ?? '(none named)',
          s.cases,
          formatYuan(s.lostFen),
          s.deliveries,
          s.received,
          s.overdue,
          pct(s.onTimePct),
          num(s.promisedLeadDays),
          num(s.actualLeadDays),
          pct(s.fillRatePct)
        ])
      )
    case 'skus': {
      const rows = (list: SkuRow[]) =>
        table(
          ['code', 'name', 'supplier', 'cases', 'money lost', 'days of cover', 'reorder'],
          list.map((s) => [s.merchantCode, `${s.name} ${s.spec}`.trim(), s.supplierName, s.cases, formatYuan(s.lostFen), num(s.daysOfCover), s.suggestedQty])
        )
      return `by cases\n${rows(d.skusByCases)}\n\nby money lost\n${rows(d.skusByMoney)}`
    }
  }
}

/** What `report CHART --json` prints: the chart's rows (two orders for the ranked charts) with the period they cover. */
function chartValue(chart: ReviewChart, d: ReviewData): Record<string, unknown> {
  const head = { chart, range: d.range, filters: d.filters }
  switch (chart) {
    case 'causes':
      return { ...head, rows: d.causes, rowsByMoney: d.causesByMoney }
    case 'skus':
      return { ...head, rows: d.skusByCases, rowsByMoney: d.skusByMoney }
    default:
      return { ...head, rows: d[chart] }
  }
}

function chartArg(args: string[], usage: string): ReviewChart {
  const chart = args[0]
  if (!chart || !(REVIEW_CHARTS as readonly string[]).includes(chart)) throw new UsageError(`usage: ${usage}`)
  return chart as ReviewChart
}

const REPORT = `report ${REVIEW_CHARTS.join('|')} [--from DATE] [--to DATE] [--days N] [--platform P] [--shop NAME] [--supplier NAME] [--cause CODE]`

export const REVIEW_COMMANDS: Record<string, Command> = {
  report: async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const chart = chartArg(args, REPORT)
    const d = await call('review.data', await filters(call, f))
    const period = `${d.range.from} – ${d.range.to} (${d.range.days} days, ${d.range.timeZone})`
    return { value: chartValue(chart, d), text: `${period}\n${chartText(lang, chart, d)}` }
  },
  'export report': async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const usage = `export report ${REVIEW_CHARTS.join('|')} FILE.csv|FILE.xlsx [same filters as report]`
    const chart = chartArg(args, usage)
    const path = args[1]
    const ext = path ? extname(path).toLowerCase() : ''
    if (!path || (ext !== '.csv' && ext !== '.xlsx')) throw new UsageError(`usage: ${usage}`)
    const file = await call('export.report', { ...(await filters(call, f)), chart, format: ext === '.csv' ? 'csv' : 'xlsx', lang })
    writeFileSync(path, file.bytes)
    return { value: { path, rows: file.rows }, text: `wrote ${file.rows} rows to ${path}` }
  }
}

export const REVIEW_USAGE = `
  ${REPORT}
                                         the supply-chain review's rows, as its charts draw them (--json: as the app gets them);
                                         DATE is a day in the shop's time zone (both ends included); default the last 30 days
  export report CHART FILE.csv|FILE.xlsx [same filters as report]`
