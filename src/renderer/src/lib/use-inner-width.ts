// The inner width of a box, for the tables' column priorities (src/shared/column-fit.ts).
import { useEffect, useState, type RefObject } from 'react'

/** The inner width of an element (without its scrollbar), kept current as it resizes. */
export function useInnerWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setWidth(el.clientWidth)
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [ref])
  return width
}
