// Inventory: suppliers, products (SKUs) and the stock ledger.
import { z } from 'zod'
import type { Page, ProductDetail, ProductRow, Supplier, Movement } from '../types'
import { MANUAL_MOVEMENT_TYPES } from '../types'
import { call, id, text, fen, quantity, offset, limit, sortDir, merchantCode } from './define'

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

export const inventoryCalls = {
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
  'stock.movements': call<Page<Movement>>()(z.strictObject({ productId: id, offset, limit }))
} as const
