// The frame every review chart shares: title and subtitle, its own controls, a
// chart/table switch, export (PNG of the chart, CSV or Excel of its rows from the
// core) and an empty state. Tables and charts show the same rows.
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewChart } from '@shared/review-types'
import type { ExportFile } from '@shared/types'
import { saveFile } from '../../components/ExportMenu'
import { Icon } from '../../components/Icon'
import { useMenu } from '../../lib/use-menu'
import { chartToPng, downloadBlob } from './png'

export type View = 'chart' | 'table'
type Format = 'png' | 'csv' | 'xlsx'

export function ChartCard(props: {
  chart: ReviewChart
  title: string
  subtitle: ReactNode
  /** The period and filters, printed under the title of the PNG. */
  caption: string
  fileBase: string
  controls?: ReactNode
  empty: boolean
  emptyText?: string
  /** A click on a bar lists its cases: say so under the chart. */
  clickable?: boolean
  renderChart: () => ReactNode
  renderTable: () => ReactNode
  exportRows: (format: 'csv' | 'xlsx') => Promise<ExportFile>
  /** Shown under the chart or table whatever the view (e.g. the supplier scorecard). */
  footer?: ReactNode
  wide?: boolean
}) {
  const { t } = useTranslation()
  const [view, setView] = useState<View>('chart')
  const { open: menu, setOpen: setMenu, ref: anchor, buttonRef: button, busy, act } = useMenu('[role="menuitem"]:not(:disabled)')
  const body = useRef<HTMLDivElement>(null)

  const pngBlocked = props.empty || view !== 'chart'

  const save = (format: Format): Promise<void> =>
    act(async () => {
      if (format === 'png') {
        if (!body.current) return null
        const file = `${props.fileBase}.png`
        downloadBlob(await chartToPng(body.current, props.title, props.caption), file)
        return t('review.chart.saved', { file })
      }
      const file = await props.exportRows(format)
      saveFile(file)
      return t('export.done', { count: file.rows, file: file.fileName })
    })

  return (
    <section
      className={`box review-card${props.wide ? ' review-card-wide' : ''}`}
      data-testid={`review-${props.chart}`}
      aria-label={props.title}
    >
      <header className="review-card-head">
        <div className="review-card-titles">
          <h2 className="box-title">{props.title}</h2>
          <div className="review-card-subtitle">{props.subtitle}</div>
        </div>
        <div className="review-card-tools no-print">
          {props.controls}
          {!props.empty ? (
            <div className="review-toggle" role="group" aria-label={t('review.chart.view')}>
              {(['chart', 'table'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  className={`chip chip-small${view === v ? ' active' : ''}`}
                  aria-pressed={view === v}
                  onClick={() => setView(v)}
                >
                  {t(`review.chart.${v}`)}
                </button>
              ))}
            </div>
          ) : null}
          <div className="menu-anchor" ref={anchor}>
            <button
              ref={button}
              type="button"
              className="btn btn-small"
              aria-haspopup="menu"
              aria-expanded={menu}
              disabled={busy}
              onClick={() => setMenu((m) => !m)}
            >
              <Icon name="export" size={14} />
              {busy ? t('export.exporting') : t('review.chart.export')}
              <span className="menu-caret" aria-hidden="true">
                ▾
              </span>
            </button>
            {menu ? (
              <div className="menu" role="menu" aria-label={t('review.chart.exportMenu')}>
                {(['png', 'csv', 'xlsx'] as const).map((f) => (
                  <button
                    key={f}
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    disabled={f === 'png' && pngBlocked}
                    onClick={() => void save(f)}
                  >
                    <span className="menu-item-title">{t(`review.chart.${f}`)}</span>
                    <span className="menu-item-hint">{t(`review.chart.${f}Hint`)}</span>
                  </button>
                ))}
              </div>
            ) : null}
          </div>
        </div>
      </header>
      <div className="review-card-body" ref={body}>
        {props.empty ? (
          <div className="review-empty" data-testid="chart-empty">
            <Icon name="review" size={22} />
            <div>
              <div>{props.emptyText ?? t('review.chart.empty')}</div>
              <div className="muted small">{t('review.chart.emptyHint')}</div>
            </div>
          </div>
        ) : view === 'chart' ? (
          <>
            <div className={props.clickable ? 'review-chart review-chart-clickable' : 'review-chart'}>{props.renderChart()}</div>
            {props.clickable ? <p className="muted small review-click-hint no-print">{t('review.chart.clickHint')}</p> : null}
          </>
        ) : (
          <div className="table-scroll review-table">{props.renderTable()}</div>
        )}
      </div>
      {props.footer}
    </section>
  )
}
