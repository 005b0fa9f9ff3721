// The cases behind a bar, under the screen's filters, newest first; each opens
// its order.
import { useShopFilter } from '../../lib/shop-filter'
import { useTranslation } from 'react-i18next'
import type { ReviewCause } from '@shared/review-types'
import { PlatformTag } from '../../components/Badges'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'
import { formatShortDateTime } from '../../lib/format'
import { href } from '../../lib/router'
import type { BarRef } from './card-props'
import { callInput, type Filters } from './filters'
import { causeColor, causeLabel, yuan } from './look'

const barInput = (bar: BarRef) => {
  switch (bar.kind) {
    case 'cause':
      return { kind: bar.kind, code: bar.code }
    case 'supplier':
      return { kind: bar.kind, supplierId: bar.supplierId }
    case 'sku':
      return { kind: bar.kind, productId: bar.productId }
    case 'week':
      return { kind: bar.kind, week: bar.week }
  }
}

export function CaseDrawer(props: { bar: BarRef; filters: Filters; causes: ReviewCause[]; onClose: () => void }) {
  const { t } = useTranslation()
  const { lang, timeZone } = useApp()
  const { bar, filters } = props
  const { shopId } = useShopFilter()
  const cases = useCall('review.cases', { ...callInput(filters), shopId, bar: barInput(bar), limit: 500 }, [bar, filters, shopId])
  const { data: page, error } = cases

  const title = bar.kind === 'week' ? bar.label : t(`review.drill.${bar.kind}`, { name: bar.label })
  const cause = (code: string) => props.causes.find((c) => c.code === code)

  return (
    <Drawer
      label={t('review.drill.label')}
      title={title}
      subtitle={page ? t('review.drill.count', { count: page.total }) : t('common.loading')}
      onClose={props.onClose}
      testId="review-cases"
    >
      {error ? <ErrorNotice error={error} onRetry={cases.reload} /> : null}
      {page && page.rows.length === 0 ? <p className="muted">{t('review.drill.empty')}</p> : null}
      {page && page.rows.length < page.total ? <p className="muted small">{t('review.drill.more', { shown: page.rows.length, total: page.total })}</p> : null}
      {page ? (
        <ul className="review-case-list">
          {page.rows.map((r) => {
            const c = cause(r.causeCode)
            return (
              <li key={r.caseId} className="review-case" data-testid="review-case">
                <div className="review-case-head">
                  <PlatformTag platform={r.platform} />
                  <a className="mono link" href={href('orders', { q: r.orderNo, order: r.orderId })} title={t('review.drill.openOrder')}>
                    {r.orderNo}
                  </a>
                  <span className="muted small">{formatShortDateTime(r.openedAt, timeZone)}</span>
                </div>
                <div className="review-case-cause">
                  <span className="review-dot" style={{ background: causeColor(props.causes, r.causeCode) }} />
                  {c ? causeLabel(lang, c) : r.causeCode}
                  {r.supplierName ? <span className="muted"> · {r.supplierName}</span> : null}
                  {r.skus.length ? <span className="muted mono small"> · {r.skus.join(', ')}</span> : null}
                </div>
                {r.causeNote ? <div className="small">{r.causeNote}</div> : null}
                <div className="small muted">
                  {t('review.col.refund')} {yuan(r.refundFen)} · {t('review.col.compensation')} {yuan(r.compensationFen)} · {t('review.col.margin')}{' '}
                  {yuan(r.marginFen)}
                </div>
              </li>
            )
          })}
        </ul>
      ) : null}
    </Drawer>
  )
}
