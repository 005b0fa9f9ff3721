// Reorder suggestions, grouped by supplier so each group is one purchase order.
// Every figure opens to show how it was computed (the engine's formula with its
// inputs); the list exports for Excel, all suppliers or one. Having ordered, the
// owner records the delivery here and the engine counts it as incoming.
import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReorderGroup, ReorderLine } from '@shared/engine-types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ExportMenu } from '../../components/ExportMenu'
import { Icon } from '../../components/Icon'
import { PageHeader } from '../../components/PageHeader'
import { useApp } from '../../lib/app-context'
import { useEngineText } from '../../lib/engine-text'
import { formatDecimal, formatInt, formatMoney, formatShortDateTime } from '../../lib/format'
import { href } from '../../lib/router'
import { IncomingForm } from '../incoming/IncomingForm'
import { PurchaseDialog } from './PurchaseDialog'
import type { SkuRef } from '../incoming/SkuPicker'
import './reorder.css'
import { useSuppliers } from '../../lib/use-suppliers'
import { useCall } from '../../lib/use-call'
import { idParam, useListSearch } from '../../lib/use-list-params'
import { SearchBox } from '../../components/SearchBox'
import { SupplierFilter } from '../../components/SupplierOptions'
import { endCol, TableHead } from '../../components/TableHead'

export function ReorderScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { lang, timeZone, notify, refreshStatus } = useApp()
  const [supplierId, setSupplierId] = useState(() => idParam(params, 'supplier'))
  const [includeZero, setIncludeZero] = useState(false)
  const { search, setSearch, query } = useListSearch(params)
  const { suppliers, error: suppliersError } = useSuppliers()
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set())
  const [ordering, setOrdering] = useState<{ sku: SkuRef; quantity: number } | null>(null)
  // A snapshot of the group: the dialog keeps its lines while the plan reloads under it.
  const [purchasing, setPurchasing] = useState<ReorderGroup | null>(null)
  const { data: plan, error, reload } = useCall('engine.reorder', { supplierId, includeZero, search: query }, [supplierId, includeZero, query])

  const lines = plan?.groups.flatMap((g) => g.lines) ?? []
  const toOrder = lines.filter((l) => l.suggestedQty.value > 0)
  const totalUnits = toOrder.reduce((s, l) => s + l.suggestedQty.value, 0)
  const totalCost = toOrder.reduce((s, l) => s + l.costFen, 0)
  const allOpen = lines.length > 0 && lines.every((l) => expanded.has(l.productId))

  function toggle(id: number): void {
    setExpanded((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }

  const windowText =
    plan && plan.demandFrom && plan.demandTo
      ? t('reorder.window', {
          from: formatShortDateTime(plan.demandFrom, timeZone).slice(0, 5),
          to: formatShortDateTime(new Date(Date.parse(plan.demandTo) - 1).toISOString(), timeZone).slice(0, 5),
          days: plan.demandDays
        })
      : null

  return (
    <div className="screen screen-scroll reorder-screen">
      <PageHeader
        title={t('reorder.title')}
        subtitle={
          plan ? (
            <span data-testid="reorder-basis">
              {t('reorder.basis', { level: Math.round(plan.serviceLevel * 100), z: plan.z })}
              {windowText ? ` · ${windowText}` : ''}
              {plan.computedAt ? ` · ${t('reorder.asOf', { time: formatShortDateTime(plan.computedAt, timeZone) })}` : ''}
            </span>
          ) : (
            t('reorder.subtitle')
          )
        }
        actions={
          <>
            <a className="btn" href={href('settings', { section: 'service-level' })}>
              {t('reorder.changeLevel')}
            </a>
            <ExportMenu testId="reorder-export" primary run={(format) => call('export.reorder', { format, lang, supplierId, includeZero, search: query })} />
          </>
        }
      />
      <div className="toolbar">
        <SearchBox
          label={t('searchExport.reorder.searchLabel')}
          placeholder={t('searchExport.reorder.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <SupplierFilter suppliers={suppliers} value={supplierId} onChange={setSupplierId} />
        <label className="check-inline">
          <input type="checkbox" checked={includeZero} onChange={(e) => setIncludeZero(e.target.checked)} />
          <span>{t('reorder.includeZero')}</span>
        </label>
        <span className="spacer" />
        {lines.length > 0 ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setExpanded(allOpen ? new Set() : new Set(lines.map((l) => l.productId)))}
          >
            {allOpen ? t('reorder.collapseAll') : t('reorder.expandAll')}
          </button>
        ) : null}
      </div>
      {suppliersError ? <ErrorNotice error={suppliersError} /> : null}
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {!plan && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {plan ? (
        <>
          <div className={`reorder-summary${toOrder.length === 0 ? ' reorder-summary-ok' : ''}`} data-testid="reorder-summary">
            {toOrder.length === 0 ? (
              query ? (
                t('searchExport.reorder.noMatch', { text: query })
              ) : (
                t('reorder.nothing')
              )
            ) : (
              <>
                <Icon name="reorder" size={18} />
                <span>
                  {t('reorder.summary', {
                    skus: formatInt(toOrder.length),
                    units: formatInt(totalUnits),
                    suppliers: formatInt(plan.groups.filter((g) => g.lines.some((l) => l.suggestedQty.value > 0)).length)
                  })}
                </span>
                <strong className="num">{t('reorder.summaryCost', { money: formatMoney(totalCost) })}</strong>
              </>
            )}
          </div>
          <p className="muted small">{t('reorder.howTo')}</p>
          {plan.groups.map((g) => (
            <SupplierGroup
              key={g.supplierId ?? 'none'}
              group={g}
              expanded={expanded}
              onToggle={toggle}
              onPurchase={() => setPurchasing(g)}
              onOrder={(l) =>
                setOrdering({
                  sku: {
                    id: l.productId,
                    merchantCode: l.merchantCode,
                    name: l.name,
                    spec: l.spec,
                    supplierId: g.supplierId,
                    supplierName: g.supplierName,
                    leadTimeDays: l.leadTimeDays
                  },
                  quantity: l.suggestedQty.value
                })
              }
            />
          ))}
        </>
      ) : null}
      {purchasing ? (
        <PurchaseDialog
          group={purchasing}
          onClose={() => setPurchasing(null)}
          onRecorded={() => {
            setPurchasing(null)
            refreshStatus()
            reload()
          }}
        />
      ) : null}
      {ordering ? (
        <IncomingForm
          delivery={null}
          sku={ordering.sku}
          quantity={ordering.quantity > 0 ? ordering.quantity : null}
          suppliers={suppliers}
          onClose={() => setOrdering(null)}
          onSaved={(row) => {
            setOrdering(null)
            notify(t('incoming.added', { code: row.merchantCode, n: formatInt(row.quantity) }))
            refreshStatus()
            reload()
          }}
        />
      ) : null}
    </div>
  )
}

function SupplierGroup({
  group,
  expanded,
  onToggle,
  onPurchase,
  onOrder
}: {
  group: ReorderGroup
  expanded: Set<number>
  onToggle: (id: number) => void
  onPurchase: () => void
  onOrder: (l: ReorderLine) => void
}) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const text = useEngineText()
  const name = group.supplierName ?? t('engine.reorder.noSupplier')
  return (
    <section className="box reorder-group" aria-label={name} data-testid="reorder-group">
      <header className="reorder-group-head">
        <h2 className="box-title">{name}</h2>
        <span className="muted small">
          {t('reorder.groupTotals', {
            skus: formatInt(group.lines.length),
            units: formatInt(group.totalUnits),
            money: formatMoney(group.totalCostFen)
          })}
        </span>
        <span className="spacer" />
        {group.totalUnits > 0 ? (
          <button type="button" className="btn btn-small btn-primary" onClick={onPurchase} aria-label={t('purchase.openFor', { supplier: name })}>
            {t('purchase.open')}
          </button>
        ) : null}
        {group.supplierId !== null ? (
          <ExportMenu
            label={t('reorder.exportSupplier')}
            run={(format) => call('export.reorder', { format, lang, supplierId: group.supplierId })}
          />
        ) : null}
      </header>
      <div className="table-scroll">
        <table className="mini-table reorder-table">
          <TableHead
            cols={[
              { label: t('reorder.col.how'), hidden: true, className: 'col-toggle' },
              t('inventory.col.merchantCode'),
              t('reorder.col.product'),
              endCol(t('reorder.col.available'), t('reorder.colHint.available')),
              { ...endCol(t('reorder.col.incoming')), className: 'prio-1' },
              endCol(t('reorder.col.waiting'), t('reorder.colHint.waiting')),
              { ...endCol(t('reorder.col.avgDaily')), className: 'prio-3' },
              { ...endCol(t('reorder.col.leadTime')), className: 'prio-4' },
              { ...endCol(t('reorder.col.safety')), className: 'prio-2' },
              endCol(t('reorder.col.reorderPoint'), t('reorder.colHint.reorderPoint')),
              endCol(t('reorder.col.suggested')),
              endCol(t('reorder.col.cost')),
              { label: t('reorder.col.actions'), hidden: true }
            ]}
          />
          <tbody>
            {group.lines.map((l) => {
              const open = expanded.has(l.productId)
              const explainId = `explain-${l.productId}`
              return (
                <Fragment key={l.productId}>
                  <tr
                    className={`reorder-row${open ? ' open' : ''}${l.suggestedQty.value > 0 ? '' : ' zero'}`}
                    onClick={(e) => !(e.target as HTMLElement).closest('button, a') && onToggle(l.productId)}
                  >
                    <td className="col-toggle">
                      <button
                        type="button"
                        className="toggle-btn"
                        aria-expanded={open}
                        aria-controls={open ? explainId : undefined}
                        aria-label={t('reorder.how', { code: l.merchantCode })}
                        onClick={() => onToggle(l.productId)}
                      >
                        <Icon name="chevron" size={14} />
                      </button>
                    </td>
                    <td className="mono nowrap">
                      <a className="link" href={href('inventory', { sku: l.productId })}>
                        {l.merchantCode}
                      </a>
                    </td>
                    <td className="reorder-product" title={`${l.name} ${l.spec}`.trim()}>
                      {l.name}
                      {l.spec ? <span className="muted"> · {l.spec}</span> : null}
                    </td>
                    <td className="align-end num">{formatInt(l.available)}</td>
                    <td className="align-end num prio-1">{l.incoming ? formatInt(l.incoming) : <span className="muted">0</span>}</td>
                    <td className={`align-end num${l.waitingUnits > 0 ? ' text-danger strong' : ''}`}>{formatInt(l.waitingUnits)}</td>
                    <td className="align-end num explained prio-3" title={text(l.avgDailyDemand.formula)}>
                      {formatDecimal(l.avgDailyDemand.value, 2)}
                    </td>
                    <td className="align-end num nowrap prio-4">{t('common.days', { count: l.leadTimeDays })}</td>
                    <td className="align-end num explained prio-2" title={text(l.safetyStock.formula)}>
                      {formatInt(l.safetyStock.value)}
                    </td>
                    <td className="align-end num explained" title={text(l.reorderPoint.formula)}>
                      {l.reorderPoint.value === null ? '—' : formatInt(l.reorderPoint.value)}
                    </td>
                    <td className="align-end num explained suggested nowrap" title={text(l.suggestedQty.formula)} data-testid="suggested-qty" data-keep="">
                      {formatInt(l.suggestedQty.value)}
                    </td>
                    <td className="align-end num nowrap" data-keep="">
                      {formatMoney(l.costFen)}
                    </td>
                    <td className="align-end nowrap" data-keep="">
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => onOrder(l)}
                        aria-label={t('reorder.recordFor', { code: l.merchantCode })}
                      >
                        {t('reorder.record')}
                      </button>
                    </td>
                  </tr>
                  {open ? (
                    <tr className="explain-row" id={explainId}>
                      <td />
                      <td colSpan={12}>
                        <ol className="formulas" data-testid="formulas">
                          <li>{text(l.avgDailyDemand.formula)}</li>
                          <li>{text(l.sigmaDaily.formula)}</li>
                          <li>
                            {t('reorder.leadLine', { days: l.leadTimeDays })}
                            {l.leadTimeSigma !== null ? ` ${t('reorder.leadSigma', { sigma: formatDecimal(l.leadTimeSigma, 2) })}` : ''}
                            {' · '}
                            {t('reorder.zLine', { z: l.z })}
                          </li>
                          <li>{text(l.safetyStock.formula)}</li>
                          <li>{text(l.reorderPoint.formula)}</li>
                          <li className="strong">{text(l.suggestedQty.formula)}</li>
                          <li>
                            {t('reorder.costLine', {
                              qty: formatInt(l.suggestedQty.value),
                              unit: formatMoney(l.unitCostFen),
                              money: formatMoney(l.costFen)
                            })}
                          </li>
                        </ol>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
