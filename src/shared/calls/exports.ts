// Export for Excel: the file's bytes come back for the renderer to save.
import { z } from 'zod'
import type { ExportFile } from '../types'
import { ORDER_STATUSES, PLATFORMS } from '../types'
import { call, id, text, exportFormat, exportLang } from './define'
import { PRODUCT_FILTERS } from './inventory'

export const exportCalls = {
  'export.orders': call<ExportFile>()(
    z.strictObject({
      format: exportFormat,
      lang: exportLang,
      status: z.enum(ORDER_STATUSES).nullable().default(null),
      platform: z.enum(PLATFORMS).nullable().default(null),
      productId: id.nullable().default(null),
      search: text(200).default('')
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
