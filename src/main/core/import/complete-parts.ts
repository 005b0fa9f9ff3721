// Taobao's order report and item report imported one after the other: a part in this file is
// completed with the other part the shop already stored, so the order ends up whole whichever file
// came first, and re-importing either file finds nothing changed.
import type { JoinSummary } from '../../../shared/types'
import type { ExistingOrder } from './existing-orders'
import type { NormalizedLine, NormalizedOrder } from './parse'

const SAMPLE = 10

const storedLines = (s: ExistingOrder): NormalizedLine[] => s.lines.map(({ id: _id, productId: _p, ...l }) => l)

/** The incoming part joined with the stored order when the stored one holds the other half. */
export function completeWithStored(incoming: NormalizedOrder, stored: ExistingOrder | undefined): NormalizedOrder {
  if (!stored || incoming.part === 'whole') return incoming
  if (incoming.part === 'order' && stored.part !== 'order') {
    return {
      ...incoming,
      part: 'whole',
      afterSale: incoming.afterSale !== 'none' ? incoming.afterSale : stored.afterSale,
      refundFen: incoming.refundFen ?? stored.refundFen,
      lines: storedLines(stored)
    }
  }
  if (incoming.part === 'items' && stored.part !== 'items') {
    const { id: _id, lines: _lines, ...orderData } = stored
    return {
      ...incoming,
      ...orderData,
      part: 'whole',
      // The item report's state may be newer; the merge never moves an order backwards.
      status: incoming.status,
      afterSale: incoming.afterSale !== 'none' ? incoming.afterSale : stored.afterSale,
      refundFen: incoming.refundFen ?? stored.refundFen,
      lines: incoming.lines
    }
  }
  return incoming
}

/** Counts for the preview: what was joined, and which halves are still missing. */
export class JoinCounter {
  private readonly s: JoinSummary = {
    joined: 0,
    ordersWithoutItems: 0,
    ordersWithoutItemsSample: [],
    itemsWithoutOrder: 0,
    itemsWithoutOrderSample: []
  }
  private seen = false

  constructor(joinedInImport: number) {
    this.s.joined = joinedInImport
    this.seen = joinedInImport > 0
  }

  /** `before` is the order as the file had it, `after` once completed with the stored order. */
  add(before: NormalizedOrder, after: NormalizedOrder): void {
    if (before.part === 'whole') return
    this.seen = true
    if (after.part === 'whole') this.s.joined++
    else if (after.part === 'order') {
      if (this.s.ordersWithoutItems++ < SAMPLE) this.s.ordersWithoutItemsSample.push(after.orderNo)
    } else if (this.s.itemsWithoutOrder++ < SAMPLE) this.s.itemsWithoutOrderSample.push(after.orderNo)
  }

  /** Null when no file of this import was an order report or item report. */
  result(hadParts: boolean): JoinSummary | null {
    return this.seen || hadParts ? this.s : null
  }
}
