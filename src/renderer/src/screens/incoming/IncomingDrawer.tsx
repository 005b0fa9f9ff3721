// One delivery: what, how many, from whom, when; and what can be done with it.
import { useTranslation } from 'react-i18next'
import type { IncomingRow } from '@shared/engine-types'
import { Drawer } from '../../components/Drawer'
import { Icon } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { triageHref } from '../../lib/engine-links'
import { formatDateTime, formatInt } from '../../lib/format'
import { href } from '../../lib/router'
import { DueHint, IncomingStatusBadge } from './IncomingBadges'

interface Props {
  row: IncomingRow
  onClose: () => void
  onReceive: () => void
  onEdit: () => void
  onCancel: () => void
}

export function IncomingDrawer({ row, onClose, onReceive, onEdit, onCancel }: Props) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const open = row.status === 'open'
  return (
    <Drawer
      label={t('incoming.detail.label')}
      testId="incoming-detail"
      title={row.productName}
      subtitle={
        <span className="badge-row">
          <span className="mono">{row.merchantCode}</span>
          {row.spec ? <span>· {row.spec}</span> : null}
          <IncomingStatusBadge row={row} />
        </span>
      }
      onClose={onClose}
      actions={
        open ? (
          <>
            <button type="button" className="btn btn-primary" onClick={onReceive}>
              <Icon name="receive" size={16} />
              {t('incoming.receiveButton')}
            </button>
            <button type="button" className="btn" onClick={onEdit}>
              <Icon name="edit" size={16} />
              {t('incoming.editButton')}
            </button>
            <span className="spacer" />
            <button type="button" className="btn btn-ghost-danger" onClick={onCancel}>
              {t('incoming.cancelButton')}
            </button>
          </>
        ) : null
      }
    >
      <div className="stat-row">
        <div className="stat">
          <div className="stat-label">{t('incoming.col.quantity')}</div>
          <div className="stat-value">{formatInt(row.quantity)}</div>
        </div>
        <div className={`stat stat-wide${row.overdue ? ' stat-danger' : ''}`}>
          <div className="stat-label">{t('incoming.col.expectedAt')}</div>
          <div className="stat-value stat-value-small">{formatDateTime(row.expectedAt, timeZone)}</div>
          {open ? (
            <div className="stat-note">
              <DueHint iso={row.expectedAt} />
            </div>
          ) : null}
        </div>
      </div>
      <dl className="facts">
        <dt>{t('incoming.col.supplier')}</dt>
        <dd>{row.supplierName ?? <span className="muted">{t('incoming.noSupplier')}</span>}</dd>
        <dt>{t('incoming.col.orderedAt')}</dt>
        <dd className="num">{formatDateTime(row.orderedAt, timeZone)}</dd>
        {row.status === 'received' ? (
          <>
            <dt>{t('incoming.col.receivedAt')}</dt>
            <dd className="num">{formatDateTime(row.receivedAt, timeZone)}</dd>
          </>
        ) : null}
        <dt>{t('incoming.col.note')}</dt>
        <dd>{row.note || <span className="muted">—</span>}</dd>
        <dt>{t('incoming.detail.createdAt')}</dt>
        <dd className="num">{formatDateTime(row.createdAt, timeZone)}</dd>
      </dl>
      <p className="muted small">
        {open
          ? t('incoming.detail.openHint')
          : row.status === 'received'
            ? t('incoming.detail.receivedHint')
            : t('incoming.detail.cancelledHint')}
      </p>
      <div className="link-list">
        <a className="link" href={href('inventory', { sku: row.productId })}>
          {t('incoming.detail.openSku', { code: row.merchantCode })} →
        </a>
        <a className="link" href={triageHref({ sku: row.productId, code: row.merchantCode })}>
          {t('incoming.detail.openOrders')} →
        </a>
      </div>
    </Drawer>
  )
}
