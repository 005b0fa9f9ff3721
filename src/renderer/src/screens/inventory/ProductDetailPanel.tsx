import { useTranslation } from 'react-i18next'
import type { ProductDetail } from '@shared/types'
import { toApiError } from '../../api'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Icon } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatInt, formatMoney } from '../../lib/format'
import { href } from '../../lib/router'
import { MovementHistory } from './MovementHistory'
import { PositionBlock } from './PositionBlock'

interface Props {
  productId: number
  detail: ProductDetail | null
  error: unknown
  refreshKey: number
  onRetry: () => void
  onClose: () => void
  onOpenSku: (id: number) => void
  onEdit: (p: ProductDetail) => void
  onMove: (p: ProductDetail) => void
  onAddIncoming: (p: ProductDetail) => void
}

export function ProductDetailPanel({
  productId,
  detail,
  error,
  refreshKey,
  onRetry,
  onClose,
  onOpenSku,
  onEdit,
  onMove,
  onAddIncoming
}: Props) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const d = detail

  const title = d ? d.name : t('inventory.detail.label')
  const subtitle = d ? (
    <>
      <span className="mono">{d.merchantCode}</span>
      {d.spec ? <span> · {d.spec}</span> : null}
    </>
  ) : null

  return (
    <Drawer
      label={t('inventory.detail.label')}
      title={title}
      subtitle={subtitle}
      onClose={onClose}
      testId="product-detail"
      actions={
        d ? (
          <>
            <button type="button" className="btn btn-primary" onClick={() => onMove(d)}>
              <Icon name="move" size={16} />
              {t('inventory.detail.move')}
            </button>
            <button type="button" className="btn" onClick={() => onEdit(d)}>
              <Icon name="edit" size={16} />
              {t('inventory.detail.edit')}
            </button>
          </>
        ) : null
      }
    >
      {!d && error ? <ErrorNotice error={toApiError(error)} onRetry={onRetry} /> : null}
      {!d && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {d ? (
        <>
          <div className="stat-row">
            <div className={`stat${d.onHand === 0 ? ' stat-danger' : d.onHand < d.safetyStock ? ' stat-warning' : ''}`}>
              <div className="stat-label">{t('inventory.detail.onHand')}</div>
              <div className="stat-value" data-testid="detail-on-hand">
                {formatInt(d.onHand)}
              </div>
              {d.onHand === 0 ? (
                <div className="stat-note">{t('inventory.detail.outOfStock')}</div>
              ) : d.onHand < d.safetyStock ? (
                <div className="stat-note">{t('inventory.detail.belowSafety')}</div>
              ) : null}
            </div>
            <div className="stat">
              <div className="stat-label">{t('inventory.detail.openDemand')}</div>
              <div className="stat-value">{formatInt(d.openDemand)}</div>
              {d.openDemand > d.onHand ? (
                <div className="stat-note text-danger">{t('inventory.detail.shortBy', { count: d.openDemand - d.onHand })}</div>
              ) : null}
            </div>
            <div className="stat">
              <div className="stat-label">{t('inventory.detail.safetyStock')}</div>
              <div className="stat-value">{formatInt(d.safetyStock)}</div>
            </div>
          </div>

          <dl className="facts">
            <dt>{t('inventory.detail.price')}</dt>
            <dd className="num">{formatMoney(d.priceFen)}</dd>
            <dt>{t('inventory.detail.unitCost')}</dt>
            <dd className="num">{formatMoney(d.unitCostFen)}</dd>
            <dt>{t('inventory.detail.supplier')}</dt>
            <dd>{d.supplierName ?? <span className="muted">{t('inventory.detail.noSupplier')}</span>}</dd>
            <dt>{t('inventory.detail.leadTime')}</dt>
            <dd>
              {t('common.days', { count: d.leadTimeDays })}
              {d.ownLeadTimeDays === null ? <span className="muted"> ({t('inventory.detail.supplierDefault')})</span> : null}
            </dd>
            <dt>{t('inventory.detail.updatedAt')}</dt>
            <dd>{formatDateTime(d.updatedAt, timeZone)}</dd>
          </dl>
          {d.openDemand > 0 ? (
            <p>
              <a className="link" href={href('orders', { sku: d.id, code: d.merchantCode, status: 'awaiting_shipment' })}>
                {t('inventory.detail.viewOrders')} →
              </a>
            </p>
          ) : null}

          <PositionBlock productId={d.id} merchantCode={d.merchantCode} refreshKey={refreshKey} onAddIncoming={() => onAddIncoming(d)} />

          <section className="panel-section">
            <h3 className="section-title">{t('inventory.detail.substitutes')}</h3>
            {d.substitutes.length === 0 ? (
              <p className="muted small">{t('inventory.detail.noSubstitutes')}</p>
            ) : (
              <ul className="row-list">
                {d.substitutes.map((s) => (
                  <li key={s.id}>
                    <button type="button" className="sku-row sub-item" onClick={() => onOpenSku(s.id)}>
                      <span className="mono">{s.merchantCode}</span>
                      <span className="sku-row-name">
                        {s.name}
                        {s.spec ? <span className="muted"> · {s.spec}</span> : null}
                      </span>
                      <span className={`num${s.onHand === 0 ? ' text-danger' : ''}`}>{formatInt(s.onHand)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <MovementHistory productId={productId} refreshKey={refreshKey} />
        </>
      ) : null}
    </Drawer>
  )
}
