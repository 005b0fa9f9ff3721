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
  Movement
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
  .regex(/^[^\s\u0000-\u001f]+$/u, 'no_spaces')

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
  'audit.list': call<Page<AuditEntry>>()(z.strictObject({ offset, limit }))
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
