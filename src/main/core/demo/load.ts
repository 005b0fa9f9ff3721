// Loads the demo shop into an empty database in one transaction: either the
// whole shop is there afterwards or nothing changed.
import { seedDemoShops } from './shops'
import { AppError } from '../../../shared/errors'
import type { DemoResult } from '../../../shared/types'
import type { CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { generateDemoShop } from './generate'
import type { DemoPlan } from './plan'
import { iso } from './time'
import { seedDemoCases } from './queue-cases'

/** True when the shop has no products, orders or suppliers (settings and audit don't count). */
export function isShopEmpty(db: Db): boolean {
  const row = prepared<[], { busy: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM suppliers) AS busy`
  ).get()
  return row?.busy === 0
}

const notEmpty = (): AppError => new AppError('conflict', {}, undefined, 'errors.demo_not_empty')

export function loadDemoShop(ctx: CoreContext, options: { seed: number; anchor?: Date }): DemoResult {
  if (!isShopEmpty(ctx.db)) throw notEmpty()
  const plan = generateDemoShop(options.seed, options.anchor ?? ctx.now())
  ctx.db
    .transaction(() => {
      // Checked again under the write lock: another connection may have added data meanwhile.
      if (!isShopEmpty(ctx.db)) throw notEmpty()
      writePlan(ctx.db, plan)
      seedDemoShops(ctx.db, iso(plan.openedAt))
      prepared(ctx.db, `INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'demo.load', 'shop', NULL, ?)`).run(
        ctx.now().toISOString(),
        JSON.stringify({ seed: options.seed })
      )
      seedDemoCases(ctx.db, options.seed, options.anchor ?? ctx.now())
    })
    .immediate()
  return {
    seed: options.seed,
    suppliers: plan.suppliers.length,
    skus: plan.products.length,
    orders: plan.orders.length,
    movements: plan.movements.length,
    incoming: plan.incoming.length
  }
}

/** Plan indexes become row ids in insertion order; `ids` maps one to the other. */
function writePlan(db: Db, plan: DemoPlan): void {
  const opened = iso(plan.openedAt)
  const rowId = (r: { lastInsertRowid: number | bigint }): number => Number(r.lastInsertRowid)
  const at = <T>(ids: readonly T[], index: number): T => {
    const id = ids[index]
    if (id === undefined) throw new Error(`demo: dangling reference ${index}`)
    return id
  }

  const insertSupplier = prepared(db, `INSERT INTO suppliers (name, contact, lead_time_days, note, created_at) VALUES (?, ?, ?, ?, ?)`)
  const supplierIds = plan.suppliers.map((s) => rowId(insertSupplier.run(s.name, s.contact, s.leadTimeDays, s.note, opened)))

  const insertProduct = prepared(
    db,
    `INSERT INTO products (merchant_code, name, spec, price_fen, unit_cost_fen, safety_stock, supplier_id, lead_time_days, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const productIds = plan.products.map((p) =>
    rowId(
      insertProduct.run(p.merchantCode, p.name, p.spec, p.priceFen, p.unitCostFen, p.safetyStock, at(supplierIds, p.supplier), p.ownLeadTimeDays, opened, opened)
    )
  )

  const insertSubstitute = prepared(db, `INSERT INTO product_substitutes (product_id, substitute_id, rank) VALUES (?, ?, ?)`)
  for (const s of plan.substitutes) insertSubstitute.run(at(productIds, s.product), at(productIds, s.substitute), s.rank)

  // The trigger adds each movement to products.on_hand, so the cache matches the ledger.
  const insertMovement = prepared(
    db,
    `INSERT INTO stock_movements (product_id, type, quantity, counted, reason, idempotency_key, ref, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`
  )
  const movementIds = plan.movements.map((m) =>
    rowId(insertMovement.run(at(productIds, m.product), m.type, m.quantity, m.counted, m.reason, m.ref, iso(m.at)))
  )

  const insertIncoming = prepared(
    db,
    `INSERT INTO incoming_stock (product_id, supplier_id, quantity, ordered_at, expected_at, status, received_at, movement_id, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (const i of plan.incoming) {
    insertIncoming.run(
      at(productIds, i.product),
      at(supplierIds, i.supplier),
      i.quantity,
      iso(i.orderedAt),
      iso(i.expectedAt),
      i.status,
      i.receivedAt === null ? null : iso(i.receivedAt),
      i.movement === null ? null : at(movementIds, i.movement),
      i.note,
      iso(i.orderedAt)
    )
  }

  const insertOrder = prepared(
    db,
    `INSERT INTO orders (platform, order_no, status, after_sale, paid_fen, paid_at, promised_ship_at, shipped_at,
       buyer_name, buyer_phone, address, buyer_note, merchant_note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertLine = prepared(
    db,
    `INSERT INTO order_lines (order_id, line_no, sub_order_no, merchant_code, platform_product_id, platform_sku_id, title, spec, quantity, amount_fen, product_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms))
  for (const o of plan.orders) {
    const orderId = rowId(
      insertOrder.run(
        o.platform, o.orderNo, o.status, o.afterSale, o.paidFen, isoOrNull(o.paidAt), isoOrNull(o.promisedShipAt), isoOrNull(o.shippedAt),
        o.buyerName, o.buyerPhone, o.address, o.buyerNote, o.merchantNote, iso(o.createdAt), iso(o.updatedAt)
      )
    )
    for (const l of o.lines) {
      const p = plan.products[l.product]
      if (!p) throw new Error(`demo: dangling product ${l.product}`)
      const listing = p.platformIds[o.platform]
      insertLine.run(
        orderId, l.lineNo, l.subOrderNo, p.merchantCode, listing.productId, listing.skuId, p.name, p.spec, l.quantity, l.amountFen, at(productIds, l.product)
      )
    }
  }
}
