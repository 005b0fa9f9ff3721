// The printed purchase list: only this sheet shows on paper (purchase.css hides
// the app around it). It is written in the language chosen for the supplier,
// like the text, so the page and the chat say the same thing.
import type { PurchaseList } from '@shared/calls/purchase'
import { messageFor, type Lang } from '@shared/i18n/translate'
import { localDate } from '@shared/time'

export function PurchasePrint({ list, lang, shopName, timeZone }: { list: PurchaseList; lang: Lang; shopName: string; timeZone: string }) {
  const m = (key: string, params: Record<string, string | number> = {}): string => messageFor(lang, `purchase.${key}`, params)
  return (
    <section className="purchase-print" data-testid="purchase-print" lang={lang}>
      <h1>
        {m('text.heading')} {list.ref ?? ''}
      </h1>
      <p>
        {shopName.trim() ? <span>{m('text.shop', { shop: shopName.trim() })}</span> : null}
        <span>{m('text.supplier', { supplier: list.supplierName ?? m('text.noSupplier') })}</span>
        <span>{m('text.date', { date: list.date })}</span>
      </p>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{m('col.code')}</th>
            <th>{m('col.product')}</th>
            <th>{m('col.spec')}</th>
            <th className="align-end">{m('col.quantity')}</th>
            <th>{m('col.expected')}</th>
          </tr>
        </thead>
        <tbody>
          {list.lines.map((l, i) => (
            <tr key={l.productId}>
              <td>{i + 1}</td>
              <td className="mono">{l.merchantCode}</td>
              <td>{l.name}</td>
              <td>{l.spec}</td>
              <td className="align-end num">{l.quantity}</td>
              <td className="num">{localDate(Date.parse(l.expectedAt), timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="purchase-print-total">{m('text.total', { lines: list.lines.length, units: list.totalUnits })}</p>
    </section>
  )
}
