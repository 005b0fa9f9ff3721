import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDetail, ProductRow, Supplier } from '@shared/types'
import { call } from '../../api'
import { Chips } from '../../components/Chips'
import { ExportMenu } from '../../components/ExportMenu'
import { Icon } from '../../components/Icon'
import { PageHeader } from '../../components/PageHeader'
import { SearchBox } from '../../components/SearchBox'
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable'
import { useApp } from '../../lib/app-context'
import { isOneOf, PRODUCT_FILTER_LIST, PRODUCT_SORT_LIST, type ProductFilter, type ProductSort } from '../../lib/contract-lists'
import { formatInt, formatMoney } from '../../lib/format'
import { useDebounced } from '../../lib/use-debounced'
import { usePagedList } from '../../lib/use-paged-list'
import { ProductDetailPanel } from './ProductDetailPanel'
import { ProductForm } from './ProductForm'
import { StockMoveDialog } from './StockMoveDialog'

type Dialog = { kind: 'create' } | { kind: 'edit'; product: ProductDetail } | { kind: 'move'; product: ProductDetail } | null

/** Numbers where sorting big-first is what people want on the first click. */
const DESC_FIRST: ProductSort[] = ['onHand', 'openDemand', 'safetyStock', 'priceFen', 'updatedAt']

export function InventoryScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { notify, refreshStatus, lang } = useApp()
  const [search, setSearch] = useState(params.get('q') ?? '')
  const query = useDebounced(search.trim(), 250)
  const initialFilter = params.get('filter')
  const [filter, setFilter] = useState<ProductFilter>(isOneOf(PRODUCT_FILTER_LIST, initialFilter) ? initialFilter : 'all')
  const [supplierId, setSupplierId] = useState<number | null>(Number(params.get('supplier')) || null)
  const [sort, setSort] = useState<SortState>({ key: 'merchantCode', dir: 'asc' })
  const [selectedId, setSelectedId] = useState<number | null>(Number(params.get('sku')) || null)
  const [suppliers, setSuppliers] = useState<Supplier[]>([])
  const [dialog, setDialog] = useState<Dialog>(null)
  /** The open SKU's detail, tagged with its id so a stale one is never shown for another SKU. */
  const [detail, setDetail] = useState<{ id: number; version: number; value: ProductDetail | null; error: unknown }>({
    id: 0,
    version: 0,
    value: null,
    error: null
  })
  const [detailVersion, setDetailVersion] = useState(0)

  useEffect(() => {
    call('suppliers.list', {}).then(setSuppliers, () => setSuppliers([]))
  }, [])

  const sortKey: ProductSort = isOneOf(PRODUCT_SORT_LIST, sort.key) ? sort.key : 'merchantCode'
  const listKey = JSON.stringify([query, filter, supplierId, sortKey, sort.dir])
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('products.list', { search: query, filter, supplierId, sort: sortKey, dir: sort.dir, offset, limit }),
    [query, filter, supplierId, sortKey, sort.dir]
  )
  const list = usePagedList<ProductRow>(listKey, fetchPage)

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

  /** After a change to one SKU: fresh detail, the table row updated in place, alert numbers refreshed. */
  const refreshProduct = useCallback(
    async (id: number) => {
      const fresh = await call('products.get', { id })
      setDetail((d) => ({ id, version: d.version + 1, value: fresh, error: null }))
      patch(fresh)
      refreshStatus()
      return fresh
    },
    [patch, refreshStatus]
  )

  const columns = useMemo<Column<ProductRow>[]>(
    () => [
      {
        id: 'merchantCode',
        header: t('inventory.col.merchantCode'),
        width: '140px',
        sortKey: 'merchantCode',
        render: (r) => <span className="mono">{r.merchantCode}</span>,
        text: (r) => r.merchantCode
      },
      {
        id: 'name',
        header: t('inventory.col.name'),
        width: 'minmax(170px, 2fr)',
        sortKey: 'name',
        render: (r) => r.name,
        text: (r) => r.name
      },
      {
        id: 'spec',
        header: t('inventory.col.spec'),
        width: 'minmax(100px, 1fr)',
        render: (r) => <span className="muted">{r.spec}</span>,
        text: (r) => r.spec
      },
      {
        id: 'onHand',
        header: t('inventory.col.onHand'),
        width: '96px',
        align: 'end',
        sortKey: 'onHand',
        render: (r) => (
          <span className="onhand">
            {r.onHand === 0 ? (
              <span className="tag tag-danger">{t('inventory.outTag')}</span>
            ) : r.onHand < r.safetyStock ? (
              <span className="tag tag-warning">{t('inventory.lowTag')}</span>
            ) : null}
            <span className="num strong">{formatInt(r.onHand)}</span>
          </span>
        )
      },
      {
        id: 'openDemand',
        header: t('inventory.col.openDemand'),
        headerTitle: t('inventory.colHint.openDemand'),
        width: '72px',
        align: 'end',
        sortKey: 'openDemand',
        render: (r) => (
          <span className={`num${r.openDemand > r.onHand ? ' text-danger strong' : r.openDemand === 0 ? ' muted' : ''}`}>
            {formatInt(r.openDemand)}
          </span>
        )
      },
      {
        id: 'safetyStock',
        header: t('inventory.col.safetyStock'),
        width: '84px',
        align: 'end',
        sortKey: 'safetyStock',
        render: (r) => <span className="num">{formatInt(r.safetyStock)}</span>
      },
      {
        id: 'supplier',
        header: t('inventory.col.supplier'),
        width: 'minmax(110px, 1fr)',
        sortKey: 'supplierName',
        render: (r) => r.supplierName ?? <span className="muted">—</span>,
        text: (r) => r.supplierName ?? ''
      },
      {
        id: 'leadTime',
        header: t('inventory.col.leadTime'),
        width: '82px',
        align: 'end',
        render: (r) => <span className="num">{t('common.days', { count: r.leadTimeDays })}</span>
      },
      {
        id: 'price',
        header: t('inventory.col.price'),
        width: '96px',
        align: 'end',
        sortKey: 'priceFen',
        render: (r) => <span className="num">{formatMoney(r.priceFen)}</span>
      }
    ],
    [t]
  )

  function onSort(key: string): void {
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: DESC_FIRST.includes(key as ProductSort) ? 'desc' : 'asc' }
    )
  }

  const filterOptions = PRODUCT_FILTER_LIST.map((f) => ({ value: f, label: t(`inventory.filter.${f}`) }))
  const hasQuery = query !== '' || filter !== 'all' || supplierId !== null

  return (
    <div className="screen screen-list">
      <PageHeader
        title={t('inventory.title')}
        subtitle={
          list.total !== null ? (
            <span data-testid="result-count">{t('inventory.count', { count: list.total })}</span>
          ) : (
            <span className="muted">{t('common.loading')}</span>
          )
        }
        actions={
          <>
            <ExportMenu
              testId="inventory-export"
              run={(format) => call('export.products', { format, lang, filter, search: query, supplierId })}
            />
            <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'create' })}>
              <Icon name="plus" size={16} />
              {t('inventory.addSku')}
            </button>
          </>
        }
      />
      <div className="toolbar">
        <SearchBox label={t('inventory.searchLabel')} placeholder={t('inventory.searchPlaceholder')} value={search} onChange={setSearch} />
        <Chips label={t('inventory.filterLabel')} options={filterOptions} value={filter} onChange={setFilter} />
        <label className="select-inline">
          <span>{t('inventory.supplierFilter')}</span>
          <select value={supplierId ?? ''} onChange={(e) => setSupplierId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('inventory.allSuppliers')}</option>
            {suppliers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="list-area">
        <VirtualTable
          label={t('inventory.tableLabel')}
          testId="inventory-table"
          columns={columns}
          list={list}
          queryKey={listKey}
          sort={sort}
          onSort={onSort}
          onOpen={(r) => setSelectedId(r.id)}
          selectedId={selectedId}
          rowTone={(r) => (r.onHand === 0 ? 'danger' : r.onHand < r.safetyStock ? 'warning' : undefined)}
          empty={<p className="muted">{hasQuery ? t('inventory.empty') : t('inventory.emptyShop')}</p>}
        />
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
              refreshStatus()
              setDetail((d) => ({ id: saved.id, version: d.version + 1, value: saved, error: null }))
              setSelectedId(saved.id)
            } else {
              notify(t('inventory.updated', { code: saved.merchantCode }))
              setDetail((d) => ({ id: saved.id, version: d.version + 1, value: saved, error: null }))
              patch(saved)
              refreshStatus()
            }
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
