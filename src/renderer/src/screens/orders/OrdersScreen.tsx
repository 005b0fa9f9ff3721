// Orders. Every order by status from the order list; orders awaiting shipment are
// read through the stockout engine instead: whether stock covers them, the ship-by
// countdown, the compensation at stake and what to do about the ones it cannot.
import { useShopFilter } from '../../lib/shop-filter'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ORDER_STATUSES, PLATFORMS, type OrderRow, type OrderStatus, type Platform } from '@shared/types'
import { ORDER_STATES, RECOMMENDATIONS, type OrderState, type Recommendation } from '@shared/engine-types'
import { call } from '../../api'
import { PlatformTag, StatusBadge } from '../../components/Badges'
import { Chips } from '../../components/Chips'
import { CountdownHint } from '../../components/Countdown'
import { ExportMenu } from '../../components/ExportMenu'
import { PageHeader, ResultCount } from '../../components/PageHeader'
import { RefundFlag } from '../../components/RefundFlag'
import { SearchBox } from '../../components/SearchBox'
import { SimulationBanner } from '../../components/SimulationBanner'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useApp } from '../../lib/app-context'
import { isOneOf, ORDER_SORT_LIST, TRIAGE_SORT_LIST, type OrderSort, type TriageSort } from '../../lib/contract-lists'
import { formatShortDateTime, maskName } from '../../lib/format'
import { href } from '../../lib/router'
import { idParam, paramOf, skuParam, useListSearch, useSortToggle } from '../../lib/use-list-params'
import { usePagedCall } from '../../lib/use-paged-list'
import { whatIfFrom } from '../../lib/what-if'
import { OrderDetailPanel } from './OrderDetailPanel'
import { triageColumns, type TriageListRow } from './triage-columns'
import { EnumSelect, PlatformSelect } from '../../components/EnumOptions'
import { countColumn, moneyColumn, monoColumn, textColumn } from '../../components/columns'

type StatusFilter = OrderStatus | 'all'
type StateFilter = OrderState | 'all'
/** Awaiting shipment first: it is what the merchant works on. */
const STATUS_CHIPS: StatusFilter[] = ['all', 'awaiting_shipment', 'unpaid', 'shipped', 'received', 'cancelled']
const STATE_CHIPS: StateFilter[] = ['all', 'short', 'ready', 'unmapped']
/** Amounts and times where the biggest or newest first is what people want on the first click. */
const DESC_FIRST: OrderSort[] = ['paidAt', 'paidFen']

export function OrdersScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { lang, timeZone, status: shop, engine } = useApp()
  const { search, setSearch, query } = useListSearch(params)
  const { shopId, multi } = useShopFilter()
  const [status, setStatus] = useState<StatusFilter>(() => paramOf(params, 'status', ORDER_STATUSES, 'all'))
  const [platform, setPlatform] = useState<Platform | null>(() => paramOf(params, 'platform', PLATFORMS, null))
  const [sku, setSku] = useState(() => skuParam(params))
  const { sort, sortKey, onSort } = useSortToggle(
    ORDER_SORT_LIST,
    () => (status === 'awaiting_shipment' ? { key: 'promisedShipAt', dir: 'asc' } : { key: 'paidAt', dir: 'desc' }),
    DESC_FIRST
  )
  const [selectedId, setSelectedId] = useState(() => idParam(params, 'order'))
  // The stockout engine's view of orders awaiting shipment.
  const [state, setState] = useState<StateFilter>(() => paramOf(params, 'state', ORDER_STATES, 'all'))
  const [rec, setRec] = useState<Recommendation | null>(() => paramOf(params, 'rec', RECOMMENDATIONS, null))
  const [triageSort, setTriageSort] = useState<TriageSort>(() => paramOf(params, 'sort', TRIAGE_SORT_LIST, 'urgency'))
  const [at, setAt] = useState<string | null>(() => whatIfFrom(params))
  const triage = status === 'awaiting_shipment'

  const statusParam = status === 'all' ? null : status
  const stateParam = state === 'all' ? null : state
  const productId = sku?.id ?? null
  const { list, queryKey: listKey } = usePagedCall(
    'orders.list',
    { search: query, status: statusParam, platform, shopId, productId, sort: sortKey, dir: sort.dir },
    (r) => r,
    { enabled: !triage }
  )
  const { list: triageList, queryKey: triageKey } = usePagedCall(
    'engine.triage',
    { now: at, search: query, state: stateParam, recommendation: rec, platform, shopId, productId, sort: triageSort },
    (r): TriageListRow => ({ ...r, id: r.orderId }),
    { enabled: triage }
  )

  // English status and platform names are longer than Chinese ones.
  const wide = lang === 'en'
  const columns = useMemo<Column<OrderRow>[]>(
    () => [
      {
        id: 'platform',
        header: t('orders.col.platform'),
        width: wide ? '92px' : '68px',
        sortKey: 'platform',
        priority: 1,
        render: (r) => <PlatformTag platform={r.platform} />
      },
      // Which shop sold it, once there is more than one (issue #16).
      ...(multi ? [textColumn<OrderRow>({ id: 'shop', header: t('shopFilter.column'), width: '112px', priority: 2 }, (r) => r.shopName ?? t('shopFilter.none'))] : []),
      monoColumn({ id: 'orderNo', header: t('orders.col.orderNo'), width: '182px', sortKey: 'orderNo' }, (r) => r.orderNo),
      {
        id: 'status',
        header: t('orders.col.status'),
        width: wide ? '134px' : '80px',
        sortKey: 'status',
        priority: 2,
        render: (r) => <StatusBadge status={r.status} />
      },
      {
        id: 'items',
        header: t('orders.col.items'),
        width: 'minmax(140px, 3fr)',
        // A refund on an order still to ship is flagged where the merchant reads what ships.
        render: (r) => (
          <>
            <RefundFlag show={r.refundFlag} refundFen={r.refundFen} compact /> {r.itemsSummary}
          </>
        ),
        text: (r) => r.itemsSummary
      },
      countColumn({ id: 'quantity', header: t('orders.col.quantity'), width: '48px', priority: 4 }, (r) => r.totalQuantity),
      moneyColumn({ id: 'paid', header: t('orders.col.paid'), width: '88px', sortKey: 'paidFen', priority: 3 }, (r) => r.paidFen),
      {
        id: 'paidAt',
        header: t('orders.col.paidAt'),
        width: '94px',
        sortKey: 'paidAt',
        priority: 5,
        render: (r) => <span className="num muted">{formatShortDateTime(r.paidAt, timeZone)}</span>
      },
      {
        id: 'promisedShipAt',
        header: t('orders.col.promisedShipAt'),
        // Date over countdown (stacked), so the countdown always shows whole; never hidden.
        width: wide ? '142px' : '148px',
        sortKey: 'promisedShipAt',
        keep: true,
        render: (r) => (
          <span className="deadline">
            <span className="num">{formatShortDateTime(r.promisedShipAt, timeZone)}</span>
            {r.status === 'awaiting_shipment' ? <CountdownHint iso={r.promisedShipAt} /> : null}
          </span>
        )
      },
      { id: 'buyer', header: t('orders.col.buyer'), width: '64px', keep: true, render: (r) => maskName(r.buyerName) }
    ],
    [t, timeZone, wide, multi]
  )
  const nowMs = at ? Date.parse(at) : null
  const tColumns = useMemo(() => triageColumns(t, timeZone, wide, nowMs, multi), [t, timeZone, wide, nowMs, multi])

  // The chips' counts are the whole shop's: shown only when nothing (search, platform, SKU, shop) narrows the list.
  const showCounts = shop !== null && query === '' && platform === null && sku === null && shopId === null
  const statusOptions = STATUS_CHIPS.map((s) => ({
    value: s,
    label: s === 'all' ? t('common.all') : t(`status.${s}`),
    count: showCounts ? (s === 'all' ? shop.orders : shop.ordersByStatus[s]) : undefined
  }))
  // The engine's own totals, when nothing else narrows the list and it is not a what-if.
  const stateCounts = engine && showCounts && rec === null && at === null ? engine : null
  const stateOptions = STATE_CHIPS.map((s) => ({
    value: s,
    label: s === 'all' ? t('common.all') : t(`engine.state.${s}`),
    count: stateCounts
      ? s === 'all'
        ? stateCounts.openOrders
        : s === 'short'
          ? stateCounts.shortOrders
          : s === 'ready'
            ? stateCounts.readyOrders
            : stateCounts.unmappedOrders
      : undefined
  }))
  const hasQuery = query !== '' || status !== 'all' || platform !== null || sku !== null
  const active = triage ? triageList : list
  // The export copies the list on screen: the 待发货 view with the engine's filters, or the order list with its sort.
  const exportInput = {
    status: statusParam,
    platform,
    shopId,
    productId,
    search: query,
    sort: sortKey,
    dir: sort.dir,
    triage: triage ? { now: at, state: stateParam, recommendation: rec, sort: triageSort } : null
  }

  const selection = { onOpen: (r: { id: number }) => setSelectedId(r.id), selectedId }

  return (
    <div className={`screen screen-list${at && triage ? ' simulating' : ''}`}>
      <PageHeader
        title={t('orders.title')}
        subtitle={<ResultCount total={active.total} text={(count) => t('orders.count', { count })} />}
        actions={
          <ExportMenu
            testId="orders-export"
            run={(format) => call('export.orders', { format, lang, ...exportInput })}
          />
        }
      />
      {at && triage ? <SimulationBanner at={at} onExit={() => setAt(null)} /> : null}
      <div className="toolbar">
        <SearchBox
          label={t('orders.searchLabel')}
          placeholder={triage ? t('triage.searchPlaceholder') : t('orders.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <Chips label={t('orders.statusFilter')} options={statusOptions} value={status} onChange={setStatus} />
        <PlatformSelect
          label={t('orders.platformFilter')}
          value={platform}
          onChange={setPlatform}
          allLabel={t('orders.allPlatforms')}
        />
      </div>
      {triage ? (
        <div className="toolbar toolbar-sub" data-testid="triage-toolbar">
          <Chips label={t('triage.stateFilter')} options={stateOptions} value={state} onChange={setState} />
          <EnumSelect
            label={t('triage.recFilter')}
            values={RECOMMENDATIONS}
            optionLabel={(r) => t(`engine.recommendation.${r}`)}
            value={rec}
            onChange={setRec}
            allLabel={t('triage.allRecs')}
          />
          <EnumSelect
            label={t('triage.sortLabel')}
            values={TRIAGE_SORT_LIST}
            optionLabel={(s) => t(`triage.sort.${s}`)}
            value={triageSort}
            onChange={setTriageSort}
          />
        </div>
      ) : null}
      {sku ? (
        <div className="filter-banner">
          <span>{t('orders.skuFilter', { code: sku.code })}</span>
          <a className="link" href={href('inventory', { sku: sku.id })}>
            {t('triage.openSku')}
          </a>
          <button type="button" className="btn btn-small" onClick={() => setSku(null)}>
            {t('orders.clearSkuFilter')}
          </button>
        </div>
      ) : null}
      <div className="list-area">
        {triage ? (
          <VirtualTable
            key="triage"
            label={t('orders.tableLabel')}
            testId="orders-table"
            columns={tColumns}
            list={triageList}
            queryKey={triageKey}
            sort={{ key: triageSort, dir: triageSort === 'urgency' ? 'asc' : 'desc' }}
            onSort={(key) => setTriageSort(isOneOf(TRIAGE_SORT_LIST, key) ? key : 'urgency')}
            {...selection}
            rowTone={(r) => (r.state === 'short' ? (r.overdue ? 'danger' : 'warning') : r.state === 'unmapped' ? 'warning' : undefined)}
            empty={<p className="muted">{hasQuery || stateParam || rec ? t('triage.empty') : t('orders.emptyShop')}</p>}
          />
        ) : (
          <VirtualTable
            key="orders"
            label={t('orders.tableLabel')}
            testId="orders-table"
            columns={columns}
            list={list}
            queryKey={listKey}
            sort={sort}
            onSort={onSort}
            {...selection}
            empty={<p className="muted">{hasQuery ? t('orders.empty') : t('orders.emptyShop')}</p>}
          />
        )}
        {selectedId !== null ? (
          <OrderDetailPanel key={`${selectedId}#${at ?? ''}`} orderId={selectedId} at={at} onClose={() => setSelectedId(null)} />
        ) : null}
      </div>
    </div>
  )
}
