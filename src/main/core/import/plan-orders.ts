// Decides, without writing anything, what an order file would do to the shop:
// which orders are new, which changed (and how), which are unchanged. The same
// plan drives the preview and the import, so what the user previews is what lands.
import type { FieldChange, OrderStatus } from '../../../shared/types'
import type { ExistingLine, ExistingOrder } from './existing-orders'
import type { NormalizedLine, NormalizedOrder } from './parse'

export type OrderAction =
  | { kind: 'create'; order: NormalizedOrder }
  | { kind: 'update'; order: NormalizedOrder; existing: ExistingOrder; merged: MergedOrder; changes: FieldChange[]; linesChanged: boolean }
  | { kind: 'unchanged'; order: NormalizedOrder; existing: ExistingOrder | null }

export type MergedOrder = Omit<NormalizedOrder, 'lines' | 'sourceRows' | 'platform' | 'orderNo' | 'shopName' | 'rowsDigest'>

// How far along an order is. An older export imported after a newer one must not
// move an order backwards (e.g. shipped → awaiting shipment), and an order the
// shop already cancelled stays cancelled.
const STAGE: Record<OrderStatus, number> = { unpaid: 0, awaiting_shipment: 1, shipped: 2, received: 3, cancelled: 4 }

function nextStatus(current: OrderStatus, incoming: OrderStatus): OrderStatus {
  if (current === 'cancelled') return current
  if (incoming === 'cancelled') return current === 'received' ? current : incoming
  return STAGE[incoming] >= STAGE[current] ? incoming : current
}

const MERGED_TEXT_FIELDS = ['buyerName', 'buyerPhone', 'address', 'buyerNote', 'merchantNote'] as const
const MERGED_TIME_FIELDS = ['paidAt', 'promisedShipAt', 'shippedAt'] as const

/**
 * The order as it should be after this file: values the file has replace stored
 * ones, while blanks (a column the merchant left out of the export) keep what
 * the shop already knows.
 */
export function mergeOrder(existing: ExistingOrder, incoming: NormalizedOrder): MergedOrder {
  const merged: MergedOrder = {
    status: nextStatus(existing.status, incoming.status),
    afterSale:
      incoming.afterSale === 'none' && existing.afterSale !== 'none' && incoming.status === existing.status
        ? existing.afterSale
        : incoming.afterSale,
    paidFen: incoming.paidFen > 0 ? incoming.paidFen : existing.paidFen,
    paidAt: incoming.paidAt ?? existing.paidAt,
    promisedShipAt: incoming.promisedShipAt ?? existing.promisedShipAt,
    shippedAt: incoming.shippedAt ?? existing.shippedAt,
    buyerName: incoming.buyerName || existing.buyerName,
    buyerPhone: incoming.buyerPhone || existing.buyerPhone,
    address: incoming.address || existing.address,
    buyerNote: incoming.buyerNote || existing.buyerNote,
    merchantNote: incoming.merchantNote || existing.merchantNote,
    part: incoming.part,
    refundFen: incoming.refundFen ?? existing.refundFen,
    presale: incoming.presale || existing.presale
  }
  return merged
}

const lineKey = (
  l: Pick<
    NormalizedLine,
    'lineNo' | 'subOrderNo' | 'merchantCode' | 'platformProductId' | 'platformSkuId' | 'title' | 'spec' | 'quantity' | 'amountFen'
  >
): string =>
  [l.lineNo, l.subOrderNo ?? '', l.merchantCode, l.platformProductId, l.platformSkuId, l.title, l.spec, l.quantity, l.amountFen].join(
    '\u001f'
  )

export function linesDiffer(existing: ExistingLine[], incoming: NormalizedLine[]): boolean {
  if (existing.length !== incoming.length) return true
  for (let i = 0; i < existing.length; i++) if (lineKey(existing[i]!) !== lineKey(incoming[i]!)) return true
  return false
}

export function planOrder(existing: ExistingOrder | undefined, order: NormalizedOrder): OrderAction {
  if (!existing) return { kind: 'create', order }
  const merged = mergeOrder(existing, order)
  const changes: FieldChange[] = []
  const compare = (field: Exclude<keyof MergedOrder, 'presale'>): void => {
    if (merged[field] !== existing[field]) changes.push({ field, from: existing[field], to: merged[field] })
  }
  compare('status')
  compare('afterSale')
  compare('paidFen')
  compare('refundFen')
  compare('part')
  if (merged.presale !== existing.presale) changes.push({ field: 'presale', from: Number(existing.presale), to: Number(merged.presale) })
  for (const f of MERGED_TIME_FIELDS) compare(f)
  for (const f of MERGED_TEXT_FIELDS) compare(f)
  const linesChanged = linesDiffer(existing.lines, order.lines)
  if (linesChanged) changes.push({ field: 'lines', from: existing.lines.length, to: order.lines.length })
  if (changes.length === 0) return { kind: 'unchanged', order, existing }
  return { kind: 'update', order, existing, merged, changes, linesChanged }
}
