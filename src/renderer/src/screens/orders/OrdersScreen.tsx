import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ORDER_STATUSES, PLATFORMS, type OrderRow, type OrderStatus, type Platform } from '@shared/types'
import { call } from '../../api'
import { PlatformTag, StatusBadge } from '../../components/Badges'
import { Chips } from '../../components/Chips'
import { CountdownHint } from '../../components/Countdown'
import { ExportMenu } from '../../components/ExportMenu'
import { PageHeader } from '../../components/PageHeader'
import { SearchBox } from '../../components/SearchBox'
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable'
import { useApp } from '../../lib/app-context'
import { isOneOf, ORDER_SORT_LIST, type OrderSort } from '../../lib/contract-lists'
import { formatInt, formatMoney, formatShortDateTime, maskName } from '../../lib/format'
import { useDebounced } from '../../lib/use-debounced'
import { usePagedList } from '../../lib/use-paged-list'
import { OrderDetailPanel } from './OrderDetailPanel'

type StatusFilter = OrderStatus | 'all'
/** Awaiting shipment first: it is what the merchant works on. */
const STATUS_CHIPS: StatusFilter[] = ['all', 'awaiting_shipment', 'unpaid', 'shipped', 'received', 'cancelled']
const ASC_FIRST: OrderSort[] = ['promisedShipAt', 'orderNo', 'status', 'platform']

export function OrdersScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { lang, timeZone, status: shop } = useApp()
  const [search, setSearch] = useState(params.get('q') ?? '')
  const query = useDebounced(search.trim(), 250)
  const initialStatus = params.get('status')
  const [status, setStatus] = useState<StatusFilter>(isOneOf(ORDER_STATUSES, initialStatus) ? initialStatus : 'all')
  const initialPlatform = params.get('platform')
  const [platform, setPlatform] = useState<Platform | null>(isOneOf(PLATFORMS, initialPlatform) ? initialPlatform : null)
  const [sku, setSku] = useState<{ id: number; code: string } | null>(() => {
    const id = Number(params.get('sku'))
    return id > 0 ? { id, code: params.get('code') ?? String(id) } : null
  })
  const [sort, setSort] = useState<SortState>(
    status === 'awaiting_shipment' ? { key: 'promisedShipAt', dir: 'asc' } : { key: 'paidAt', dir: 'desc' }
  )
  const [selectedId, setSelectedId] = useState<number | null>(Number(params.get('order')) || null)

  const sortKey: OrderSort = isOneOf(ORDER_SORT_LIST, sort.key) ? sort.key : 'paidAt'
  const statusParam = status === 'all' ? null : status
  const listKey = JSON.stringify([query, statusParam, platform, sku?.id ?? null, sortKey, sort.dir])
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('orders.list', {
        search: query,
        status: statusParam,
        platform,
        productId: sku?.id ?? null,
        sort: sortKey,
        dir: sort.dir,
        offset,
        limit
      }),
    [query, statusParam, platform, sku, sortKey, sort.dir]
  )
  const list = usePagedList<OrderRow>(listKey, fetchPage)

  // English status and platform names are longer than Chinese ones.
  const wide = lang === 'en'
  const columns = useMemo<Column<OrderRow>[]>(
    () => [
      {
        id: 'platform',
        header: t('orders.col.platform'),
        width: wide ? '92px' : '68px',
        sortKey: 'platform',
        render: (r) => <PlatformTag platform={r.platform} />
      },
      {
        id: 'orderNo',
        header: t('orders.col.orderNo'),
        width: '182px',
        sortKey: 'orderNo',
        render: (r) => <span className="mono">{r.orderNo}</span>,
        text: (r) => r.orderNo
      },
      {
        id: 'status',
        header: t('orders.col.status'),
        width: wide ? '134px' : '80px',
        sortKey: 'status',
        render: (r) => <StatusBadge status={r.status} />
      },
      {
        id: 'items',
        header: t('orders.col.items'),
        width: 'minmax(140px, 3fr)',
        render: (r) => r.itemsSummary,
        text: (r) => r.itemsSummary
      },
      {
        id: 'quantity',
        header: t('orders.col.quantity'),
        width: '48px',
        align: 'end',
        render: (r) => <span className="num">{formatInt(r.totalQuantity)}</span>
      },
      {
        id: 'paid',
        header: t('orders.col.paid'),
        width: '88px',
        align: 'end',
        sortKey: 'paidFen',
        render: (r) => <span className="num">{formatMoney(r.paidFen)}</span>
      },
      {
        id: 'paidAt',
        header: t('orders.col.paidAt'),
        width: '94px',
        sortKey: 'paidAt',
        render: (r) => <span className="num muted">{formatShortDateTime(r.paidAt, timeZone)}</span>
      },
      {
        id: 'promisedShipAt',
        header: t('orders.col.promisedShipAt'),
        width: wide ? '178px' : '192px',
        sortKey: 'promisedShipAt',
        render: (r) => (
          <span className="deadline">
            <span className="num">{formatShortDateTime(r.promisedShipAt, timeZone)}</span>
            {r.status === 'awaiting_shipment' ? <CountdownHint iso={r.promisedShipAt} /> : null}
          </span>
        )
      },
      { id: 'buyer', header: t('orders.col.buyer'), width: '64px', render: (r) => maskName(r.buyerName) }
    ],
    [t, timeZone, wide]
  )

  function onSort(key: string): void {
    setSort((s) =>
      s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: ASC_FIRST.includes(key as OrderSort) ? 'asc' : 'desc' }
    )
  }

  const showCounts = shop !== null && query === '' && platform === null && sku === null
  const statusOptions = STATUS_CHIPS.map((s) => ({
    value: s,
    label: s === 'all' ? t('common.all') : t(`status.${s}`),
    count: showCounts ? (s === 'all' ? shop.orders : shop.ordersByStatus[s]) : undefined
  }))
  const hasQuery = query !== '' || status !== 'all' || platform !== null || sku !== null

  return (
    <div className="screen screen-list">
      <PageHeader
        title={t('orders.title')}
        subtitle={
          list.total !== null ? (
            <span data-testid="result-count">{t('orders.count', { count: list.total })}</span>
          ) : (
            <span className="muted">{t('common.loading')}</span>
          )
        }
        actions={
          <ExportMenu
            testId="orders-export"
            run={(format) =>
              call('export.orders', { format, lang, status: statusParam, platform, productId: sku?.id ?? null, search: query })
            }
          />
        }
      />
      <div className="toolbar">
        <SearchBox label={t('orders.searchLabel')} placeholder={t('orders.searchPlaceholder')} value={search} onChange={setSearch} />
        <Chips label={t('orders.statusFilter')} options={statusOptions} value={status} onChange={setStatus} />
        <label className="select-inline">
          <span>{t('orders.platformFilter')}</span>
          <select value={platform ?? ''} onChange={(e) => setPlatform(isOneOf(PLATFORMS, e.target.value) ? e.target.value : null)}>
            <option value="">{t('orders.allPlatforms')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sku ? (
        <div className="filter-banner">
          <span>{t('orders.skuFilter', { code: sku.code })}</span>
          <button type="button" className="btn btn-small" onClick={() => setSku(null)}>
            {t('orders.clearSkuFilter')}
          </button>
        </div>
      ) : null}
      <div className="list-area">
        <VirtualTable
          label={t('orders.tableLabel')}
          testId="orders-table"
          columns={columns}
          list={list}
          queryKey={listKey}
          sort={sort}
          onSort={onSort}
          onOpen={(r) => setSelectedId(r.id)}
          selectedId={selectedId}
          empty={<p className="muted">{hasQuery ? t('orders.empty') : t('orders.emptyShop')}</p>}
        />
        {selectedId !== null ? <OrderDetailPanel key={selectedId} orderId={selectedId} onClose={() => setSelectedId(null)} /> : null}
      </div>
    </div>
  )
}
