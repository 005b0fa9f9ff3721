// Import (issue #3): long work runs as a job that the renderer polls and may cancel; SKU mappings and column presets make imports repeatable.
import { z } from 'zod'
import type { ImportJobStatus, ImportBatch, SkippedRow, ImportPreset, SkuMapping } from '../types'
import { ORDER_STATUSES, PLATFORMS } from '../types'
import { call, id, text } from './define'
import { IMPORT_LIMITS } from '../import-limits'

export const MAX_IMPORT_BYTES = IMPORT_LIMITS.fileBytes
export const IMPORT_PLATFORMS = ['auto', 'pdd', 'taobao', 'douyin', 'generic'] as const
const header = text(200).min(1)
/** Which column of a generic file holds each field (header names as they appear in the file). */
const columnMapping = z.strictObject({
  orderNo: header,
  status: header.optional(),
  paidAt: header.optional(),
  promisedShipAt: header.optional(),
  paidAmount: header.optional(),
  merchantCode: header.optional(),
  quantity: header.optional(),
  title: header.optional(),
  spec: header.optional(),
  lineAmount: header.optional(),
  buyerName: header.optional(),
  buyerPhone: header.optional(),
  address: header.optional(),
  buyerNote: header.optional(),
  merchantNote: header.optional(),
  afterSale: header.optional(),
  shippedAt: header.optional(),
  subOrderNo: header.optional()
})
export type ColumnMappingInput = z.infer<typeof columnMapping>

const fileBytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes').refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'too_large')
/** Files imported together with the first (Taobao's 订单报表 + 宝贝报表). */
export const MAX_MORE_FILES = 9

export const importCalls = {
  'import.start': call<ImportJobStatus>()(
    z.strictObject({
      kind: z.enum(['orders', 'stock']),
      fileName: text(255).min(1),
      bytes: fileBytes,
      moreFiles: z
        .array(z.strictObject({ fileName: text(255).min(1), bytes: fileBytes }))
        .max(MAX_MORE_FILES)
        .default([]),
      /** Meanings for unknown status texts, as the merchant chose them in the preview; saved per platform when applied. */
      statusMap: z
        .record(text(100).min(1), z.enum(ORDER_STATUSES))
        .refine((m) => Object.keys(m).length <= 100, 'too_many')
        .nullable()
        .default(null),
      /** For a workbook: read only this sheet (by default every sheet holding orders is used). */
      sheet: text(100).min(1).nullable().default(null),
      platform: z.enum(IMPORT_PLATFORMS).default('auto'),
      /** A saved preset's name, or a mapping given inline, for generic files. */
      presetName: text(100).nullable().default(null),
      mapping: columnMapping.nullable().default(null),
      /** Preview: everything is checked and counted, nothing is written. */
      dryRun: z.boolean().default(true),
      skipBadRows: z.boolean().default(false),
      /** Orders: the shop for orders the file names no shop for (default: the platform's last or default shop). */
      shopId: id.nullable().default(null)
    })
  ),
  'import.job': call<ImportJobStatus>()(z.strictObject({ jobId: text(64).min(1) })),
  'import.cancel': call<ImportJobStatus>()(z.strictObject({ jobId: text(64).min(1) })),
  'import.history': call<ImportBatch[]>()(z.strictObject({ limit: z.number().int().min(1).max(200).default(50) })),
  'import.skippedRows': call<SkippedRow[]>()(z.strictObject({ batchId: id })),
  'import.presets.list': call<ImportPreset[]>()(z.strictObject({})),
  'import.presets.save': call<ImportPreset>()(
    z.strictObject({ name: text(100).trim().min(1), platform: z.enum(PLATFORMS).default('other'), mapping: columnMapping })
  ),
  'import.presets.delete': call<{ deleted: boolean }>()(z.strictObject({ name: text(100).min(1) })),
  'skuMappings.list': call<SkuMapping[]>()(z.strictObject({})),
  /** Maps a platform's merchant code to one of the shop's products, and re-links existing order lines. */
  'skuMappings.save': call<SkuMapping>()(z.strictObject({ platform: z.enum(PLATFORMS), code: text(200).trim().min(1), productId: id })),
  'skuMappings.delete': call<{ deleted: boolean }>()(z.strictObject({ platform: z.enum(PLATFORMS), code: text(200).min(1) }))
} as const
