// The SKU's ledger, newest first, with the running balance after each movement.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Movement } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatInt, formatSigned } from '../../lib/format'
import { endCol, TableHead } from '../../components/TableHead'

const BATCH = 50

interface State {
  tag: string
  rows: Movement[]
  total: number
  error: ApiError | null
}

export function MovementHistory({ productId, refreshKey }: { productId: number; refreshKey: number }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const tag = `${productId}:${refreshKey}`
  const [state, setState] = useState<State | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)

  useEffect(() => {
    let live = true
    call('stock.movements', { productId, offset: 0, limit: BATCH }).then(
      (page) => live && setState({ tag, rows: page.rows, total: page.total, error: null }),
      (e: unknown) => live && setState({ tag, rows: [], total: 0, error: toApiError(e) })
    )
    return () => {
      live = false
    }
  }, [productId, tag])

  // Keep showing the previous rows while a refresh is on its way (no flicker after a save).
  const current = state

  function more(): void {
    if (!current) return
    setLoadingMore(true)
    call('stock.movements', { productId, offset: current.rows.length, limit: BATCH })
      .then(
        (page) => setState((s) => (s && s.tag === current.tag ? { ...s, rows: [...s.rows, ...page.rows], total: page.total } : s)),
        (e: unknown) => setState((s) => (s ? { ...s, error: toApiError(e) } : s))
      )
      .finally(() => setLoadingMore(false))
  }

  /** What a movement refers to, in words: a delivery received from Incoming stock, or the order it shipped. */
  const refText = (ref: string | null): string => {
    if (!ref) return ''
    const delivery = /^incoming:(\d+)$/.exec(ref)
    if (delivery) return t('incoming.movementRef', { id: delivery[1] })
    const order = /^(pdd|taobao|douyin|other):(.+)$/.exec(ref)
    if (order) return t('inventory.detail.orderRef', { platform: t(`platform.${order[1]}`), orderNo: order[2] })
    return ref
  }

  // The import records shipments with a fixed English reason; the order it names says it better, in the user's language.
  const reasonText = (m: Movement): string => (m.reason && !(m.type === 'ship' && m.reason === 'order shipped' && m.ref) ? m.reason : refText(m.ref))

  return (
    <section className="panel-section" aria-label={t('inventory.detail.movements')}>
      <h3 className="section-title">
        {t('inventory.detail.movements')}
        {current && current.total > 0 ? <span className="section-count">{formatInt(current.total)}</span> : null}
      </h3>
      {!current ? <p className="muted small">{t('common.loading')}</p> : null}
      {current?.error ? <ErrorNotice error={current.error} /> : null}
      {current && !current.error && current.rows.length === 0 ? <p className="muted small">{t('inventory.detail.noMovements')}</p> : null}
      {current && current.rows.length > 0 ? (
        <table className="mini-table" data-testid="movement-history">
          <TableHead
            cols={[
              t('inventory.detail.time'),
              t('inventory.detail.type'),
              endCol(t('inventory.detail.change')),
              endCol(t('inventory.detail.balance')),
              t('inventory.detail.reason')
            ]}
          />
          <tbody>
            {current.rows.map((m) => (
              <tr key={m.id}>
                <td className="nowrap">{formatDateTime(m.createdAt, timeZone)}</td>
                <td className="nowrap">
                  <span className={`mtype mtype-${m.type}`}>{t(`movementType.${m.type}`)}</span>
                </td>
                <td className={`align-end num ${m.quantity > 0 ? 'text-success' : m.quantity < 0 ? 'text-danger' : 'muted'}`}>{formatSigned(m.quantity)}</td>
                <td className="align-end num strong">{formatInt(m.balance)}</td>
                <td className="reason-cell" title={reasonText(m)}>
                  {reasonText(m)}
                  {m.type === 'count' && m.counted !== null ? <span className="muted"> ({t('inventory.detail.countedAs', { count: m.counted })})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {current && current.rows.length < current.total ? (
        <button type="button" className="btn btn-small btn-ghost" onClick={more} disabled={loadingMore}>
          {loadingMore ? t('common.loading') : t('inventory.detail.showMore', { shown: current.rows.length, total: current.total })}
        </button>
      ) : null}
    </section>
  )
}
