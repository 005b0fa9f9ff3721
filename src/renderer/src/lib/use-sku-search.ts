// Searching the shop's SKUs as the user types, for the pickers that choose one.
import type { ProductRow } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { useCall } from './use-call'
import { useDebounced } from './use-debounced'

/**
 * The SKUs matching `text` (code, name or spec), debounced. `rows` is null while
 * there is nothing to show yet: an empty box, or an answer still on its way (a
 * late answer for an older text is never shown). A failed search is `error`, for
 * the picker to show, never an empty list that reads as "no such SKU".
 */
export function useSkuSearch(text: string, limit = 8): { query: string; rows: ProductRow[] | null; error: ApiError | null } {
  const query = useDebounced(text.trim(), 200)
  const found = useCall('products.list', query ? { search: query, limit } : null, [query, limit])
  const fresh = query !== '' && !found.loading && !found.error
  return { query, rows: fresh ? (found.data?.rows ?? null) : null, error: query ? found.error : null }
}
