// Bundles (组合装): one shop code that ships several stock SKUs × quantity. An order line carrying a
// bundle code keeps product_id NULL and is expanded into its components wherever stock is counted
// (engine/load.ts, engine/demand-load.ts, shipping in import/import-orders.ts), so a bundle never
// has stock of its own and its components are what run short.
import { AppError } from '../../../shared/errors'
import type { Bundle, BundlePart } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

export interface BundleInput {
  code: string
  name: string
  parts: { merchantCode: string; quantity: number }[]
}

export function listBundles(ctx: CoreContext): Bundle[] {
  const bundles = prepared(
    ctx.db,
    `SELECT b.id, b.code, b.name, b.updated_at AS updatedAt,
       (SELECT COUNT(*) FROM order_lines l WHERE l.merchant_code = b.code AND l.product_id IS NULL) AS lines,
       (SELECT COUNT(DISTINCT l.order_id) FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE l.merchant_code = b.code AND l.product_id IS NULL AND o.status = 'awaiting_shipment') AS openOrders
     FROM bundles b ORDER BY b.code`
  ).all() as Omit<Bundle, 'parts'>[]
  const parts = prepared(
    ctx.db,
    `SELECT bp.bundle_id AS bundleId, p.id AS productId, p.merchant_code AS merchantCode, p.name, bp.quantity, p.on_hand AS onHand
     FROM bundle_parts bp JOIN products p ON p.id = bp.product_id ORDER BY bp.bundle_id, p.merchant_code`
  ).all() as (BundlePart & { bundleId: number })[]
  return bundles.map((b) => ({ ...b, parts: parts.filter((p) => p.bundleId === b.id).map(({ bundleId: _b, ...p }) => p) }))
}

export function getBundle(ctx: CoreContext, code: string): Bundle {
  const b = listBundles(ctx).find((x) => x.code === code)
  if (!b) throw new AppError('not_found', { entity: 'bundle', code }, 'code')
  return b
}

export function setBundle(ctx: CoreContext, input: BundleInput): Bundle {
  ctx.db.transaction(() => writeBundle(ctx, input))()
  return getBundle(ctx, input.code)
}

/** Creates or replaces a bundle; the caller holds the transaction (the Bundles call, or a stock-list import). */
export function writeBundle(ctx: CoreContext, input: BundleInput): void {
  const db = ctx.db
  if (prepared(db, 'SELECT 1 FROM products WHERE merchant_code = ?').get(input.code))
    throw new AppError('conflict', { entity: 'bundle', code: input.code }, 'code', 'bundles.errors.code_is_sku')
  const ids = new Map<number, number>()
  for (const part of input.parts) {
    const p = prepared(db, 'SELECT id FROM products WHERE merchant_code = ?').get(part.merchantCode) as { id: number } | undefined
    if (!p) throw new AppError('not_found', { entity: 'product', merchantCode: part.merchantCode }, 'parts', 'bundles.errors.unknown_part')
    // The same SKU named twice adds up.
    ids.set(p.id, (ids.get(p.id) ?? 0) + part.quantity)
  }
  const now = isoNow(ctx)
  prepared(
    db,
    `INSERT INTO bundles (code, name, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`
  ).run(input.code, input.name, now, now)
  const id = (prepared(db, 'SELECT id FROM bundles WHERE code = ?').get(input.code) as { id: number }).id
  prepared(db, 'DELETE FROM bundle_parts WHERE bundle_id = ?').run(id)
  const insert = prepared(db, 'INSERT INTO bundle_parts (bundle_id, product_id, quantity) VALUES (?, ?, ?)')
  for (const [pid, qty] of ids) {
    if (qty > 10_000) throw new AppError('invalid_input', { field: 'parts' }, 'parts')
    insert.run(id, pid, qty)
  }
  recordAudit(ctx, 'bundles.set', 'bundle', id, { code: input.code, parts: input.parts })
}

export function removeBundle(ctx: CoreContext, code: string): { deleted: boolean } {
  return ctx.db.transaction(() => {
    const row = prepared(ctx.db, 'SELECT id FROM bundles WHERE code = ?').get(code) as { id: number } | undefined
    if (!row) throw new AppError('not_found', { entity: 'bundle', code }, 'code')
    prepared(ctx.db, 'DELETE FROM bundles WHERE id = ?').run(row.id)
    recordAudit(ctx, 'bundles.remove', 'bundle', row.id, { code })
    return { deleted: true }
  })()
}

/** Bundle code → its components (product id × units per bundle), loaded once per import. */
export function bundleParts(db: Db): Map<string, { productId: number; quantity: number }[]> {
  const rows = prepared(
    db,
    'SELECT b.code, bp.product_id AS productId, bp.quantity FROM bundles b JOIN bundle_parts bp ON bp.bundle_id = b.id'
  ).all() as {
    code: string
    productId: number
    quantity: number
  }[]
  const out = new Map<string, { productId: number; quantity: number }[]>()
  for (const r of rows) {
    const list = out.get(r.code)
    if (list) list.push({ productId: r.productId, quantity: r.quantity })
    else out.set(r.code, [{ productId: r.productId, quantity: r.quantity }])
  }
  return out
}
