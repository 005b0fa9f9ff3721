// The demo shop as plain data, built in memory before anything touches the
// database. Rows refer to each other by array index; load.ts turns indexes into
// row ids. Times are epoch milliseconds until they are written as ISO text.
import type { AfterSaleStatus, MovementType, OrderStatus, Platform } from '../../../shared/types'

export type ShopPlatform = Exclude<Platform, 'other'>

export interface PlanSupplier {
  name: string
  contact: string
  leadTimeDays: number
  note: string
}

export interface PlanProduct {
  merchantCode: string
  name: string
  spec: string
  family: number
  priceFen: number
  unitCostFen: number
  safetyStock: number
  supplier: number
  /** The product's own lead time; null means "use the supplier's". */
  ownLeadTimeDays: number | null
  /** Expected units sold per day, what a sensible merchant would plan with. */
  dailyDemand: number
  /** Popularity among the shop's SKUs (relative weight for picking order lines). */
  weight: number
  /** Listing ids on each platform: numeric text, like the platforms' own. */
  platformIds: Record<ShopPlatform, { productId: string; skuId: string }>
}

export interface PlanSubstitute {
  product: number
  substitute: number
  rank: number
}

export interface PlanMovement {
  product: number
  type: MovementType
  quantity: number
  counted: number | null
  reason: string
  ref: string | null
  at: number
}

export interface PlanIncoming {
  product: number
  supplier: number
  quantity: number
  orderedAt: number
  expectedAt: number
  status: 'open' | 'received' | 'cancelled'
  receivedAt: number | null
  /** Index of the receive movement once the goods arrived. */
  movement: number | null
  note: string
  /** Purchase-order reference, carried by the receive movement (simulation bookkeeping). */
  ref: string
  /** When the goods will actually turn up (simulation only; late suppliers exist). */
  arrivesAt: number
}

export interface PlanLine {
  lineNo: number
  subOrderNo: string | null
  product: number
  quantity: number
  amountFen: number
}

export interface PlanOrder {
  platform: ShopPlatform
  orderNo: string
  status: OrderStatus
  afterSale: AfterSaleStatus
  paidFen: number
  createdAt: number
  paidAt: number | null
  promisedShipAt: number | null
  shippedAt: number | null
  updatedAt: number
  buyerName: string
  buyerPhone: string
  address: string
  buyerNote: string
  merchantNote: string
  lines: PlanLine[]
  /** When the buyer will cancel if still unshipped (simulation only). */
  cancelAt: number | null
}

export interface DemoPlan {
  /** When the shop's records begin: suppliers and products are created then. */
  openedAt: number
  suppliers: PlanSupplier[]
  products: PlanProduct[]
  substitutes: PlanSubstitute[]
  movements: PlanMovement[]
  incoming: PlanIncoming[]
  /** In order of creation time. */
  orders: PlanOrder[]
}
