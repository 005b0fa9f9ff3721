// Colours from tokens.css for code that takes a colour as a value (recharts' fills and
// strokes, the PNG export's canvas). tokens.css is the one place a colour is written:
// this reads its custom properties from the page, so a chart and the stylesheets
// never disagree. The stylesheet is in before any screen renders (main.tsx imports it first).

/** The chart tokens the review draws with (each `--<name>` in tokens.css). */
export type ChartToken =
  | 'chart-ink'
  | 'chart-axis'
  | 'chart-grid'
  | 'chart-tooltip-border'
  | 'chart-bar'
  | 'chart-reference'
  | 'chart-cases'
  | 'chart-lost'
  | 'chart-refund'
  | 'chart-compensation'
  | 'chart-margin'
  | 'surface'
  | 'muted'

/** How many cause colours tokens.css defines (--cause-1 … --cause-12). */
export const CAUSE_COLOURS = 12

const read = new Map<string, string>()

/** The value of `--<name>` on the page, e.g. token('chart-grid') → "#e9edf2". */
export function token(name: ChartToken | `cause-${number}`): string {
  const known = read.get(name)
  if (known) return known
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim()
  if (value) read.set(name, value)
  return value
}
