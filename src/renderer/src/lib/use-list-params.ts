// What a list screen (orders, inventory, queue, incoming) takes from its link and
// keeps while the user narrows the list: the search box and the debounced query
// the calls use, choices from fixed lists, ids, a SKU to filter by, and the sort
// with its header toggle. A link is read once, when the screen opens: after that
// the screen's own state leads (a new link starts the screen afresh).
import { useState } from 'react'
import type { SortState } from '../components/VirtualTable'
import { isOneOf } from './contract-lists'
import { useDebounced } from './use-debounced'

/** The link's `name`, if it is one of `list`; otherwise `fallback`. */
export function paramOf<T extends string, F>(params: URLSearchParams, name: string, list: readonly T[], fallback: F): T | F {
  const v = params.get(name)
  return isOneOf(list, v) ? v : fallback
}

/** A record id from the link (`?order=12`), or null. */
export const idParam = (params: URLSearchParams, name: string): number | null => Number(params.get(name)) || null

/** The SKU a link narrows a list to (`?sku=12&code=A-1`): its code is only for the banner. */
export function skuParam(params: URLSearchParams): { id: number; code: string } | null {
  const id = idParam(params, 'sku')
  return id !== null && id > 0 ? { id, code: params.get('code') ?? String(id) } : null
}

/** The search box as typed (from `?q=`) and the trimmed query, once typing has paused for a quarter second. */
export function useListSearch(params: URLSearchParams): { search: string; setSearch: (s: string) => void; query: string } {
  const [search, setSearch] = useState(params.get('q') ?? '')
  const query = useDebounced(search.trim(), 250)
  return { search, setSearch, query }
}

/**
 * A table's sort over the keys the call accepts: a header clicked again flips the
 * direction; another header starts big-first when it is one of `descFirst`
 * (amounts, counts, recent first), small-first otherwise.
 */
export function useSortToggle<K extends string>(keys: readonly K[], initial: () => SortState, descFirst: readonly K[]) {
  const [sort, setSort] = useState<SortState>(initial)
  const sortKey: K = isOneOf(keys, sort.key) ? sort.key : (keys[0] as K)
  const onSort = (key: string): void =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: isOneOf(descFirst, key) ? 'desc' : 'asc' }))
  return { sort, sortKey, dir: sort.dir, onSort }
}
