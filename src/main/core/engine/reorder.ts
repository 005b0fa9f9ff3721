// Reorder figures per SKU (docs/domain.md):
//   safety stock   = z × σd × √LT, or z × √(LT × σd² + d̄² × σLT²) when the
//                    supplier's actual lead times vary (σLT measured from received
//                    deliveries); never below the safety stock the merchant set;
//   reorder point  = d̄ × LT + safety stock;
//   order quantity = units on short orders + reorder point − available − incoming.
// With no in-stock day in the window (a new SKU) demand is unknown: the merchant's
// own safety stock stands in, so short orders are still covered.
// Each figure comes with its formula (an i18n key) and the inputs it used.
import type { EngineMessage, Explained } from '../../../shared/engine-types'

export interface ReorderInputs {
  avgDaily: number | null
  sigmaDaily: number | null
  inStockDays: number
  windowDays: number
  demandUnits: number
  leadTimeDays: number
  leadTimeSigma: number | null
  z: number
  configuredSafety: number
  available: number
  incoming: number
  waitingUnits: number
}

export type SafetyFormula = 'safety_basic' | 'safety_lead_variance' | 'safety_configured' | 'safety_floor'

export interface ReorderFigures {
  statSafety: number | null
  safetyUsed: number
  safetyFormula: SafetyFormula
  reorderPoint: number | null
  suggestedQty: number
  daysOfCover: number | null
}

/** Rounds away float dust (6.000000001) before taking the ceiling, so 6 stays 6. */
const ceil = (x: number): number => Math.ceil(Math.round(x * 1e6) / 1e6)
const r2 = (x: number): number => Math.round(x * 100) / 100

export function reorderFigures(i: ReorderInputs): ReorderFigures {
  let statSafety: number | null = null
  let formula: SafetyFormula = 'safety_configured'
  if (i.avgDaily !== null && i.sigmaDaily !== null) {
    if (i.leadTimeSigma !== null && i.leadTimeSigma > 0) {
      statSafety = ceil(i.z * Math.sqrt(i.leadTimeDays * i.sigmaDaily ** 2 + i.avgDaily ** 2 * i.leadTimeSigma ** 2))
      formula = 'safety_lead_variance'
    } else {
      statSafety = ceil(i.z * i.sigmaDaily * Math.sqrt(i.leadTimeDays))
      formula = 'safety_basic'
    }
    if (i.configuredSafety > statSafety) formula = 'safety_floor'
  }
  const safetyUsed = Math.max(i.configuredSafety, statSafety ?? 0)
  const reorderPoint = i.avgDaily === null ? safetyUsed : ceil(i.avgDaily * i.leadTimeDays + safetyUsed)
  const suggestedQty = Math.max(0, i.waitingUnits + reorderPoint - i.available - i.incoming)
  const daysOfCover = i.avgDaily !== null && i.avgDaily > 0 ? i.available / i.avgDaily : null
  return { statSafety, safetyUsed, safetyFormula: formula, reorderPoint, suggestedQty, daysOfCover }
}

const msg = (key: string, params: EngineMessage['params']): EngineMessage => ({ key: `engine.formulas.${key}`, params })

/** The figures with the formula and inputs behind each, for the reorder screen and export. */
export function explainReorder(i: ReorderInputs, f: ReorderFigures) {
  const avgDailyDemand: Explained =
    i.avgDaily === null
      ? { value: null, formula: msg('avg_unknown', { windowDays: i.windowDays }) }
      : { value: r2(i.avgDaily), formula: msg('avg_daily', { units: i.demandUnits, inStockDays: i.inStockDays, windowDays: i.windowDays, value: r2(i.avgDaily) }) }
  const sigmaDaily: Explained =
    i.sigmaDaily === null
      ? { value: null, formula: msg('avg_unknown', { windowDays: i.windowDays }) }
      : { value: r2(i.sigmaDaily), formula: msg('sigma_daily', { inStockDays: i.inStockDays, value: r2(i.sigmaDaily) }) }
  const common = { z: i.z, sigma: r2(i.sigmaDaily ?? 0), avgDaily: r2(i.avgDaily ?? 0), leadTimeDays: i.leadTimeDays, sigmaLt: r2(i.leadTimeSigma ?? 0) }
  const safetyStock: Explained<number> = {
    value: f.safetyUsed,
    formula: msg(f.safetyFormula, { ...common, statistical: f.statSafety ?? 0, configured: i.configuredSafety, value: f.safetyUsed })
  }
  const reorderPoint: Explained =
    i.avgDaily === null
      ? { value: f.reorderPoint, formula: msg('reorder_point_no_demand', { safetyStock: f.safetyUsed, value: f.reorderPoint }) }
      : {
          value: f.reorderPoint,
          formula: msg('reorder_point', { avgDaily: r2(i.avgDaily), leadTimeDays: i.leadTimeDays, safetyStock: f.safetyUsed, value: f.reorderPoint })
        }
  const suggestedQty: Explained<number> = {
    value: f.suggestedQty,
    formula: msg('order_quantity', {
      waitingUnits: i.waitingUnits,
      reorderPoint: f.reorderPoint ?? 0,
      available: i.available,
      incoming: i.incoming,
      value: f.suggestedQty
    })
  }
  return { avgDailyDemand, sigmaDaily, safetyStock, reorderPoint, suggestedQty }
}
