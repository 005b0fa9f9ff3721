// Searching the shop's SKUs as the user types, for the pickers that choose one.
import { useEffect, useState } from 'react'
import type { ProductRow } from '@shared/types'
import { call } from '../api'
import { useDebounced } from './use-debounced'

/**
 * The SKUs matching `text` (code, name or spec), debounced. `rows` is null while
 * there is nothing to show yet: an empty box, or an answer still on its way (a
 * late answer for an older text is never shown).
 */
export function useSkuSearch(text: string, limit = 8): { query: string; rows: ProductRow[] | null } {
  const query = useDebounced(text.trim(), 200)
  const [found, setFound] = useState<{ query: string; rows: ProductRow[] }>({ query: '', rows: [] })
  useEffect(() => {
    if (!query) return
    let live = true
    call('products.list', { search: query, limit }).then(
      (page) => live && setFound({ query, rows: page.rows }),
      () => live && setFound({ query, rows: [] })
    )
    return () => {
      live = false
    }
  }, [query, limit])
  return { query, rows: query && found.query === query ? found.rows : null }
}
