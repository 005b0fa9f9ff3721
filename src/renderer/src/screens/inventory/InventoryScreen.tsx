import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDetail } from '@shared/types'
import { call } from '../../api'
import { Chips } from '../../components/Chips'
import { ExportMenu } from '../../components/ExportMenu'
import { Icon } from '../../components/Icon'
import { PageHeader, ResultCount } from '../../components/PageHeader'
import { SearchBox } from '../../components/SearchBox'
import { VirtualTable } from '../../components/VirtualTable'
import { useApp } from '../../lib/app-context'
import {
  POSITION_FILTER_LIST,
  POSITION_SORT_LIST,
  PRODUCT_FILTER_LIST,
  PRODUCT_SORT_LIST,
  type PositionFilter,
  type PositionSort,
  type ProductFilter,
  type ProductSort
} from '../../lib/contract-lists'
import { formatInt } from '../../lib/format'
import { href } from '../../lib/router'
import { idParam, paramOf, useListSearch, useSortToggle } from '../../lib/use-list-params'
import { usePagedCall } from '../../lib/use-paged-list'
import { IncomingForm } from '../incoming/IncomingForm'
import { BundlesDialog } from './BundlesDialog'
import { positionColumns, type PositionRow } from './position-columns'
import { skuColumns } from './sku-columns'
import { ProductDetailPanel } from './ProductDetailPanel'
import { ProductForm } from './ProductForm'
import { StockMoveDialog } from './StockMoveDialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSuppliers } from '../../lib/use-suppliers'
import { SupplierFilter } from '../../components/SupplierOptions'

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; product: ProductDetail }
  | { kind: 'move'; product: ProductDetail }
  | { kind: 'incoming'; product: ProductDetail }
  | null

/** Two views of the same SKUs: the stock list itself, and the engine's stock position (available, incoming, cover, reorder). */
type View = 'skus' | 'position'
const VIEWS: View[] = ['skus', 'position']

/** Numbers where sorting big-first is what people want on the first click. */
const DESC_FIRST: ProductSort[] = ['onHand', 'openDemand', 'safetyStock', 'priceFen', 'updatedAt']
const POSITION_DESC_FIRST: PositionSort[] = ['waitingUnits', 'suggestedQty']

export function InventoryScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { notify, refreshStatus, lang, timeZone } = useApp()
  const [bundlesOpen, setBundlesOpen] = useState(false)
  const [view, setView] = useState<View>(params.get('view') === 'position' ? 'position' : 'skus')
  const { search, setSearch, query } = useListSearch(params)
  const [filter, setFilter] = useState<ProductFilter>(() => (view === 'skus' ? paramOf(params, 'filter', PRODUCT_FILTER_LIST, 'all') : 'all'))
  const [posFilter, setPosFilter] = useState<PositionFilter>(() =>
    view === 'position' ? paramOf(params, 'filter', POSITION_FILTER_LIST, 'all') : 'all'
  )
  const posSort = useSortToggle(
    POSITION_SORT_LIST,
    () =>
      posFilter === 'run_out'
        ? { key: 'daysOfCover', dir: 'asc' }
        : posFilter === 'reorder'
          ? { key: 'suggestedQty', dir: 'desc' }
          : posFilter === 'short'
            ? { key: 'waitingUnits', dir: 'desc' }
            : { key: 'merchantCode', dir: 'asc' },
    POSITION_DESC_FIRST
  )
  const [supplierId, setSupplierId] = useState(() => idParam(params, 'supplier'))
  const skuSort = useSortToggle(PRODUCT_SORT_LIST, () => ({ key: 'merchantCode', dir: 'asc' }), DESC_FIRST)
  const [selectedId, setSelectedId] = useState(() => idParam(params, 'sku'))
  const { suppliers, error: suppliersError } = useSuppliers()
  const [dialog, setDialog] = useState<Dialog>(null)
  /** The open SKU's detail, tagged with its id so a stale one is never shown for another SKU. */
  const [detail, setDetail] = useState<{ id: number; version: number; value: ProductDetail | null; error: unknown }>({
    id: 0,
    version: 0,
    value: null,
    error: null
  })
  const [detailVersion, setDetailVersion] = useState(0)

  const { list, queryKey: listKey } = usePagedCall(
    'products.list',
    { search: query, filter, supplierId, sort: skuSort.sortKey, dir: skuSort.dir },
    (r) => r,
    { enabled: view === 'skus' }
  )
  const { list: positions, queryKey: posKey } = usePagedCall(
    'engine.positions',
    { search: query, filter: posFilter, supplierId, sort: posSort.sortKey, dir: posSort.dir },
    (r): PositionRow => ({ ...r, id: r.productId }),
    { enabled: view === 'position' }
  )

  useEffect(() => {
    if (selectedId === null) return
    let live = true
    call('products.get', { id: selectedId }).then(
      (value) => live && setDetail((d) => ({ id: selectedId, version: d.version + 1, value, error: null })),
      (error: unknown) => live && setDetail((d) => ({ id: selectedId, version: d.version + 1, value: null, error }))
    )
    return () => {
      live = false
    }
  }, [selectedId, detailVersion])

  const shownDetail = detail.id === selectedId ? detail : null
  const { patch, reload } = list
  const reloadPositions = positions.reload

  /** After a change to one SKU: fresh detail, the table row updated in place, alert numbers refreshed. */
  const refreshProduct = useCallback(
    async (id: number) => {
      const fresh = await call('products.get', { id })
      setDetail((d) => ({ id, version: d.version + 1, value: fresh, error: null }))
      patch(fresh)
      reloadPositions()
      refreshStatus()
      return fresh
    },
    [patch, reloadPositions, refreshStatus]
  )

  const columns = useMemo(() => skuColumns(t), [t])

  const wide = lang === 'en'
  const posColumns = useMemo(() => positionColumns(t, timeZone, wide), [t, timeZone, wide])
  const filterOptions = PRODUCT_FILTER_LIST.map((f) => ({ value: f, label: t(`inventory.filter.${f}`) }))
  const posFilterOptions = POSITION_FILTER_LIST.map((f) => ({ value: f, label: t(`position.filter.${f}`) }))
  const hasQuery = query !== '' || filter !== 'all' || supplierId !== null
  const hasPosQuery = query !== '' || posFilter !== 'all' || supplierId !== null
  const active = view === 'skus' ? list : positions
  const selection = { onOpen: (r: { id: number }) => setSelectedId(r.id), selectedId }

  function onViewKey(e: KeyboardEvent<HTMLDivElement>): void {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
    e.preventDefault()
    const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length]!
    setView(next)
    e.currentTarget.querySelector<HTMLElement>(`[data-view="${next}"]`)?.focus()
  }

  return (
    <div className="screen screen-list">
      {bundlesOpen ? <BundlesDialog onClose={() => setBundlesOpen(false)} /> : null}
      <PageHeader
        title={t('inventory.title')}
        subtitle={<ResultCount total={active.total} text={(count) => t('inventory.count', { count })} />}
        actions={
          <>
            {view === 'skus' ? (
              <ExportMenu
                testId="inventory-export"
                run={(format) => call('export.products', { format, lang, filter, search: query, supplierId })}
              />
            ) : (
              <a className="btn" href={href('reorder', supplierId ? { supplier: supplierId } : {})}>
                <Icon name="reorder" size={16} />
                {t('position.toReorder')}
              </a>
            )}
            <button type="button" className="btn" data-testid="open-bundles" onClick={() => setBundlesOpen(true)}>
              {t('bundles.button')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'create' })}>
              <Icon name="plus" size={16} />
              {t('inventory.addSku')}
            </button>
          </>
        }
      />
      <div className="view-tabs" role="tablist" aria-label={t('position.viewLabel')} onKeyDown={onViewKey}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            data-view={v}
            aria-selected={view === v}
            tabIndex={view === v ? 0 : -1}
            className={`view-tab${view === v ? ' active' : ''}`}
            onClick={() => setView(v)}
          >
            {t(`position.view.${v}`)}
          </button>
        ))}
        <span className="view-tab-hint muted small">{t(`position.viewHint.${view}`)}</span>
      </div>
      <div className="toolbar">
        <SearchBox label={t('inventory.searchLabel')} placeholder={t('inventory.searchPlaceholder')} value={search} onChange={setSearch} />
        {view === 'skus' ? (
          <Chips label={t('inventory.filterLabel')} options={filterOptions} value={filter} onChange={setFilter} />
        ) : (
          <Chips label={t('inventory.filterLabel')} options={posFilterOptions} value={posFilter} onChange={setPosFilter} />
        )}
        <SupplierFilter suppliers={suppliers} value={supplierId} onChange={setSupplierId} />
      </div>
      {suppliersError ? <ErrorNotice error={suppliersError} /> : null}
      <div className="list-area">
        {view === 'position' ? (
          <VirtualTable
            key="position"
            label={t('position.tableLabel')}
            testId="position-table"
            columns={posColumns}
            list={positions}
            queryKey={posKey}
            sort={posSort.sort}
            onSort={posSort.onSort}
            {...selection}
            rowTone={(r) => (r.lackingOrders > 0 ? 'danger' : r.runOutAt !== null || r.available < r.safetyStock ? 'warning' : undefined)}
            empty={<p className="muted">{hasPosQuery ? t('inventory.empty') : t('inventory.emptyShop')}</p>}
          />
        ) : (
          <VirtualTable
            key="skus"
            label={t('inventory.tableLabel')}
            testId="inventory-table"
            columns={columns}
            list={list}
            queryKey={listKey}
            sort={skuSort.sort}
            onSort={skuSort.onSort}
            {...selection}
            rowTone={(r) => (r.onHand === 0 ? 'danger' : r.onHand < r.safetyStock ? 'warning' : undefined)}
            empty={<p className="muted">{hasQuery ? t('inventory.empty') : t('inventory.emptyShop')}</p>}
          />
        )}
        {selectedId !== null ? (
          <ProductDetailPanel
            key={selectedId}
            productId={selectedId}
            detail={shownDetail?.value ?? null}
            error={shownDetail?.error ?? null}
            refreshKey={shownDetail?.version ?? 0}
            onRetry={() => setDetailVersion((v) => v + 1)}
            onClose={() => setSelectedId(null)}
            onOpenSku={setSelectedId}
            onEdit={(product) => setDialog({ kind: 'edit', product })}
            onMove={(product) => setDialog({ kind: 'move', product })}
            onAddIncoming={(product) => setDialog({ kind: 'incoming', product })}
          />
        ) : null}
      </div>
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <ProductForm
          product={dialog.kind === 'edit' ? dialog.product : null}
          suppliers={suppliers}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null)
            if (dialog.kind === 'create') {
              notify(t('inventory.created', { code: saved.merchantCode }))
              reload()
              reloadPositions()
              refreshStatus()
              setDetail((d) => ({ id: saved.id, version: d.version + 1, value: saved, error: null }))
              setSelectedId(saved.id)
            } else {
              notify(t('inventory.updated', { code: saved.merchantCode }))
              setDetail((d) => ({ id: saved.id, version: d.version + 1, value: saved, error: null }))
              patch(saved)
              reloadPositions()
              refreshStatus()
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'incoming' ? (
        <IncomingForm
          delivery={null}
          sku={{
            id: dialog.product.id,
            merchantCode: dialog.product.merchantCode,
            name: dialog.product.name,
            spec: dialog.product.spec,
            supplierId: dialog.product.supplierId,
            supplierName: dialog.product.supplierName,
            leadTimeDays: dialog.product.leadTimeDays
          }}
          suppliers={suppliers}
          onClose={() => setDialog(null)}
          onSaved={(row) => {
            setDialog(null)
            notify(t('incoming.added', { code: row.merchantCode, n: formatInt(row.quantity) }))
            void refreshProduct(row.productId).catch(() => reload())
          }}
        />
      ) : null}
      {dialog?.kind === 'move' ? (
        <StockMoveDialog
          product={dialog.product}
          onClose={() => setDialog(null)}
          onSaved={(movement) => {
            setDialog(null)
            void refreshProduct(movement.productId).then(
              (fresh) =>
                notify(
                  t('inventory.moved', {
                    type: t(`movementType.${movement.type}`),
                    code: fresh.merchantCode,
                    change: movement.quantity > 0 ? `+${movement.quantity}` : String(movement.quantity),
                    onHand: fresh.onHand
                  })
                ),
              () => reload()
            )
          }}
        />
      ) : null}
    </div>
  )
}
