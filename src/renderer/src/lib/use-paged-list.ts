// Rows of a server-side list, fetched page by page as the table scrolls to them.
// Only pages near the visible window are ever requested, so a list of 100,000
// orders costs a few hundred rows of memory and one small query per page.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CallInput, CallName, CallOutput } from '@shared/contract'
import type { ApiError } from '@shared/errors'
import type { Page } from '@shared/types'
import { call, toApiError } from '../api'

export const PAGE_SIZE = 200

interface State<R> {
  key: string
  total: number | null
  pages: Record<number, R[]>
  error: ApiError | null
}

export interface PagedList<R> {
  /** Null until the first page of the current query has arrived. */
  total: number | null
  error: ApiError | null
  rowAt: (index: number) => R | undefined
  /** Make sure rows start..end (inclusive) are loaded or loading. */
  loadRange: (start: number, end: number) => void
  /** Refetch the pages already shown, keeping them on screen until the new rows arrive. */
  reload: () => void
  /** Replace one row in place (e.g. after a stock movement) without refetching. */
  patch: (row: R) => void
}

export function usePagedList<R extends { id: number }>(
  key: string,
  fetchPage: (offset: number, limit: number) => Promise<Page<R>>,
  /** False while the screen shows another list: nothing is fetched. */
  enabled = true
): PagedList<R> {
  const [state, setState] = useState<State<R>>({ key: '', total: null, pages: {}, error: null })
  const keyRef = useRef(key)
  const fetchRef = useRef(fetchPage)
  /** `${key}|${page}` of pages loaded or in flight. */
  const requested = useRef(new Set<string>())

  useEffect(() => {
    fetchRef.current = fetchPage
  })

  const enabledRef = useRef(enabled)
  useEffect(() => {
    enabledRef.current = enabled
  })

  const request = useCallback((page: number, force = false) => {
    if (!enabledRef.current) return
    const k = keyRef.current
    const tag = `${k}|${page}`
    if (!force && requested.current.has(tag)) return
    requested.current.add(tag)
    fetchRef.current(page * PAGE_SIZE, PAGE_SIZE).then(
      (res) => {
        if (keyRef.current !== k) return
        setState((prev) =>
          prev.key === k
            ? { ...prev, total: res.total, pages: { ...prev.pages, [page]: res.rows }, error: null }
            : { key: k, total: res.total, pages: { [page]: res.rows }, error: null }
        )
      },
      (e: unknown) => {
        requested.current.delete(tag)
        if (keyRef.current !== k) return
        setState((prev) => ({ key: k, total: prev.key === k ? prev.total : null, pages: prev.key === k ? prev.pages : {}, error: toApiError(e) }))
      }
    )
  }, [])

  // Layout effect: the key is current before any table effect asks for pages.
  useLayoutEffect(() => {
    keyRef.current = key
    enabledRef.current = enabled
    requested.current = new Set()
  }, [key, enabled])
  useEffect(() => {
    request(0)
  }, [key, enabled, request])

  const current = state.key === key ? state : null

  const loadRange = useCallback(
    (start: number, end: number) => {
      if (end < start) return
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) request(p)
    },
    // A new identity per query, so tables re-ask for their visible pages when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [request, key]
  )

  const reload = useCallback(() => {
    const k = keyRef.current
    const pages = [...requested.current].filter((t) => t.startsWith(`${k}|`)).map((t) => Number(t.slice(k.length + 1)))
    for (const p of pages.length ? pages : [0]) request(p, true)
  }, [request])

  const patch = useCallback((row: R) => {
    setState((prev) => {
      const pages: Record<number, R[]> = {}
      for (const [p, rows] of Object.entries(prev.pages)) pages[Number(p)] = rows.map((r) => (r.id === row.id ? row : r))
      return { ...prev, pages }
    })
  }, [])

  const pages = current?.pages
  const rowAt = useCallback((index: number) => pages?.[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE], [pages])

  return { total: current?.total ?? null, error: current?.error ?? null, rowAt, loadRange, reload, patch }
}

/** The calls that answer a page of rows for an offset and a limit. */
type PagedCall = {
  [K in CallName]: CallInput<K> extends { offset?: number; limit?: number } ? (CallOutput<K> extends Page<unknown> ? K : never) : never
}[CallName]
type RowOf<K extends PagedCall> = CallOutput<K> extends Page<infer T> ? T : never

/**
 * A paged contract call as a table's list: `input` is the query without its page
 * (the list starts afresh whenever it changes), `toRow` gives each row the `id` the
 * table selects by. `version` bumped: the same query read again from the top.
 */
export function usePagedCall<K extends PagedCall, R extends { id: number }>(
  name: K,
  input: Omit<CallInput<K>, 'offset' | 'limit'>,
  toRow: (row: RowOf<K>) => R,
  options: { enabled?: boolean; version?: number } = {}
): { list: PagedList<R>; queryKey: string } {
  const queryKey = JSON.stringify([name, input, options.version ?? 0])
  const fetchPage = async (offset: number, limit: number): Promise<Page<R>> => {
    const page = (await call(name, { ...input, offset, limit } as CallInput<K>)) as Page<RowOf<K>>
    return { total: page.total, rows: page.rows.map(toRow) }
  }
  return { list: usePagedList<R>(queryKey, fetchPage, options.enabled ?? true), queryKey }
}
