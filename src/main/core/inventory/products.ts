import type { ParsedInput } from '../../../shared/contract'
import type { PRODUCT_SORTS } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { Page, ProductDetail, ProductRow } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { containsPattern } from '../db/like'
import { prepared } from '../db/prepared'
import { listMovements } from './ledger'

// Units waiting on awaiting-shipment orders, per SKU. Issue #4's allocation will
// store richer figures; until then this is computed on read.
const OPEN_DEMAND = `
  SELECT ol.product_id, SUM(ol.quantity) AS qty
  FROM order_lines ol JOIN orders o ON o.id = ol.order_id
  WHERE o.status = 'awaiting_shipment' AND ol.product_id IS NOT NULL
  GROUP BY ol.product_id`

const ROW_COLUMNS = `
  p.id, p.merchant_code AS merchantCode, p.name, p.spec, p.price_fen AS priceFen,
  p.unit_cost_fen AS unitCostFen, p.safety_stock AS safetyStock, p.supplier_id AS supplierId,
  s.name AS supplierName, COALESCE(p.lead_time_days, s.lead_time_days, 7) AS leadTimeDays,
  p.on_hand AS onHand, COALESCE(d.qty, 0) AS openDemand, p.updated_at AS updatedAt`

const FROM = `
  FROM products p
  LEFT JOIN suppliers s ON s.id = p.supplier_id
  LEFT JOIN (${OPEN_DEMAND}) d ON d.product_id = p.id`

const WHERE = `
  WHERE (:like IS NULL OR p.merchant_code LIKE :like ESCAPE '\\' OR p.name LIKE :like ESCAPE '\\' OR p.spec LIKE :like ESCAPE '\\')
    AND (:supplierId IS NULL OR p.supplier_id = :supplierId)
    AND (:filter = 'all'
      OR (:filter = 'out_of_stock' AND p.on_hand = 0)
      OR (:filter = 'below_safety' AND p.on_hand < p.safety_stock)
      OR (:filter = 'with_demand' AND COALESCE(d.qty, 0) > 0))`

// Sort keys map to SQL from this fixed table only; nothing from the input reaches SQL text.
const SORT_SQL: Record<(typeof PRODUCT_SORTS)[number], string> = {
  merchantCode: 'p.merchant_code',
  name: 'p.name',
  onHand: 'p.on_hand',
  openDemand: 'openDemand',
  safetyStock: 'p.safety_stock',
  priceFen: 'p.price_fen',
  supplierName: 's.name IS NULL, s.name',
  updatedAt: 'p.updated_at'
}

export function listProducts(ctx: CoreContext, q: ParsedInput<'products.list'>): Page<ProductRow> {
  const params = {
    like: q.search.trim() ? containsPattern(q.search.trim()) : null,
    supplierId: q.supplierId,
    filter: q.filter
  }
  const total = (prepared(ctx.db, `SELECT COUNT(*) AS n ${FROM} ${WHERE}`).get(params) as { n: number }).n
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC'
  const order = SORT_SQL[q.sort]
    .split(',')
    .map((c) => `${c.trim()} ${dir}`)
    .join(', ')
  const rows = prepared(ctx.db, `SELECT ${ROW_COLUMNS} ${FROM} ${WHERE} ORDER BY ${order}, p.id ${dir} LIMIT :limit OFFSET :offset`).all({
    ...params,
    limit: q.limit,
    offset: q.offset
  }) as ProductRow[]
  return { total, rows }
}

export function getProduct(ctx: CoreContext, id: number): ProductDetail {
  const row = prepared(ctx.db, `SELECT ${ROW_COLUMNS}, p.lead_time_days AS ownLeadTimeDays ${FROM} WHERE p.id = ?`).get(id) as
    (ProductRow & { ownLeadTimeDays: number | null }) | undefined
  if (!row) throw new AppError('not_found', { entity: 'product', id })
  const substitutes = prepared(
    ctx.db,
    `SELECT p.id, p.merchant_code AS merchantCode, p.name, p.spec, p.on_hand AS onHand
     FROM product_substitutes ps JOIN products p ON p.id = ps.substitute_id
     WHERE ps.product_id = ? ORDER BY ps.rank, p.merchant_code`
  ).all(id) as ProductDetail['substitutes']
  return { ...row, substitutes, movements: listMovements(ctx, id, 0, 50).rows }
}

type ProductFields = Omit<ParsedInput<'products.update'>, 'id'>

function checkReferences(ctx: CoreContext, f: ProductFields, selfId: number | null): void {
  if (f.supplierId !== null && !prepared(ctx.db, 'SELECT 1 FROM suppliers WHERE id = ?').get(f.supplierId)) {
    throw new AppError('not_found', { entity: 'supplier', id: f.supplierId }, 'supplierId')
  }
  for (const sid of f.substituteIds) {
    if (sid === selfId) throw new AppError('invalid_input', { field: 'substituteIds', reason: 'self' }, 'substituteIds')
    if (!prepared(ctx.db, 'SELECT 1 FROM products WHERE id = ?').get(sid)) {
      throw new AppError('not_found', { entity: 'product', id: sid }, 'substituteIds')
    }
  }
}

function writeSubstitutes(ctx: CoreContext, productId: number, ids: number[]): void {
  prepared(ctx.db, 'DELETE FROM product_substitutes WHERE product_id = ?').run(productId)
  const insert = prepared(ctx.db, 'INSERT OR IGNORE INTO product_substitutes (product_id, substitute_id, rank) VALUES (?, ?, ?)')
  ids.forEach((sid, rank) => insert.run(productId, sid, rank))
}

/** A SKU's own settings in the column order both statements list them (name … lead_time_days). */
const settingValues = (input: ParsedInput<'products.create'> | ParsedInput<'products.update'>) =>
  [input.name, input.spec, input.priceFen, input.unitCostFen, input.safetyStock, input.supplierId, input.leadTimeDays] as const

export function createProduct(ctx: CoreContext, input: ParsedInput<'products.create'>): ProductDetail {
  const id = ctx.db
    .transaction(() => {
      if (prepared(ctx.db, 'SELECT 1 FROM products WHERE merchant_code = ?').get(input.merchantCode)) {
        throw new AppError('conflict', { code: input.merchantCode }, 'merchantCode', 'errors.merchant_code_taken')
      }
      checkReferences(ctx, input, null)
      const now = isoNow(ctx)
      const { lastInsertRowid } = prepared(
        ctx.db,
        `INSERT INTO products (merchant_code, name, spec, price_fen, unit_cost_fen, safety_stock, supplier_id, lead_time_days, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(input.merchantCode, ...settingValues(input), now, now)
      const newId = Number(lastInsertRowid)
      writeSubstitutes(ctx, newId, input.substituteIds)
      recordAudit(ctx, 'product.create', 'product', newId, { merchantCode: input.merchantCode, name: input.name })
      return newId
    })
    .immediate()
  return getProduct(ctx, id)
}

export function updateProduct(ctx: CoreContext, input: ParsedInput<'products.update'>): ProductDetail {
  ctx.db
    .transaction(() => {
      const before = prepared(ctx.db, 'SELECT * FROM products WHERE id = ?').get(input.id) as Record<string, unknown> | undefined
      if (!before) throw new AppError('not_found', { entity: 'product', id: input.id })
      checkReferences(ctx, input, input.id)
      prepared(
        ctx.db,
        `UPDATE products SET name = ?, spec = ?, price_fen = ?, unit_cost_fen = ?, safety_stock = ?, supplier_id = ?,
         lead_time_days = ?, updated_at = ? WHERE id = ?`
      ).run(...settingValues(input), isoNow(ctx), input.id)
      writeSubstitutes(ctx, input.id, input.substituteIds)
      recordAudit(ctx, 'product.update', 'product', input.id, {
        before: { name: before.name, spec: before.spec, priceFen: before.price_fen, safetyStock: before.safety_stock },
        after: { name: input.name, spec: input.spec, priceFen: input.priceFen, safetyStock: input.safetyStock }
      })
    })
    .immediate()
  return getProduct(ctx, input.id)
}

export function getProductByCode(ctx: CoreContext, merchantCode: string): ProductDetail {
  const row = prepared(ctx.db, 'SELECT id FROM products WHERE merchant_code = ?').get(merchantCode) as { id: number } | undefined
  if (!row) throw new AppError('not_found', { entity: 'product', code: merchantCode }, 'merchantCode', 'errors.sku_not_found')
  return getProduct(ctx, row.id)
}

/** Order lines that came in with this merchant code before the product existed now point at it. */
export function linkOrderLines(ctx: CoreContext, productId: number, merchantCode: string): number {
  return prepared(ctx.db, 'UPDATE order_lines SET product_id = ? WHERE merchant_code = ? AND product_id IS NULL').run(productId, merchantCode).changes
}
