// True while the page is being printed, so the charts can redraw at the paper's
// width instead of being shrunk from the window's. Chromium announces printing
// both ways: `beforeprint` (window.print(), the app's menu) and the print media
// query (also what tests emulate). The state is flushed at once on beforeprint,
// because the print layout is taken right after the event returns.
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** Width of a chart on A4 with 12 mm margins, inside a card (CSS px). */
export const PRINT_CHART_WIDTH = 660

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches)
  useEffect(() => {
    const query = window.matchMedia('print')
    const onQuery = () => setPrinting(query.matches)
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(query.matches)
    query.addEventListener('change', onQuery)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      query.removeEventListener('change', onQuery)
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return printing
}

/** Size props for a recharts chart: following its container on screen, fixed to the paper in print. */
export function chartSize(printing: boolean, height: number): { responsive?: boolean; width?: number; height?: number; style?: React.CSSProperties } {
  return printing ? { width: PRINT_CHART_WIDTH, height } : { responsive: true, style: { width: '100%', height } }
}
