// The purchase list as plain text for a chat with the supplier (WeChat): a
// heading, the shop, supplier and date, one numbered line per SKU with its code,
// name, spec, quantity and expected date, and a total. Dates are the shop's
// calendar dates; the language is the one the merchant chose for the supplier.
import type { PurchaseList } from '../../../shared/calls/purchase'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import { localDate } from '../../../shared/time'

export function purchaseText(list: Omit<PurchaseList, 'text'>, o: { lang: Lang; shopName: string; timeZone: string }): string {
  const m = (key: string, params: Record<string, string | number> = {}): string => messageFor(o.lang, `purchase.text.${key}`, params)
  const out = [list.ref ? `【${m('heading')}】${list.ref}` : `【${m('heading')}】`]
  if (o.shopName.trim()) out.push(m('shop', { shop: o.shopName.trim() }))
  out.push(m('supplier', { supplier: list.supplierName ?? m('noSupplier') }))
  out.push(m('date', { date: list.date }))
  out.push('')
  list.lines.forEach((l, i) => {
    out.push(
      m('line', {
        n: i + 1,
        code: l.merchantCode,
        product: [l.name, l.spec].filter((s) => s.trim() !== '').join(' '),
        qty: l.quantity,
        date: localDate(Date.parse(l.expectedAt), o.timeZone)
      })
    )
  })
  out.push('')
  out.push(m('total', { lines: list.lines.length, units: list.totalUnits }))
  return out.join('\n')
}
