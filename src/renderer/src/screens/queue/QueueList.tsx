// The queue's left pane: one two-line row per case, virtualized so 50,000 cases
// cost a screenful of DOM. The cursor (keyboard position) and the open case are
// separate: j/k move the cursor, and the case under it opens after a short pause.
import { ShopTag } from '../../components/ShopPicker'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { QueueRow } from '@shared/queue-types'
import { PlatformTag } from '../../components/Badges'
import { CountdownHint } from '../../components/Countdown'
import { ErrorNotice } from '../../components/ErrorNotice'
import { formatMoney } from '../../lib/format'
import type { PagedList } from '../../lib/use-paged-list'
import { useVirtualRows } from '../../lib/use-virtual-rows'

export type Row = QueueRow & { id: number }

const ROW_HEIGHT = 58

export function StepBadge({ step }: { step: QueueRow['step'] }) {
  const { t } = useTranslation()
  return <span className={`q-step q-step-${step}`}>{t(`cases.steps.${step}`)}</span>
}

export function QueueList(props: {
  list: PagedList<Row>
  queryKey: string
  cursor: number
  openId: number | null
  selected: ReadonlySet<number>
  onCursor: (index: number) => void
  onToggle: (caseId: number) => void
  empty: React.ReactNode
}) {
  const { t } = useTranslation()
  const { list } = props
  const { scrollRef, total, virtualizer, items } = useVirtualRows(list, ROW_HEIGHT, 10, props.queryKey)

  useEffect(() => {
    if (props.cursor >= 0 && props.cursor < total) virtualizer.scrollToIndex(props.cursor, { align: 'auto' })
  }, [props.cursor, total, virtualizer])

  if (list.total === null && list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />

  return (
    <div className="list-panel q-list" data-testid="queue-list">
      <div className="q-list-scroll" ref={scrollRef} role="listbox" aria-label={t('queue.listLabel')} tabIndex={-1} data-nav-focus>
        {list.total === null ? <div className="vt-message muted">{t('common.loading')}</div> : null}
        {list.total === 0 ? <div className="vt-message">{props.empty}</div> : null}
        {total > 0 ? (
          <div className="q-list-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((vi) => {
              const row = list.rowAt(vi.index)
              const isCursor = vi.index === props.cursor
              const isOpen = row !== undefined && row.caseId === props.openId
              const checked = row !== undefined && props.selected.has(row.caseId)
              const critical = row?.consequences.some((c) => c.severity === 'critical')
              return (
                <div
                  key={vi.key}
                  role="option"
                  aria-selected={isOpen}
                  data-index={vi.index}
                  data-case-id={row?.caseId}
                  data-order-no={row?.orderNo}
                  className={`q-row${isCursor ? ' cursor' : ''}${isOpen ? ' open' : ''}${checked ? ' checked' : ''}${row?.overdue ? ' overdue' : ''}`}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${vi.start}px)` }}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('input, button')) props.onCursor(vi.index)
                  }}
                >
                  {row ? (
                    <>
                      <input
                        type="checkbox"
                        className="q-check"
                        checked={checked}
                        aria-label={t('queue.selectCase', { orderNo: row.orderNo })}
                        onChange={() => props.onToggle(row.caseId)}
                      />
                      <div className="q-row-main">
                        <div className="q-row-line">
                          <span className="mono q-orderno" title={row.orderNo}>
                            {row.orderNo}
                          </span>
                          <StepBadge step={row.step} />
                        </div>
                        <div className="q-row-line q-row-sub">
                          <span className="q-countdown">
                            {row.step === 'closed' ? (
                              <span className="muted small">{t('cases.steps.closed')}</span>
                            ) : (
                              <CountdownHint iso={row.deadline} />
                            )}
                          </span>
                          <PlatformTag platform={row.platform} />
                          <ShopTag name={row.shopName} />
                          <span className="mono q-sku" title={row.itemsSummary}>
                            {row.shortSkus.length ? row.shortSkus.join(' · ') : row.itemsSummary}
                          </span>
                          {row.lateFen > 0 && row.step !== 'closed' ? (
                            <span className={`q-penalty${critical ? ' critical' : ''}`} title={t('queue.penaltyTitle')}>
                              {t('queue.penaltyShort', { money: formatMoney(row.lateFen) })}
                            </span>
                          ) : null}
                        </div>
                      </div>
                    </>
                  ) : (
                    <span className="skeleton" aria-label={t('common.loading')} />
                  )}
                </div>
              )
            })}
          </div>
        ) : null}
      </div>
      {list.total !== null && list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
    </div>
  )
}
