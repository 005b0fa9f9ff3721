// Value lists the screens iterate over. The contract module itself (which pulls in
// zod) stays out of the renderer bundle; these are checked against its types.
import type { ORDER_SORTS, PRODUCT_FILTERS, PRODUCT_SORTS } from '@shared/contract'
import type { POSITION_FILTERS, POSITION_SORTS, TRIAGE_SORTS } from '@shared/calls/engine'

export type ProductFilter = (typeof PRODUCT_FILTERS)[number]
export type ProductSort = (typeof PRODUCT_SORTS)[number]
export type OrderSort = (typeof ORDER_SORTS)[number]
export type TriageSort = (typeof TRIAGE_SORTS)[number]
export type PositionFilter = (typeof POSITION_FILTERS)[number]
export type PositionSort = (typeof POSITION_SORTS)[number]

type Exhaustive<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never

const productFilters = ['all', 'out_of_stock', 'below_safety', 'with_demand'] as const
export const PRODUCT_FILTER_LIST: Exhaustive<ProductFilter, typeof productFilters> = productFilters

const productSorts = ['merchantCode', 'name', 'onHand', 'openDemand', 'safetyStock', 'priceFen', 'supplierName', 'updatedAt'] as const
export const PRODUCT_SORT_LIST: Exhaustive<ProductSort, typeof productSorts> = productSorts

const orderSorts = ['paidAt', 'promisedShipAt', 'orderNo', 'paidFen', 'status', 'platform'] as const
export const ORDER_SORT_LIST: Exhaustive<OrderSort, typeof orderSorts> = orderSorts

const triageSorts = ['urgency', 'penalty', 'paidAt'] as const
export const TRIAGE_SORT_LIST: Exhaustive<TriageSort, typeof triageSorts> = triageSorts

const positionFilters = ['all', 'short', 'below_safety', 'run_out', 'reorder', 'incoming'] as const
export const POSITION_FILTER_LIST: Exhaustive<PositionFilter, typeof positionFilters> = positionFilters

const positionSorts = ['merchantCode', 'available', 'waitingUnits', 'daysOfCover', 'suggestedQty', 'runOutAt'] as const
export const POSITION_SORT_LIST: Exhaustive<PositionSort, typeof positionSorts> = positionSorts

export function isOneOf<T extends string>(list: readonly T[], v: string | null | undefined): v is T {
  return v !== null && v !== undefined && (list as readonly string[]).includes(v)
}
