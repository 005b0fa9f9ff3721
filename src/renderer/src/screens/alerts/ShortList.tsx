// Out-of-stock SKUs that waiting orders need, most-waited-for first: the merchant's
// first restock (or substitute) list. Real rows from products.list, nothing derived.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductRow } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formatInt } from '../../lib/format'
import { href } from '../../lib/router'

const SHOWN = 7

export function ShortList({ total }: { total: number }) {
  const { t } = useTranslation()
  const [rows, setRows] = useState<ProductRow[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  useEffect(() => {
    let live = true
    call('products.list', { filter: 'out_of_stock', sort: 'openDemand', dir: 'desc', limit: SHOWN }).then(
      (page) => live && setRows(page.rows.filter((r) => r.openDemand > 0)),
      (e: unknown) => live && setError(toApiError(e))
    )
    return () => {
      live = false
    }
  }, [])

  return (
    <section className="box" aria-labelledby="short-list-title">
      <h2 className="box-title" id="short-list-title">
        {t('alerts.shortList')}
      </h2>
      <p className="muted small">{t('alerts.shortListHint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('alerts.allClear')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="mini-table short-table" data-testid="short-list">
          <thead>
            <tr>
              <th scope="col">{t('inventory.col.merchantCode')}</th>
              <th scope="col">{t('inventory.col.name')}</th>
              <th scope="col" className="align-end">
                {t('alerts.shortWaiting')}
              </th>
              <th scope="col">{t('inventory.col.supplier')}</th>
              <th scope="col" className="align-end">
                {t('inventory.col.leadTime')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('alerts.shortOrders')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="mono nowrap">
                  <a className="link" href={href('inventory', { sku: r.id })}>
                    {r.merchantCode}
                  </a>
                </td>
                <td className="ellipsis" title={`${r.name} ${r.spec}`}>
                  {r.name}
                  {r.spec ? <span className="muted"> · {r.spec}</span> : null}
                </td>
                <td className="align-end num strong text-danger">{formatInt(r.openDemand)}</td>
                <td className="ellipsis ellipsis-narrow">{r.supplierName ?? <span className="muted">—</span>}</td>
                <td className="align-end num nowrap">{t('common.days', { count: r.leadTimeDays })}</td>
                <td className="align-end nowrap">
                  <a className="link small" href={href('orders', { sku: r.id, code: r.merchantCode, status: 'awaiting_shipment' })}>
                    {t('alerts.shortOrders')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rows && total > rows.length ? (
        <a className="link small" href={href('inventory', { filter: 'out_of_stock' })}>
          {t('alerts.shortMore', { count: total })}
        </a>
      ) : null}
    </section>
  )
}
