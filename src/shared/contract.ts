// The one contract: every call the renderer (and the CLI) can make, with the
// runtime schema of its input and the type of its output. Main, preload, the
// renderer and the CLI derive their types and bindings from this object.
import { z } from 'zod'
import type { Result } from './errors'
import type {
  AppInfo,
  AuditEntry,
  DemoResult,
  OrderDetail,
  OrderRow,
  Page,
  ProductDetail,
  ProductRow,
  Settings,
  ShopStatus,
  Supplier,
  Movement,
  ImportJobStatus,
  ImportBatch,
  SkippedRow,
  ImportPreset,
  SkuMapping,
  ExportFile
} from './types'
import { LANGUAGES, MANUAL_MOVEMENT_TYPES, ORDER_STATUSES, PLATFORMS } from './types'

/** A call's output type rides along as a phantom; only the schema exists at run time. */
function call<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O })
}

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const text = (max: number) => z.string().max(max)
const fen = z.number().int().min(0).max(1_000_000_000_00) // up to ¥1 billion
const quantity = z.number().int().min(-1_000_000).max(1_000_000)
const offset = z.number().int().min(0).max(10_000_000).default(0)
const limit = z.number().int().min(1).max(1000).default(200)
const sortDir = z.enum(['asc', 'desc']).default('asc')
const merchantCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  // No spaces or control characters: a merchant code is one token that must match the platform's export exactly.
  .refine((code) => ![...code].some((ch) => /\s/u.test(ch) || ch.charCodeAt(0) < 0x20), 'no_spaces')

export const PRODUCT_SORTS = [
  'merchantCode',
  'name',
  'onHand',
  'openDemand',
  'safetyStock',
  'priceFen',
  'supplierName',
  'updatedAt'
] as const
export const PRODUCT_FILTERS = ['all', 'out_of_stock', 'below_safety', 'with_demand'] as const
export const ORDER_SORTS = ['paidAt', 'promisedShipAt', 'orderNo', 'paidFen', 'status', 'platform'] as const

export const MAX_IMPORT_BYTES = 512 * 1024 * 1024
export const IMPORT_PLATFORMS = ['auto', 'pdd', 'taobao', 'douyin', 'generic'] as const
const exportFormat = z.enum(['csv', 'xlsx'])
const exportLang = z.enum(['zh-CN', 'en']).default('zh-CN')
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

const productFields = {
  name: text(200).trim().min(1),
  spec: text(200).default(''),
  priceFen: fen.default(0),
  unitCostFen: fen.default(0),
  safetyStock: z.number().int().min(0).max(1_000_000).default(0),
  supplierId: id.nullable().default(null),
  leadTimeDays: z.number().int().min(0).max(365).nullable().default(null),
  substituteIds: z.array(id).max(20).default([])
}

export const contract = {
  'app.info': call<AppInfo>()(z.strictObject({})),
  'settings.get': call<Settings>()(z.strictObject({})),
  'settings.update': call<Settings>()(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      timeZone: text(64)
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz })
            return true
          } catch {
            return false
          }
        }, 'time_zone')
        .optional()
    })
  ),
  'shop.status': call<ShopStatus>()(z.strictObject({})),
  'demo.load': call<DemoResult>()(
    z.strictObject({
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(42)
    })
  ),
  'suppliers.list': call<Supplier[]>()(z.strictObject({})),
  'products.list': call<Page<ProductRow>>()(
    z.strictObject({
      search: text(200).default(''),
      filter: z.enum(PRODUCT_FILTERS).default('all'),
      supplierId: id.nullable().default(null),
      sort: z.enum(PRODUCT_SORTS).default('merchantCode'),
      dir: sortDir,
      offset,
      limit
    })
  ),
  'products.get': call<ProductDetail>()(z.strictObject({ id })),
  'products.byCode': call<ProductDetail>()(z.strictObject({ merchantCode })),
  'products.create': call<ProductDetail>()(z.strictObject({ merchantCode, ...productFields })),
  'products.update': call<ProductDetail>()(z.strictObject({ id, ...productFields })),
  'stock.move': call<Movement>()(
    z.strictObject({
      productId: id,
      type: z.enum(MANUAL_MOVEMENT_TYPES),
      /** receive: units in (> 0); adjust: signed change (≠ 0); count: units counted on the shelf (≥ 0). */
      quantity,
      reason: text(500).default(''),
      /** Same key twice records the movement once (double clicks, retried scripts). */
      idempotencyKey: text(128).min(1).optional()
    })
  ),
  'stock.movements': call<Page<Movement>>()(z.strictObject({ productId: id, offset, limit })),
  'orders.list': call<Page<OrderRow>>()(
    z.strictObject({
      search: text(200).default(''),
      status: z.enum(ORDER_STATUSES).nullable().default(null),
      platform: z.enum(PLATFORMS).nullable().default(null),
      productId: id.nullable().default(null),
      sort: z.enum(ORDER_SORTS).default('paidAt'),
      dir: z.enum(['asc', 'desc']).default('desc'),
      offset,
      limit
    })
  ),
  'orders.get': call<OrderDetail>()(z.strictObject({ id })),
  'audit.list': call<Page<AuditEntry>>()(z.strictObject({ offset, limit })),

  // Import (issue #3): long work runs as a job; the renderer polls it and may cancel.
  'import.start': call<ImportJobStatus>()(
    z.strictObject({
      kind: z.enum(['orders', 'stock']),
      fileName: text(255).min(1),
      bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes').refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'too_large'),
      platform: z.enum(IMPORT_PLATFORMS).default('auto'),
      /** A saved preset's name, or a mapping given inline, for generic files. */
      presetName: text(100).nullable().default(null),
      mapping: columnMapping.nullable().default(null),
      /** Preview: everything is checked and counted, nothing is written. */
      dryRun: z.boolean().default(true),
      skipBadRows: z.boolean().default(false)
    })
  ),
  'import.job': call<ImportJobStatus>()(z.strictObject({ jobId: text(64).min(1) })),
  'import.cancel': call<ImportJobStatus>()(z.strictObject({ jobId: text(64).min(1) })),
  'import.history': call<ImportBatch[]>()(z.strictObject({ limit: z.number().int().min(1).max(200).default(50) })),
  'import.skippedRows': call<SkippedRow[]>()(z.strictObject({ batchId: id })),
  'import.presets.list': call<ImportPreset[]>()(z.strictObject({})),
  'import.presets.save': call<ImportPreset>()(z.strictObject({ name: text(100).trim().min(1), platform: z.enum(PLATFORMS).default('other'), mapping: columnMapping })),
  'import.presets.delete': call<{ deleted: boolean }>()(z.strictObject({ name: text(100).min(1) })),
  'skuMappings.list': call<SkuMapping[]>()(z.strictObject({})),
  /** Maps a platform's merchant code to one of the shop's products, and re-links existing order lines. */
  'skuMappings.save': call<SkuMapping>()(z.strictObject({ platform: z.enum(PLATFORMS), code: text(200).trim().min(1), productId: id })),
  'skuMappings.delete': call<{ deleted: boolean }>()(z.strictObject({ platform: z.enum(PLATFORMS), code: text(200).min(1) })),

  // Export for Excel: the file's bytes come back for the renderer to save.
  'export.orders': call<ExportFile>()(
    z.strictObject({
      format: exportFormat,
      lang: exportLang,
      status: z.enum(ORDER_STATUSES).nullable().default(null),
      platform: z.enum(PLATFORMS).nullable().default(null),
      search: text(200).default('')
    })
  ),
  'export.products': call<ExportFile>()(z.strictObject({ format: exportFormat, lang: exportLang, filter: z.enum(PRODUCT_FILTERS).default('all') })),
  'export.skippedRows': call<ExportFile>()(z.strictObject({ format: exportFormat, lang: exportLang, batchId: id }))
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = Contract[K]['output']

export const CALL_NAMES = Object.keys(contract) as CallName[]

/** The table the core implements: one handler per call, taking the parsed input. Most are synchronous SQLite work; long ones may return a promise. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> }

/** What preload exposes as `window.api`: one async function per call, returning the envelope. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> }

/** IPC channel of a call; one place so main and preload cannot disagree. */
export const channelOf = (name: CallName): string => `api:${name}`
