// The sidebar is a full menu in wide windows and an icon rail in narrow ones (below
// COLLAPSE_BELOW px, where every pixel goes to the tables). A click on its toggle
// overrides the automatic choice and is remembered on this computer.
import { useCallback, useSyncExternalStore } from 'react'

export const COLLAPSE_BELOW = 1200
const KEY = 'stockout.sidebar'
type Choice = 'collapsed' | 'expanded'

const listeners = new Set<() => void>()
/** The last click, for when storage is refused (a locked-down profile): kept until the app closes. */
let clicked: Choice | null = null
const narrowQuery = (): MediaQueryList => window.matchMedia(`(max-width: ${COLLAPSE_BELOW - 1}px)`)

function readChoice(): Choice | null {
  try {
    const v = window.localStorage.getItem(KEY)
    return v === 'collapsed' || v === 'expanded' ? v : clicked
  } catch {
    return clicked
  }
}

function subscribe(cb: () => void): () => void {
  const mq = narrowQuery()
  listeners.add(cb)
  mq.addEventListener('change', cb)
  window.addEventListener('storage', cb)
  return () => {
    listeners.delete(cb)
    mq.removeEventListener('change', cb)
    window.removeEventListener('storage', cb)
  }
}

/** 'auto:collapsed' etc.: one string so useSyncExternalStore compares by value. */
function snapshot(): string {
  const choice = readChoice()
  return `${choice ?? 'auto'}:${(choice ?? (narrowQuery().matches ? 'collapsed' : 'expanded')) === 'collapsed' ? 'collapsed' : 'expanded'}`
}

export function useSidebar(): { collapsed: boolean; chosen: boolean; toggle: () => void } {
  const snap = useSyncExternalStore(subscribe, snapshot)
  const [choice, state] = snap.split(':')
  const collapsed = state === 'collapsed'
  const toggle = useCallback(() => {
    clicked = collapsed ? 'expanded' : 'collapsed'
    try {
      window.localStorage.setItem(KEY, clicked)
    } catch {
      /* not remembered after a restart, but followed for now through `clicked` */
    }
    listeners.forEach((l) => l())
  }, [collapsed])
  return { collapsed, chosen: choice !== 'auto', toggle }
}
