// After a sidebar link is followed, the focus leaves the link for the new screen:
// its marked region ([data-nav-focus], the queue's list) or else <main>. Left on the
// link, the next Enter would follow it again instead of reaching the screen (the
// queue's "Enter opens the case"), and the screen's single-key shortcuts would start
// from the sidebar. A link inside a screen keeps the focus where that screen puts it.
import { useEffect, useRef } from 'react'

export function useFocusAfterNav(routeKey: string): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const active = document.activeElement
    if (active && active !== document.body && !active.closest('.sidebar')) return
    const frame = requestAnimationFrame(() => {
      const main = document.querySelector<HTMLElement>('main')
      const target = main?.querySelector<HTMLElement>('[data-nav-focus]') ?? main
      target?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [routeKey])
}
