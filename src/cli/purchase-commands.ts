// CLI for "Tell the supplier" (issue 16.4): the purchase list of one supplier
// (or of every supplier with something to order) as the text to paste into
// WeChat, the merchant's quantities by merchant code, and --record to add the
// list's deliveries as incoming stock.
import { randomUUID } from 'node:crypto'
import type { PurchaseList, PurchaseRecorded } from '../shared/calls/purchase'
import { messageFor, type Lang } from '../shared/i18n/translate'
import { UsageError, type Flags } from './args'
import type { Call, Outcome } from './call'

async function supplierOf(call: Call, name: string | undefined): Promise<number | 'none' | null> {
  if (name === undefined) return null
  if (name.trim() === '') return 'none'
  const s = (await call('suppliers.list', {})).find((x) => x.name === name.trim() || String(x.id) === name.trim())
  if (!s) throw new UsageError(`no supplier named "${name}" (see: suppliers list; --supplier "" lists the SKUs without one)`)
  return s.id
}

/** `--qty CODE=N`, repeatable; N is checked by the core so a bad one gets its message. */
async function quantitiesOf(call: Call, given: string[] | undefined): Promise<{ productId: number; quantity: number }[]> {
  const out: { productId: number; quantity: number }[] = []
  for (const raw of given ?? []) {
    const m = /^(.+)=(.*)$/.exec(raw)
    if (!m || m[2]!.trim() === '') throw new UsageError(`--qty takes CODE=N, got "${raw}"`)
    const product = await call('products.byCode', { merchantCode: m[1]!.trim() })
    out.push({ productId: product.id, quantity: Number(m[2]!.trim()) })
  }
  return out
}

async function purchaseList(call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> {
  const supplier = await supplierOf(call, f.supplier)
  const quantities = await quantitiesOf(call, f.qty)
  const shopName = f['shop-name'] ?? ''
  const key = f.key ?? randomUUID()
  // Which list each SKU is on, so each supplier's list gets the quantities of its own SKUs
  // (one supplier asked for: all of them, and the core refuses another supplier's SKU).
  const plan = await call('engine.reorder', { includeZero: true })
  const groupOf = new Map(plan.groups.flatMap((g) => g.lines.map((l) => [l.productId, g.supplierId ?? 'none'] as const)))
  const own = (group: number | 'none') => (supplier !== null ? quantities : quantities.filter((q) => groupOf.get(q.productId) === group))
  // Each supplier's list gets its own key, so its own reference "PO-date-…": one call per list found.
  const found = await call('purchase.lists', { supplier, lang, shopName, quantities, key: null })
  const keyOf = (i: number): string => (found.length > 1 ? `${i + 1}-${key}` : key)
  const lists: PurchaseList[] = []
  for (const [i, l] of found.entries()) {
    const group = l.supplierId ?? 'none'
    lists.push(...(await call('purchase.lists', { supplier: group, lang, shopName, quantities: own(group), key: keyOf(i) })))
  }
  const recorded: PurchaseRecorded[] = []
  if (f.record) {
    for (const [i, l] of lists.entries()) {
      if (l.lines.length === 0) continue
      const group = l.supplierId ?? 'none'
      recorded.push(await call('purchase.record', { supplier: group, key: keyOf(i), lang, shopName, quantities: own(group) }))
    }
  }
  const texts = lists.map((l) =>
    [l.lines.length ? l.text : `${l.supplierName ?? messageFor(lang, 'purchase.noSupplier')}: ${messageFor(lang, 'purchase.nothing')}`]
      .concat(l.supplierId === null ? [messageFor(lang, 'purchase.noSupplierHint')] : [])
      .join('\n')
  )
  if (lists.length === 0) texts.push(messageFor(lang, 'purchase.nothing'))
  for (const r of recorded)
    texts.push(
      r.alreadyRecorded
        ? messageFor(lang, 'purchase.alreadyRecorded', { ref: r.ref })
        : `${r.ref}: ${r.incoming.map((i) => `#${i.id} ${i.merchantCode} ×${i.quantity}`).join(', ')}`
    )
  return { value: { lists, recorded }, text: texts.join('\n\n') }
}

export const PURCHASE_COMMANDS = { 'reorder purchase-list': purchaseList }

export const PURCHASE_USAGE = `
  reorder purchase-list [--supplier NAME|""] [--qty CODE=N …] [--shop-name T] [--record] [--key K]
                                         purchase list to paste into WeChat (--lang sets its language); --supplier "" = SKUs
                                         without a supplier; --record adds its lines as incoming deliveries (same --key: once)`
