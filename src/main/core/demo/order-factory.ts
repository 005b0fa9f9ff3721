// Makes one order at a time: platform mix, lines, quantities, amounts and a fake
// buyer. Which SKU sells follows each SKU's popularity, boosted during a promotion.
import { OrderNumbers } from './order-numbers'
import { fakeBuyer, fakeBuyerNote, fakeMerchantNote } from './people'
import type { PlanLine, PlanOrder, PlanProduct, ShopPlatform } from './plan'
import { WeightedPicker, type Rng } from './random'
import { HOUR } from './time'

export interface OrderOptions {
  paidAt: number | null
  /** Force a single-line order for this SKU (scenario orders). */
  product?: number
  quantity?: number
  /** Scenario orders must stay open, so their buyers never cancel. */
  buyerMayCancel?: boolean
}

/** Share of orders per platform: a PDD-first shop that also sells on Taobao and Douyin. */
const pickPlatform = (rng: Rng): ShopPlatform => {
  const r = rng.next()
  return r < 0.7 ? 'pdd' : r < 0.88 ? 'taobao' : 'douyin'
}

/** Hours between payment and the promised ship time on each platform. */
export const PROMISE_HOURS: Record<ShopPlatform, number> = { pdd: 48, taobao: 72, douyin: 48 }

export class OrderFactory {
  private picker: WeightedPicker
  private readonly families = new Map<number, number[]>()
  private readonly numbers: OrderNumbers

  constructor(
    private readonly rng: Rng,
    private readonly products: readonly PlanProduct[]
  ) {
    this.numbers = new OrderNumbers(rng)
    this.picker = new WeightedPicker(products.map((p) => p.weight))
    products.forEach((p, i) => this.families.set(p.family, [...(this.families.get(p.family) ?? []), i]))
  }

  /** Multiplies SKU popularity (a promotion or live-stream spike on some SKUs). */
  boost(multipliers: readonly number[]): void {
    this.picker = new WeightedPicker(this.products.map((p, i) => p.weight * (multipliers[i] ?? 1)))
  }

  make(createdAt: number, options: OrderOptions): PlanOrder {
    const rng = this.rng
    const platform = pickPlatform(rng)
    const lines = this.makeLines(platform, createdAt, options)
    const buyer = fakeBuyer(rng)
    const paidAt = options.paidAt
    const mayCancel = (options.buyerMayCancel ?? true) && paidAt !== null
    return {
      platform,
      orderNo: this.numbers.next(platform, createdAt),
      status: paidAt === null ? 'unpaid' : 'awaiting_shipment',
      afterSale: 'none',
      paidFen: lines.reduce((s, l) => s + l.amountFen, 0),
      createdAt,
      paidAt,
      promisedShipAt: paidAt === null ? null : paidAt + PROMISE_HOURS[platform] * HOUR,
      shippedAt: null,
      updatedAt: paidAt ?? createdAt,
      buyerName: buyer.name,
      buyerPhone: buyer.phone,
      address: buyer.address,
      buyerNote: fakeBuyerNote(rng),
      merchantNote: fakeMerchantNote(rng),
      lines,
      // A few buyers change their mind before the parcel leaves.
      cancelAt: mayCancel && rng.chance(0.025) ? paidAt + rng.between(0.5, 30) * HOUR : null
    }
  }

  private makeLines(platform: ShopPlatform, createdAt: number, options: OrderOptions): PlanLine[] {
    const rng = this.rng
    // PDD orders hold one SKU; Taobao and Douyin carts sometimes hold two or three.
    const r = rng.next()
    const count = options.product !== undefined || platform === 'pdd' ? 1 : r < 0.7 ? 1 : r < 0.92 ? 2 : 3
    const chosen: number[] = [options.product ?? this.picker.pick(rng)]
    for (let tries = 0; chosen.length < count && tries < 10; tries++) {
      const first = chosen[0] as number
      const family = this.families.get(this.products[first]?.family ?? -1) ?? []
      // Half the time the buyer adds a sibling (another colour of the same item).
      const next = rng.chance(0.5) && family.length > 1 ? rng.pick(family) : this.picker.pick(rng)
      if (!chosen.includes(next)) chosen.push(next)
    }
    return chosen.map((product, i) => {
      const price = this.products[product]?.priceFen ?? 0
      const quantity = options.quantity ?? this.quantity(price)
      const gross = price * quantity
      // Shop coupons on some orders; the buyer still pays at least ¥1 per line.
      const discount = rng.chance(0.3) ? Math.min(100 * rng.int(1, 5), gross - 100) : 0
      return {
        lineNo: i + 1,
        subOrderNo: platform === 'pdd' ? null : this.numbers.sub(platform, createdAt),
        product,
        quantity,
        amountFen: Math.max(0, gross - Math.max(0, discount))
      }
    })
  }

  /** Cheap items are bought several at a time; dearer ones mostly singly. */
  private quantity(priceFen: number): number {
    const r = this.rng.next()
    if (priceFen < 2000) return r < 0.7 ? 1 : r < 0.9 ? 2 : r < 0.97 ? 3 : this.rng.int(4, 5)
    return r < 0.88 ? 1 : r < 0.98 ? 2 : 3
  }
}
