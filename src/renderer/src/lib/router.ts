// A tiny hash router: "#/inventory?filter=out_of_stock". Hash URLs work the same
// from the packaged file:// page, the dev server and the e2e static server.
import { useSyncExternalStore } from 'react'

export const SCREENS = ['alerts', 'orders', 'queue', 'inventory', 'incoming', 'reorder', 'review', 'import', 'settings'] as const
export type Screen = (typeof SCREENS)[number]

export interface Route {
  screen: Screen
  params: URLSearchParams
  /** The raw hash, usable as a React key so navigating to a new link starts the screen fresh. */
  key: string
}

function isScreen(s: string): s is Screen {
  return (SCREENS as readonly string[]).includes(s)
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const [path = '', query = ''] = raw.split('?')
  const screen = isScreen(path) ? path : 'alerts'
  return { screen, params: new URLSearchParams(query), key: `${screen}?${query}` }
}

export function href(screen: Screen, params?: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params ?? {})) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const qs = q.toString()
  return `#/${screen}${qs ? `?${qs}` : ''}`
}

export function navigate(screen: Screen, params?: Record<string, string | number | null | undefined>): void {
  window.location.hash = href(screen, params)
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

const getHash = (): string => window.location.hash

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash)
  return parseHash(hash)
}
