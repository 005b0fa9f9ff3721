// Reorder suggestions from the stored per-SKU figures, grouped by supplier, each
// figure explained; and the same list as a file for Excel (one row per SKU, the
// formulas written out in the user's language).
import type { ParsedInput } from '../../../shared/contract'
import type { ReorderGroup, ReorderLine, ReorderPlan } from '../../../shared/engine-types'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import type { ExportFile } from '../../../shared/types'
import { formatShopTime } from '../../../shared/time'
import { formatEngineMessage } from '../../../shared/engine-format'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { toCsv, toXlsx } from '../export'
import { getSettings } from '../settings/settings'
import { searchPattern, skuMatches } from '../search/rule'
import { readSummary, zFor } from './recompute'
import { explainReorder, type ReorderFigures } from './reorder'

/** A row of the stored figures: the SKU, its stock and demand, and the reorder figures (reorder.ts). */
interface Raw extends ReorderFigures {
  productId: number
  merchantCode: string
  name: string
  spec: string
  unitCostFen: number
  supplierId: number | null
  supplierName: string | null
  configuredSafety: number
  onHand: number
  available: number
  incoming: number
  waitingUnits: number
  avgDaily: number | null
  sigmaDaily: number | null
  inStockDays: number
  demandUnits: number
  leadTimeDays: number
  leadSigma: number | null
}

export function reorderPlan(ctx: CoreContext, q: ParsedInput<'engine.reorder'>): ReorderPlan {
  const summary = readSummary(ctx)
  const z = zFor(summary.serviceLevel)
  const rows = prepared(
    ctx.db,
    `SELECT k.product_id AS productId, p.merchant_code AS merchantCode, p.name, p.spec, p.unit_cost_fen AS unitCostFen,
       p.supplier_id AS supplierId, s.name AS supplierName, p.safety_stock AS configuredSafety, k.on_hand AS onHand, k.available,
       k.incoming_units AS incoming, k.waiting_units AS waitingUnits, k.avg_daily AS avgDaily, k.sigma_daily AS sigmaDaily,
       k.in_stock_days AS inStockDays, k.demand_units AS demandUnits, k.lead_time_days AS leadTimeDays, k.lead_sigma AS leadSigma,
       k.stat_safety AS statSafety, k.safety_used AS safetyUsed, k.safety_formula AS safetyFormula, k.reorder_point AS reorderPoint,
       k.suggested_qty AS suggestedQty, k.days_of_cover AS daysOfCover
     FROM engine_skus k JOIN products p ON p.id = k.product_id LEFT JOIN suppliers s ON s.id = p.supplier_id
     WHERE (:all = 1 OR k.suggested_qty > 0) AND (:supplierId IS NULL OR p.supplier_id = :supplierId)
       AND (:like IS NULL OR ${skuMatches('p', 's')})
     ORDER BY s.name IS NULL, s.name, p.supplier_id, p.merchant_code`
  ).all({ all: q.includeZero ? 1 : 0, supplierId: q.supplierId, like: searchPattern(q.search) }) as Raw[]

  const groups: ReorderGroup[] = []
  for (const r of rows) {
    const explained = explainReorder(
      {
        avgDaily: r.avgDaily,
        sigmaDaily: r.sigmaDaily,
        inStockDays: r.inStockDays,
        windowDays: summary.demandDays,
        demandUnits: r.demandUnits,
        leadTimeDays: r.leadTimeDays,
        leadTimeSigma: r.leadSigma,
        z,
        configuredSafety: r.configuredSafety,
        available: r.available,
        incoming: r.incoming,
        waitingUnits: r.waitingUnits
      },
      {
        statSafety: r.statSafety,
        safetyUsed: r.safetyUsed,
        safetyFormula: r.safetyFormula,
        reorderPoint: r.reorderPoint,
        suggestedQty: r.suggestedQty,
        daysOfCover: r.daysOfCover
      }
    )
    const line: ReorderLine = {
      productId: r.productId,
      merchantCode: r.merchantCode,
      name: r.name,
      spec: r.spec,
      unitCostFen: r.unitCostFen,
      onHand: r.onHand,
      available: r.available,
      incoming: r.incoming,
      waitingUnits: r.waitingUnits,
      ...explained,
      leadTimeDays: r.leadTimeDays,
      leadTimeSigma: r.leadSigma === null ? null : Math.round(r.leadSigma * 100) / 100,
      z,
      costFen: r.suggestedQty * r.unitCostFen
    }
    let g = groups[groups.length - 1]
    if (!g || g.supplierId !== r.supplierId) {
      g = { supplierId: r.supplierId, supplierName: r.supplierName, lines: [], totalUnits: 0, totalCostFen: 0 }
      groups.push(g)
    }
    g.lines.push(line)
    g.totalUnits += line.suggestedQty.value
    g.totalCostFen += line.costFen
  }
  return {
    computedAt: summary.computedAt,
    serviceLevel: summary.serviceLevel,
    z,
    demandFrom: summary.demandFrom,
    demandTo: summary.demandTo,
    demandDays: summary.demandDays,
    groups
  }
}

const EXPORT_KEYS = [
  'supplier',
  'merchantCode',
  'name',
  'spec',
  'available',
  'incoming',
  'waitingUnits',
  'avgDaily',
  'sigmaDaily',
  'leadTimeDays',
  'safetyStock',
  'reorderPoint',
  'suggestedQty',
  'unitCostYuan',
  'costYuan',
  'howComputed'
] as const

export async function exportReorder(ctx: CoreContext, input: ParsedInput<'export.reorder'>): Promise<ExportFile> {
  const { timeZone } = getSettings(ctx)
  const plan = reorderPlan(ctx, { supplierId: input.supplierId, includeZero: input.includeZero, search: input.search })
  const lang: Lang = input.lang
  const text = (m: { key: string; params: Record<string, string | number | null> }): string => formatEngineMessage(lang, m, timeZone)
  const rows = plan.groups.flatMap((g) =>
    g.lines.map((l) => ({
      supplier: g.supplierName ?? messageFor(lang, 'engine.reorder.noSupplier'),
      merchantCode: l.merchantCode,
      name: l.name,
      spec: l.spec,
      available: l.available,
      incoming: l.incoming,
      waitingUnits: l.waitingUnits,
      avgDaily: l.avgDailyDemand.value,
      sigmaDaily: l.sigmaDaily.value,
      leadTimeDays: l.leadTimeDays,
      safetyStock: l.safetyStock.value,
      reorderPoint: l.reorderPoint.value,
      suggestedQty: l.suggestedQty.value,
      unitCostYuan: l.unitCostFen / 100,
      costYuan: l.costFen / 100,
      howComputed: [l.avgDailyDemand, l.safetyStock, l.reorderPoint, l.suggestedQty].map((e) => text(e.formula)).join('\n')
    }))
  )
  const columns = EXPORT_KEYS.map((key) => ({ key, header: messageFor(lang, `engine.reorder.columns.${key}`) }))
  const bytes = input.format === 'csv' ? toCsv(columns, rows) : await toXlsx(columns, rows)
  const stamp = formatShopTime(ctx.now().toISOString(), timeZone).slice(0, 16).replace(/[-: ]/g, '')
  return {
    fileName: `reorder-${stamp}.${input.format}`,
    mime: input.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
    rows: rows.length
  }
}
