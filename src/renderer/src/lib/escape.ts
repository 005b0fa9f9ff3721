// Esc closes the top-most open layer only (a dialog over a detail panel closes the
// dialog first). Layers register in mount order; one document listener serves all.
import { useEffect, useRef } from 'react'

const stack: { current: () => void }[] = []

function onKeyDown(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return
  const top = stack[stack.length - 1]
  if (!top) return
  e.preventDefault()
  top.current()
}

export function useEscape(handler: () => void, active = true): void {
  const ref = useRef(handler)
  useEffect(() => {
    ref.current = handler
  })
  useEffect(() => {
    if (!active) return
    const entry = { current: () => ref.current() }
    if (stack.length === 0) document.addEventListener('keydown', onKeyDown)
    stack.push(entry)
    return () => {
      const i = stack.indexOf(entry)
      if (i >= 0) stack.splice(i, 1)
      if (stack.length === 0) document.removeEventListener('keydown', onKeyDown)
    }
  }, [active])
}
