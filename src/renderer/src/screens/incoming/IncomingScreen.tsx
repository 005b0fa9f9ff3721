// Incoming stock: deliveries ordered from suppliers and not yet on the shelf.
// Add one, change it, cancel it, or receive it — receiving records a 'receive'
// movement in the stock ledger, and the engine reallocates at once.
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IncomingRow, IncomingStatus } from '@shared/engine-types'
import { call } from '../../api'
import { Chips } from '../../components/Chips'
import { Icon } from '../../components/Icon'
import { PageHeader, ResultCount } from '../../components/PageHeader'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useApp } from '../../lib/app-context'
import { formatInt, formatShortDateTime } from '../../lib/format'
import { href } from '../../lib/router'
import { usePagedCall } from '../../lib/use-paged-list'
import { useCall, useLoad } from '../../lib/use-call'
import { idParam, paramOf, skuParam, useListSearch } from '../../lib/use-list-params'
import { SearchBox } from '../../components/SearchBox'
import { CancelDialog } from './CancelDialog'
import { DueHint, IncomingStatusBadge } from './IncomingBadges'
import { IncomingDrawer } from './IncomingDrawer'
import { IncomingForm } from './IncomingForm'
import { ReceiveDialog, type Received } from './ReceiveDialog'
import type { SkuRef } from './SkuPicker'
import './incoming.css'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSuppliers } from '../../lib/use-suppliers'
import { monoColumn, textColumn } from '../../components/columns'

type StatusFilter = IncomingStatus | 'all'
const STATUS_CHIPS: StatusFilter[] = ['open', 'received', 'cancelled', 'all']

type Dialog =
  | { kind: 'add'; sku: SkuRef | null }
  | { kind: 'edit'; row: IncomingRow }
  | { kind: 'receive'; row: IncomingRow }
  | { kind: 'cancel'; row: IncomingRow }
  | null

export function IncomingScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { lang, timeZone, notify, refreshStatus } = useApp()
  const [status, setStatus] = useState<StatusFilter>(() => paramOf(params, 'status', STATUS_CHIPS, 'open'))
  const [sku, setSku] = useState(() => skuParam(params))
  const { search, setSearch, query } = useListSearch(params)
  const [selected, setSelected] = useState<IncomingRow | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const { suppliers, error: suppliersError } = useSuppliers()
  const [version, setVersion] = useState(0)

  // A link may name one delivery to open (from an alert or an order's detail); if it is gone, say so.
  const [openId] = useState(() => idParam(params, 'open'))
  const linked = useCall('incoming.get', openId === null ? null : { id: openId }, [openId])
  const [shownLink, setShownLink] = useState<IncomingRow | null>(null)
  if (linked.data && linked.data !== shownLink) {
    setShownLink(linked.data)
    setSelected(linked.data)
  }

  const productId = sku?.id ?? null
  // How many deliveries each status chip holds (one small call each).
  const countsRead = useLoad(
    async (): Promise<Partial<Record<StatusFilter, number>>> =>
      Object.fromEntries(
        await Promise.all(
          STATUS_CHIPS.map((s) =>
            call('incoming.list', { status: s === 'all' ? null : s, productId, search: query, limit: 1 }).then((p) => [s, p.total] as const)
          )
        )
      ),
    [productId, query, version]
  )
  const counts = countsRead.data ?? {}

  const statusParam = status === 'all' ? null : status
  const { list, queryKey: listKey } = usePagedCall('incoming.list', { status: statusParam, productId, search: query }, (r) => r, { version })

  const receivedView = status === 'received'
  const columns = useMemo<Column<IncomingRow>[]>(
    () => [
      {
        id: 'expectedAt',
        header: t('incoming.col.expectedAt'),
        // Date over countdown (stacked), so "in 3 h 34 min" always shows whole.
        width: lang === 'en' ? '138px' : '132px',
        keep: true,
        render: (r) => (
          <span className="deadline">
            <span className="num">{formatShortDateTime(r.expectedAt, timeZone)}</span>
            {r.status === 'open' ? <DueHint iso={r.expectedAt} coarse /> : null}
          </span>
        )
      },
      {
        id: 'status',
        header: t('incoming.col.status'),
        width: lang === 'en' ? '112px' : '84px',
        priority: 1,
        render: (r) => <IncomingStatusBadge row={r} />
      },
      monoColumn({ id: 'merchantCode', header: t('inventory.col.merchantCode'), width: '122px' }, (r) => r.merchantCode),
      {
        id: 'product',
        header: t('incoming.col.product'),
        width: 'minmax(140px, 2fr)',
        render: (r) => (
          <>
            {r.productName}
            {r.spec ? <span className="muted"> · {r.spec}</span> : null}
          </>
        ),
        text: (r) => `${r.productName} ${r.spec}`.trim()
      },
      textColumn({ id: 'supplier', header: t('incoming.col.supplier'), width: 'minmax(100px, 1fr)', priority: 2 }, (r) => r.supplierName),
      {
        id: 'quantity',
        header: t('incoming.col.quantity'),
        width: '64px',
        align: 'end',
        render: (r) => <span className="num strong">{formatInt(r.quantity)}</span>
      },
      receivedView
        ? {
            id: 'receivedAt',
            header: t('incoming.col.receivedAt'),
            width: '96px',
            priority: 3,
            render: (r) => <span className="num muted">{formatShortDateTime(r.receivedAt, timeZone)}</span>
          }
        : {
            id: 'orderedAt',
            header: t('incoming.col.orderedAt'),
            width: '96px',
            priority: 3,
            render: (r) => <span className="num muted">{formatShortDateTime(r.orderedAt, timeZone)}</span>
          },
      {
        id: 'note',
        header: t('incoming.col.note'),
        width: 'minmax(90px, 1.4fr)',
        priority: 4,
        render: (r) => <span className="muted">{r.note}</span>,
        text: (r) => r.note
      },
      {
        id: 'actions',
        header: t('incoming.col.actions'),
        width: lang === 'en' ? '92px' : '76px',
        align: 'center',
        keep: true,
        render: (r) =>
          r.status === 'open' ? (
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('incoming.receiveFor', { code: r.merchantCode, n: formatInt(r.quantity) })}
              onClick={() => setDialog({ kind: 'receive', row: r })}
            >
              {t('incoming.receiveButton')}
            </button>
          ) : null
      }
    ],
    [t, lang, timeZone, receivedView]
  )

  const { reload, patch } = list
  /** After a change: the row in place, the counts, the sidebar's numbers. */
  const changed = useCallback(
    (row: IncomingRow) => {
      patch(row)
      setSelected((s) => (s && s.id === row.id ? row : s))
      reload()
      setVersion((v) => v + 1)
      refreshStatus()
    },
    [patch, reload, refreshStatus]
  )

  /** With a SKU filter on, a new delivery is for that SKU. */
  async function startAdd(): Promise<void> {
    if (!sku) return setDialog({ kind: 'add', sku: null })
    const p = await call('products.get', { id: sku.id }).catch(() => null)
    setDialog({
      kind: 'add',
      sku: p
        ? {
            id: p.id,
            merchantCode: p.merchantCode,
            name: p.name,
            spec: p.spec,
            supplierId: p.supplierId,
            supplierName: p.supplierName,
            leadTimeDays: p.leadTimeDays
          }
        : null
    })
  }

  function received(r: Received): void {
    setDialog(null)
    changed(r.incoming)
    const base = t('incoming.receivedToast', {
      code: r.incoming.merchantCode,
      n: formatInt(r.movement.quantity),
      onHand: formatInt(r.movement.balance)
    })
    const effect =
      r.shortBefore !== null && r.shortAfter !== null && r.shortBefore !== r.shortAfter
        ? ` ${t('incoming.shortChanged', { before: r.shortBefore, after: r.shortAfter })}`
        : ''
    notify(base + effect)
  }

  const statusOptions = STATUS_CHIPS.map((s) => ({ value: s, label: t(`incoming.filter.${s}`), count: counts[s] }))

  return (
    <div className="screen screen-list">
      <PageHeader
        title={t('incoming.title')}
        subtitle={<ResultCount total={list.total} text={(count) => t('incoming.count', { count })} />}
        actions={
          <>
            <a className="btn" href={href('reorder')}>
              <Icon name="reorder" size={16} />
              {t('incoming.toReorder')}
            </a>
            <button type="button" className="btn btn-primary" onClick={() => void startAdd()}>
              <Icon name="plus" size={16} />
              {t('incoming.add')}
            </button>
          </>
        }
      />
      {suppliersError ? <ErrorNotice error={suppliersError} /> : null}
      {linked.error ? <ErrorNotice error={linked.error} /> : null}
      {countsRead.error ? <ErrorNotice error={countsRead.error} onRetry={countsRead.reload} /> : null}
      <div className="toolbar">
        <SearchBox
          label={t('searchExport.incoming.searchLabel')}
          placeholder={t('searchExport.incoming.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <Chips label={t('incoming.filterLabel')} options={statusOptions} value={status} onChange={setStatus} />
        <span className="muted small">{t('incoming.hint')}</span>
      </div>
      {sku ? (
        <div className="filter-banner">
          <span>{t('incoming.skuFilter', { code: sku.code })}</span>
          <button type="button" className="btn btn-small" onClick={() => setSku(null)}>
            {t('incoming.clearSkuFilter')}
          </button>
        </div>
      ) : null}
      <div className="list-area">
        <VirtualTable
          label={t('incoming.tableLabel')}
          testId="incoming-table"
          columns={columns}
          list={list}
          queryKey={listKey}
          sort={{ key: 'expectedAt', dir: 'asc' }}
          onSort={() => undefined}
          onOpen={setSelected}
          selectedId={selected?.id ?? null}
          rowTone={(r) => (r.overdue ? 'danger' : undefined)}
          empty={<p className="muted">{status === 'open' && query === '' ? t('incoming.emptyOpen') : t('incoming.empty')}</p>}
        />
        {selected ? (
          <IncomingDrawer
            key={selected.id}
            row={selected}
            onClose={() => setSelected(null)}
            onReceive={() => setDialog({ kind: 'receive', row: selected })}
            onEdit={() => setDialog({ kind: 'edit', row: selected })}
            onCancel={() => setDialog({ kind: 'cancel', row: selected })}
          />
        ) : null}
      </div>
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <IncomingForm
          delivery={dialog.kind === 'edit' ? dialog.row : null}
          sku={dialog.kind === 'add' ? dialog.sku : null}
          suppliers={suppliers}
          onClose={() => setDialog(null)}
          onSaved={(row) => {
            setDialog(null)
            changed(row)
            notify(
              dialog.kind === 'add'
                ? t('incoming.added', { code: row.merchantCode, n: formatInt(row.quantity) })
                : t('incoming.updated', { code: row.merchantCode })
            )
            if (dialog.kind === 'add') setSelected(row)
          }}
        />
      ) : null}
      {dialog?.kind === 'receive' ? <ReceiveDialog delivery={dialog.row} onClose={() => setDialog(null)} onDone={received} /> : null}
      {dialog?.kind === 'cancel' ? (
        <CancelDialog
          delivery={dialog.row}
          onClose={() => setDialog(null)}
          onDone={(row) => {
            setDialog(null)
            changed(row)
            notify(t('incoming.cancelled', { code: row.merchantCode, n: formatInt(row.quantity) }))
          }}
        />
      ) : null}
    </div>
  )
}
