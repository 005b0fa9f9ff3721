// Purchase lists from the reorder suggestions (pure: the plan, the merchant's
// quantities and the moment in, the lists out). A line's quantity is the
// merchant's when given, else the engine's suggestion; 0 drops the line, and a
// quantity for a SKU the engine suggests nothing for adds it. Bad quantities are
// refused here, naming the SKU, so nothing is recorded from a list that is wrong.
import type { PurchaseLine, PurchaseList } from '../../../shared/calls/purchase'
import type { ReorderGroup } from '../../../shared/engine-types'
import { AppError } from '../../../shared/errors'
import type { Lang } from '../../../shared/i18n/translate'
import { localDate } from '../../../shared/time'
import { purchaseText } from './text'

const DAY = 86_400_000
export const MAX_QUANTITY = 1_000_000

export interface BuildOptions {
  /** A supplier's id, 'none' for SKUs without one, or null for every supplier with something to order. */
  supplier: number | 'none' | null
  quantities: { productId: number; quantity: number }[]
  nowMs: number
  timeZone: string
  lang: Lang
  shopName: string
  key: string | null
}

/** "PO-20261126-ab12cd": the shop's date and the start of the list's key. */
export function purchaseRef(key: string, nowMs: number, timeZone: string): string {
  return `PO-${localDate(nowMs, timeZone).replace(/-/g, '')}-${key.replace(/-/g, '').slice(0, 6)}`
}

const groupKey = (supplierId: number | null): number | 'none' => supplierId ?? 'none'

function checkedQuantities(groups: ReorderGroup[], o: BuildOptions): Map<number, number> {
  const where = new Map<number, { code: string; group: number | 'none' }>()
  for (const g of groups) for (const l of g.lines) where.set(l.productId, { code: l.merchantCode, group: groupKey(g.supplierId) })
  const out = new Map<number, number>()
  for (const { productId, quantity } of o.quantities) {
    const sku = where.get(productId)
    if (!sku) throw new AppError('not_found', { id: productId }, 'quantities', 'purchase.errors.unknownSku')
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
      throw new AppError('invalid_input', { code: sku.code, quantity: String(quantity) }, 'quantities', 'purchase.errors.quantity')
    }
    if (o.supplier !== null && sku.group !== o.supplier) {
      throw new AppError('invalid_input', { code: sku.code }, 'quantities', 'purchase.errors.otherSupplier')
    }
    out.set(productId, quantity)
  }
  return out
}

/** `groups` must hold every SKU (the reorder plan with zero suggestions included). */
export function buildPurchaseLists(groups: ReorderGroup[], o: BuildOptions): PurchaseList[] {
  const chosen = checkedQuantities(groups, o)
  const ref = o.key ? purchaseRef(o.key, o.nowMs, o.timeZone) : null
  const lists: PurchaseList[] = []
  for (const g of groups) {
    if (o.supplier !== null && groupKey(g.supplierId) !== o.supplier) continue
    const lines: PurchaseLine[] = []
    for (const l of g.lines) {
      const quantity = chosen.get(l.productId) ?? l.suggestedQty.value
      if (quantity <= 0) continue
      lines.push({
        productId: l.productId,
        merchantCode: l.merchantCode,
        name: l.name,
        spec: l.spec,
        quantity,
        suggested: l.suggestedQty.value,
        leadTimeDays: l.leadTimeDays,
        expectedAt: new Date(o.nowMs + l.leadTimeDays * DAY).toISOString(),
        unitCostFen: l.unitCostFen
      })
    }
    if (lines.length === 0 && o.supplier === null) continue
    const list: Omit<PurchaseList, 'text'> = {
      supplierId: g.supplierId,
      supplierName: g.supplierName,
      ref,
      date: localDate(o.nowMs, o.timeZone),
      lines,
      totalUnits: lines.reduce((s, l) => s + l.quantity, 0),
      totalCostFen: lines.reduce((s, l) => s + l.quantity * l.unitCostFen, 0)
    }
    lists.push({ ...list, text: purchaseText(list, o) })
  }
  return lists
}
