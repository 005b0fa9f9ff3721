// A chart's rows as a file for Excel: the very rows the screen draws (from
// reviewData), headers and cause names in the chosen language, amounts in yuan,
// percentages as numbers. toCsv/toXlsx neutralise every text cell (a cause the
// user named "=HYPERLINK(…)" stays text).
import type { ParsedInput } from '../../../shared/contract'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import type { CauseCounts, CauseRow, ReviewData, ReviewMoney, SkuRow } from '../../../shared/review-types'
import type { ExportFile } from '../../../shared/types'
import type { CoreContext } from '../context'
import { toCsv, toXlsx, type ExportColumn } from '../export'
import { reviewData } from './data'

type Row = Record<string, unknown>

const yuan = (fen: number): number => fen / 100
const head = (lang: Lang, key: string): string => messageFor(lang, `review.export.${key}`)
const causeName = (lang: Lang, c: { labelZh: string; labelEn: string }): string => (lang === 'zh-CN' ? c.labelZh : c.labelEn)

const moneyCells = (m: ReviewMoney): Row => ({
  refund: yuan(m.refundFen),
  compensation: yuan(m.compensationFen),
  margin: yuan(m.marginFen),
  lost: yuan(m.lostFen)
})

/** One column per cause with cases in the range, in the Pareto's order. */
function causeColumns(lang: Lang, data: ReviewData): { columns: ExportColumn[]; cells: (counts: CauseCounts) => Row } {
  const used = data.causes.filter((c) => c.cases > 0)
  return {
    columns: used.map((c) => ({ key: `cause:${c.code}`, header: causeName(lang, c) })),
    cells: (counts) => Object.fromEntries(used.map((c) => [`cause:${c.code}`, Object.hasOwn(counts, c.code) ? counts[c.code] : 0]))
  }
}

function table(
  lang: Lang,
  data: ReviewData,
  chart: ParsedInput<'export.report'>['chart'],
  order: ParsedInput<'export.report'>['order']
): { columns: ExportColumn[]; rows: Row[] } {
  const cols = (keys: string[]): ExportColumn[] => keys.map((key) => ({ key, header: head(lang, key) }))
  const money = ['refund', 'compensation', 'margin', 'lost']
  switch (chart) {
    case 'causes':
      return {
        columns: cols(['cause', 'code', 'cases', 'casesPct', 'casesCumPct', 'cancelled', ...money, 'lostPct', 'lostCumPct']),
        // Each cumulative share is computed in its own order (cases, money lost); the rows follow the chart's.
        rows: (order === 'money' ? data.causesByMoney : data.causes).map((c: CauseRow) => ({ ...c, cause: causeName(lang, c), ...moneyCells(c) }))
      }
    case 'trend': {
      const byCause = causeColumns(lang, data)
      return {
        columns: [...cols(['week', 'from', 'to', 'days', 'cases']), ...byCause.columns, ...cols(['pending', 'cancelled', 'orders', 'cancelRatePct'])],
        rows: data.trend.map((w) => ({ ...w, ...byCause.cells(w.byCause) }))
      }
    }
    case 'money':
      return {
        columns: cols(['week', 'from', 'to', 'days', 'cases', ...money]),
        rows: data.money.map((w) => ({ ...w, ...moneyCells(w) }))
      }
    case 'suppliers': {
      const byCause = causeColumns(lang, data)
      return {
        columns: [
          ...cols(['supplier', 'cases']),
          ...byCause.columns,
          ...cols([...money, 'deliveries', 'received', 'cancelledDeliveries', 'overdue', 'onTime', 'onTimePct']),
          ...cols(['leadTimeDays', 'promisedLeadDays', 'actualLeadDays', 'unitsOrdered', 'unitsReceived', 'fillRatePct'])
        ],
        rows: data.suppliers.map((s) => ({ ...s, supplier: s.name ?? head(lang, 'noSupplier'), ...byCause.cells(s.byCause), ...moneyCells(s) }))
      }
    }
    case 'skus': {
      const sku = (ranking: string) => (s: SkuRow, i: number) => ({ ...s, ranking, rank: i + 1, lost: yuan(s.lostFen) })
      return {
        columns: cols(['ranking', 'rank', 'merchantCode', 'name', 'spec', 'supplier', 'cases', 'lost', 'daysOfCover', 'suggestedQty', 'available']),
        rows: [
          ...data.skusByCases.map(sku(head(lang, 'byCases'))),
          ...data.skusByMoney.map(sku(head(lang, 'byMoney')))
        ].map((r) => ({ ...r, supplier: r.supplierName ?? '' }))
      }
    }
  }
}

export async function exportReport(ctx: CoreContext, input: ParsedInput<'export.report'>): Promise<ExportFile> {
  const data = reviewData(ctx, input)
  const { columns, rows } = table(input.lang, data, input.chart, input.order)
  const bytes = input.format === 'csv' ? toCsv(columns, rows) : await toXlsx(columns, rows)
  return {
    fileName: `review-${input.chart}-${data.range.from}_${data.range.to}.${input.format}`,
    mime: input.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
    rows: rows.length
  }
}
