import { useSyncExternalStore } from 'react'

// One shared minute clock for countdown hints ("in 5 h"), so every row agrees and
// render stays pure.
let now = Date.now()
const listeners = new Set<() => void>()
let timer: number | undefined

function subscribe(cb: () => void): () => void {
  listeners.add(cb)
  if (timer === undefined) {
    now = Date.now()
    timer = window.setInterval(() => {
      now = Date.now()
      for (const l of listeners) l()
    }, 30_000)
  }
  return () => {
    listeners.delete(cb)
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer)
      timer = undefined
    }
  }
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now)
}
