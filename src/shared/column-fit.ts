// Which columns of a table fit a width. Each column has a grid track ('120px',
// 'minmax(180px, 2fr)') whose first number is the least it can be; a column with a
// `priority` may be left out when the window is narrow — the highest number first,
// the rightmost first among equals — until the rest fit. Columns without a priority
// (the key ones: an order's deadline, its buyer, a reorder's quantity) always show.

export interface FitColumn {
  id: string
  width: string
  /** 1 = hidden last … larger = hidden sooner; absent = never hidden. */
  priority?: number | undefined
}

/** The least width of a grid track in px: '120px' → 120, 'minmax(180px, 2fr)' → 180, '2fr' → 0. */
export function trackMin(width: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(width)
  return m ? Number(m[1]) : 0
}

export function tableMinWidth(columns: readonly FitColumn[]): number {
  return columns.reduce((sum, c) => sum + trackMin(c.width), 0)
}

/** The ids to leave out so the rest fit `available` px (nothing when unmeasured, i.e. 0). */
export function columnsToHide(columns: readonly FitColumn[], available: number): Set<string> {
  const hidden = new Set<string>()
  if (available <= 0) return hidden
  let width = tableMinWidth(columns)
  const candidates = columns
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.priority !== undefined)
    .sort((a, b) => b.c.priority! - a.c.priority! || b.index - a.index)
  for (const { c } of candidates) {
    if (width <= available) break
    hidden.add(c.id)
    width -= trackMin(c.width)
  }
  return hidden
}
