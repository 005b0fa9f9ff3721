// A virtualized, sortable table over a paged server list: only the rows in view
// (plus a small overscan) exist in the DOM, and pages load as they scroll in.
import { useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PagedList } from '../lib/use-paged-list'
import { ErrorNotice } from './ErrorNotice'
import { useVirtualRows } from '../lib/use-virtual-rows'
import { columnsToHide, tableMinWidth } from '@shared/column-fit'
import { useInnerWidth } from '../lib/use-inner-width'

export interface Column<R> {
  id: string
  header: string
  /** A CSS grid track: '120px', 'minmax(180px, 2fr)'. */
  width: string
  align?: 'start' | 'end' | 'center'
  sortKey?: string
  /** Tooltip for the header (e.g. what "Waiting" means). */
  headerTitle?: string
  render: (row: R) => ReactNode
  /** Full text for the cell's tooltip when it may be cut off. */
  text?: (row: R) => string
  /**
   * May be left out when the table is narrower than its columns: 1 = last to go, larger = sooner.
   * Without it the column always shows (the key columns); see src/shared/column-fit.ts.
   */
  priority?: number
  /** The cell's content must always show in full (a countdown, a quantity): tests check it is never cut. */
  keep?: boolean
}

export interface SortState {
  key: string
  dir: 'asc' | 'desc'
}

interface Props<R> {
  label: string
  columns: Column<R>[]
  list: PagedList<R>
  /** Changes whenever the query changes; the table scrolls back to the top. */
  queryKey: string
  sort: SortState
  onSort: (key: string) => void
  onOpen: (row: R) => void
  selectedId?: number | null
  rowTone?: (row: R) => 'danger' | 'warning' | undefined
  empty: ReactNode
  rowHeight?: number
  testId?: string
}

export function VirtualTable<R extends { id: number }>(props: Props<R>) {
  const { t } = useTranslation()
  const { list, rowHeight = 38 } = props
  const headRef = useRef<HTMLDivElement>(null)
  const { scrollRef, total, virtualizer, items } = useVirtualRows(list, rowHeight, 12, props.queryKey)

  // A narrow window leaves out the columns that matter least rather than cutting the key ones
  // or scrolling sideways; what is left out is named in the header's tooltip.
  const available = useInnerWidth(scrollRef)
  const hidden = columnsToHide(props.columns, available)
  const columns = hidden.size ? props.columns.filter((c) => !hidden.has(c.id)) : props.columns
  const hiddenNote = hidden.size
    ? t('layout.hiddenColumns', {
        count: hidden.size,
        names: props.columns
          .filter((c) => hidden.has(c.id))
          .map((c) => c.header)
          .join(t('layout.separator'))
      })
    : undefined

  // Never squeezed below its tracks' minimum: with only key columns left, it scrolls sideways instead.
  const minWidth = tableMinWidth(columns)
  const template: CSSProperties = { gridTemplateColumns: columns.map((c) => c.width).join(' '), minWidth }

  function focusRow(index: number): void {
    if (index < 0 || index >= total) return
    virtualizer.scrollToIndex(index, { align: 'auto' })
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus()
    })
  }

  function onRowKey(e: KeyboardEvent<HTMLDivElement>, index: number, row: R | undefined): void {
    // Keys pressed on a button or link inside the row belong to that control.
    if (e.target !== e.currentTarget) return
    if ((e.key === 'Enter' || e.key === ' ') && row) {
      e.preventDefault()
      props.onOpen(row)
    } else if (e.key === 'ArrowDown') {
      e.preventDefault()
      focusRow(index + 1)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      focusRow(index - 1)
    }
  }

  let body: ReactNode = null
  if (list.total === null && list.error) {
    body = (
      <div className="vt-message">
        <ErrorNotice error={list.error} onRetry={list.reload} />
      </div>
    )
  } else if (list.total === null) {
    body = <div className="vt-message muted">{t('common.loading')}</div>
  } else if (list.total === 0) {
    body = <div className="vt-message">{props.empty}</div>
  }

  return (
    <div
      className="list-panel vt"
      role="table"
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      data-testid={props.testId}
      data-hidden-columns={[...hidden].join(' ') || undefined}
    >
      <div className="vt-head" ref={headRef}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="vt-row vt-headrow" style={template} title={hiddenNote}>
            {columns.map((c) => {
              const active = props.sort.key === c.sortKey
              const ariaSort = active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
              return (
                <div
                  key={c.id}
                  role="columnheader"
                  aria-sort={ariaSort}
                  className={`vt-cell align-${c.align ?? 'start'}`}
                  data-head={c.id}
                  title={c.headerTitle}
                >
                  {c.sortKey ? (
                    <button type="button" className={`vt-sort${active ? ' active' : ''}`} onClick={() => props.onSort(c.sortKey!)}>
                      <span>{c.header}</span>
                      <span className="vt-arrow" aria-hidden="true">
                        {active ? (props.sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </div>
              )
            })}
          </div>
        </div>
      </div>
      <div
        className="vt-scroll"
        ref={scrollRef}
        onScroll={(e) => {
          if (headRef.current) headRef.current.scrollLeft = e.currentTarget.scrollLeft
        }}
      >
        {body ?? (
          <div role="rowgroup" className="vt-body" style={{ height: virtualizer.getTotalSize(), minWidth }}>
            {items.map((vi) => {
              const row = list.rowAt(vi.index)
              const tone = row ? props.rowTone?.(row) : undefined
              const selected = row !== undefined && row.id === props.selectedId
              return (
                <div
                  key={vi.key}
                  role="row"
                  aria-rowindex={vi.index + 2}
                  data-index={vi.index}
                  tabIndex={0}
                  className={`vt-row${tone ? ` tone-${tone}` : ''}${selected ? ' selected' : ''}${row ? '' : ' placeholder'}`}
                  style={{ ...template, height: rowHeight, transform: `translateY(${vi.start}px)` }}
                  onClick={(e) => {
                    if (row && !(e.target as HTMLElement).closest('button, a, input, select, label')) props.onOpen(row)
                  }}
                  onKeyDown={(e) => onRowKey(e, vi.index, row)}
                >
                  {row
                    ? columns.map((c) => (
                        <div
                          key={c.id}
                          role="cell"
                          data-col={c.id}
                          data-keep={c.keep ? '' : undefined}
                          className={`vt-cell align-${c.align ?? 'start'}`}
                          title={c.text?.(row)}
                        >
                          {c.render(row)}
                        </div>
                      ))
                    : columns.map((c, i) => (
                        <div key={c.id} role="cell" className="vt-cell">
                          {i === 0 ? <span className="skeleton" aria-label={t('common.loading')} /> : null}
                        </div>
                      ))}
                </div>
              )
            })}
          </div>
        )}
      </div>
      {list.total !== null && list.error ? (
        <div className="vt-footer-error">
          <ErrorNotice error={list.error} onRetry={list.reload} />
        </div>
      ) : null}
    </div>
  )
}
