// How the review draws numbers and causes: one colour per cause of the taxonomy
// (by its place in the list, so a cause keeps its colour on every chart and in
// print), money in yuan with thousands separators, shares as percentages.
import type { ReviewCause } from '@shared/review-types'
import { formatDecimal } from '../../lib/format'
import { CAUSE_COLOURS, token } from '../../lib/tokens'

/** The cause's colour (tokens.css --cause-1 … --cause-12), by its place in the list; an unknown cause takes the next. */
export function causeColor(causes: ReviewCause[], code: string): string {
  const i = causes.findIndex((c) => c.code === code)
  return token(`cause-${((i < 0 ? causes.length : i) % CAUSE_COLOURS) + 1}`)
}

// A cause's label is shared with the queue and the CLI.
export { causeLabel } from '@shared/queue-format'

// Money is src/shared/money.ts: whole yuan for axes and the summary, 分 only when not zero elsewhere.
export { formatYuan as yuan, formatYuanWhole as yuanWhole } from '@shared/money'

export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${formatDecimal(v, 1)}%`)
export const days = (v: number | null | undefined): string => formatDecimal(v, 1)

/** "2026-11-02" → "11-02" for axes. */
export const shortDay = (day: string): string => day.slice(5)

/** An axis label cut to fit, with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
