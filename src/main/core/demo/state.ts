// The simulated shop while the clock runs: stock per SKU, orders waiting to ship,
// purchase orders on their way, and every row recorded so far. All stock changes
// go through `move`, which refuses to go below zero exactly as the database would.
import type { MovementType } from '../../../shared/types'
import type { PlanIncoming, PlanMovement, PlanOrder, PlanProduct, PlanSupplier } from './plan'
import { chinaYyyymmdd } from './time'

export class ShopState {
  readonly onHand: number[]
  /** Units on orders that are paid and not yet shipped or cancelled. */
  readonly pendingUnits: number[]
  /** The one purchase order (index into `incoming`) currently open per SKU. */
  readonly openPo: (number | null)[]
  /** SKUs whose deliveries are held back, so their story ends as planned. */
  readonly holdArrivals: boolean[]
  readonly noReorder: boolean[]
  /** Paid, unshipped orders in order of payment (first paid, first shipped). */
  pending: PlanOrder[] = []
  readonly orders: PlanOrder[] = []
  readonly movements: PlanMovement[] = []
  readonly incoming: PlanIncoming[] = []
  private poSeq = 0

  constructor(
    readonly products: readonly PlanProduct[],
    readonly suppliers: readonly PlanSupplier[],
    readonly anchor: number
  ) {
    const n = products.length
    this.onHand = new Array<number>(n).fill(0)
    this.pendingUnits = new Array<number>(n).fill(0)
    this.openPo = new Array<number | null>(n).fill(null)
    this.holdArrivals = new Array<boolean>(n).fill(false)
    this.noReorder = new Array<boolean>(n).fill(false)
  }

  leadTimeDays(product: number): number {
    const p = this.products[product]
    return p?.ownLeadTimeDays ?? this.suppliers[p?.supplier ?? -1]?.leadTimeDays ?? 7
  }

  /** Records a ledger movement; returns its index. `counted` is for stock counts. */
  move(product: number, type: MovementType, quantity: number, at: number, reason: string, ref: string | null = null, counted: number | null = null): number {
    const after = (this.onHand[product] ?? 0) + quantity
    // Mirrors the CHECK on products.on_hand: a bug here must fail loudly, not at load time.
    if (after < 0) throw new Error(`demo: stock of SKU #${product} would go negative`)
    this.onHand[product] = after
    this.movements.push({ product, type, quantity, counted, reason, ref, at })
    return this.movements.length - 1
  }

  addOrder(order: PlanOrder): void {
    this.orders.push(order)
    if (order.status !== 'awaiting_shipment') return
    this.pending.push(order)
    for (const l of order.lines) this.pendingUnits[l.product] = (this.pendingUnits[l.product] ?? 0) + l.quantity
  }

  canShip(order: PlanOrder): boolean {
    return order.lines.every((l) => (this.onHand[l.product] ?? 0) >= l.quantity)
  }

  /** Ships every line (one ledger movement each); the caller drops it from `pending`. */
  ship(order: PlanOrder, at: number): void {
    for (const l of order.lines) {
      this.move(l.product, 'ship', -l.quantity, at, '订单发货', order.orderNo)
      this.pendingUnits[l.product] = (this.pendingUnits[l.product] ?? 0) - l.quantity
    }
    order.status = 'shipped'
    order.shippedAt = at
    order.updatedAt = at
  }

  /** Cancels an unshipped order; the caller drops it from `pending`. */
  cancel(order: PlanOrder, at: number, afterSale: PlanOrder['afterSale'], note?: string): void {
    for (const l of order.lines) this.pendingUnits[l.product] = (this.pendingUnits[l.product] ?? 0) - l.quantity
    order.status = 'cancelled'
    order.afterSale = afterSale
    order.updatedAt = at
    if (note) order.merchantNote = order.merchantNote ? `${order.merchantNote}；${note}` : note
  }

  /** A purchase-order reference like CG20261102-007, as shops number them. */
  nextPoRef(at: number): string {
    this.poSeq++
    return `CG${chinaYyyymmdd(at)}-${String(this.poSeq).padStart(3, '0')}`
  }

  placePo(po: Omit<PlanIncoming, 'status' | 'receivedAt' | 'movement'>): number {
    this.incoming.push({ ...po, status: 'open', receivedAt: null, movement: null })
    const index = this.incoming.length - 1
    this.openPo[po.product] = index
    return index
  }

  receivePo(index: number, at: number): void {
    const po = this.incoming[index]
    if (!po) return
    po.movement = this.move(po.product, 'receive', po.quantity, at, '供应商到货', po.ref)
    po.status = 'received'
    po.receivedAt = at
    this.openPo[po.product] = null
  }

  cancelPo(index: number, reason: string): void {
    const po = this.incoming[index]
    if (!po) return
    po.status = 'cancelled'
    po.note = `${po.note} ${reason}`
    this.openPo[po.product] = null
  }
}
