// Export for Excel: the file's bytes come back for the renderer to save. The orders
// export is one row per order line under exactly the filters of the list on screen.
import { z } from 'zod'
import type { ExportFile } from '../types'
import { ORDER_STATUSES, PLATFORMS } from '../types'
import { call, id, text, exportFormat, exportLang } from './define'
import { PRODUCT_FILTERS } from './inventory'
import { ORDER_SORTS } from './orders'
import { triageView } from './search-export'

export const exportCalls = {
  'export.orders': call<ExportFile>()(
    z.strictObject({
      format: exportFormat,
      lang: exportLang,
      status: z.enum(ORDER_STATUSES).nullable().default(null),
      platform: z.enum(PLATFORMS).nullable().default(null),
      productId: id.nullable().default(null),
      /** Only this shop's orders (an order with no shop never matches one). */
      shopId: id.nullable().default(null),
      search: text(200).default(''),
      /** The order list's sort (the export keeps the list's order). */
      sort: z.enum(ORDER_SORTS).default('promisedShipAt'),
      dir: z.enum(['asc', 'desc']).default('asc'),
      /** The 待发货 view: the engine's open orders under the same filters as its list (status is then ignored). */
      triage: triageView.nullable().default(null)
    })
  ),
  'export.products': call<ExportFile>()(
    z.strictObject({
      format: exportFormat,
      lang: exportLang,
      filter: z.enum(PRODUCT_FILTERS).default('all'),
      search: text(200).default(''),
      supplierId: id.nullable().default(null)
    })
  ),
  'export.skippedRows': call<ExportFile>()(z.strictObject({ format: exportFormat, lang: exportLang, batchId: id }))
} as const
