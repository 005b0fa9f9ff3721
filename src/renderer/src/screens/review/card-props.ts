// What every chart card gets from the screen.
import type { ReviewChart, ReviewData } from '@shared/review-types'
import type { ExportFile } from '@shared/types'
import type { MouseHandlerDataParam } from 'recharts'
import { token } from '../../lib/tokens'

/** A bar whose cases can be listed. */
export type BarRef =
  | { kind: 'cause'; code: string; label: string }
  | { kind: 'supplier'; supplierId: number | null; label: string }
  | { kind: 'sku'; productId: number; label: string }
  | { kind: 'week'; week: string; label: string }

export interface CardProps {
  data: ReviewData
  /** Period and filters in words, printed under a PNG's title. */
  caption: string
  onBar: (bar: BarRef) => void
  /** `order`: the causes Pareto's current order, which its file follows. */
  exportRows: (chart: ReviewChart, format: 'csv' | 'xlsx', order?: 'cases' | 'money') => Promise<ExportFile>
  /** The page is being printed: charts take the paper's width. */
  printing: boolean
}

export const fileBase = (chart: ReviewChart, data: ReviewData): string => `review-${chart}-${data.range.from}_${data.range.to}`

/** Shared look of axes and tooltips. */
// Functions, not constants: the colours come from tokens.css, read once the page has its stylesheet.
export const axis = () => ({ fontSize: 12, fill: token('chart-axis') })
export const grid = () => token('chart-grid')
export const tooltipStyle = () => ({ fontSize: 12, borderRadius: 6, borderColor: token('chart-tooltip-border') })

/** What every card passes its ChartCard the same way: its chart, caption, file name and rows export. */
export const cardBasics = (chart: ReviewChart, p: Pick<CardProps, 'data' | 'caption' | 'exportRows'>) => ({
  chart,
  caption: p.caption,
  fileBase: fileBase(chart, p.data),
  exportRows: (format: 'csv' | 'xlsx') => p.exportRows(chart, format)
})

/**
 * A click anywhere in a category's band opens that category, not only a click on the bar's own
 * shape. Recharts draws the hovered Line's active dot and the tooltip cursor on top of the bars,
 * so a click aimed at a bar can land on them: when a Pareto's cumulative share sits near the
 * middle of its bar (it did for the top cause in some demo shops), the click hit the dot and
 * nothing opened. A one-case bar is also only a few pixels tall. The chart's own click handler
 * knows the band under the pointer whatever element took the click.
 */
export const bandClick =
  (open: (index: number) => void) =>
  (state: MouseHandlerDataParam): void => {
    const i = Number(state?.activeTooltipIndex)
    if (Number.isInteger(i) && i >= 0) open(i)
  }
