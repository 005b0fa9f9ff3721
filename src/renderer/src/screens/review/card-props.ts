// What every chart card gets from the screen.
import type { ReviewChart, ReviewData } from '@shared/review-types'
import type { ExportFile } from '@shared/types'

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
  exportRows: (chart: ReviewChart, format: 'csv' | 'xlsx') => Promise<ExportFile>
  /** The page is being printed: charts take the paper's width. */
  printing: boolean
}

export const fileBase = (chart: ReviewChart, data: ReviewData): string => `review-${chart}-${data.range.from}_${data.range.to}`

/** Shared look of axes and tooltips. */
export const AXIS = { fontSize: 12, fill: '#4b5869' }
export const GRID = '#e9edf2'
export const TOOLTIP_STYLE = { fontSize: 12, borderRadius: 6, borderColor: '#cfd6e0' }

/** What every card passes its ChartCard the same way: its chart, caption, file name and rows export. */
export const cardBasics = (chart: ReviewChart, p: Pick<CardProps, 'data' | 'caption' | 'exportRows'>) => ({
  chart,
  caption: p.caption,
  fileBase: fileBase(chart, p.data),
  exportRows: (format: 'csv' | 'xlsx') => p.exportRows(chart, format)
})
