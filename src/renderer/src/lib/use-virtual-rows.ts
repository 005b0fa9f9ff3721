// A virtualized list over a paged list: only the rows in view (and `overscan`
// around them) are rendered, their pages are loaded as they come into view, and
// a new query starts at the top. Used by VirtualTable and the queue's list.
import { useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

export function useVirtualRows(
  list: { total: number | null; loadRange: (first: number, last: number) => void },
  rowHeight: number,
  overscan: number,
  queryKey: string
) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const total = list.total ?? 0
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index
  const last = items[items.length - 1]?.index
  const { loadRange } = list

  useEffect(() => {
    if (first !== undefined && last !== undefined) loadRange(first, last)
  }, [first, last, loadRange])

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0
  }, [queryKey])

  return { scrollRef, total, virtualizer, items }
}
