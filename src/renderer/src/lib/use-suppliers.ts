import type { ApiError } from '@shared/errors'
import type { Supplier } from '@shared/types'
import { useCall } from './use-call'

/** The shop's suppliers for a filter or a form, and the error if they could not be read (shown, not hidden as an empty list). */
export function useSuppliers(): { suppliers: Supplier[]; error: ApiError | null } {
  const { data, error } = useCall('suppliers.list', {}, [])
  return { suppliers: data ?? [], error }
}
