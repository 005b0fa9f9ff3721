// Large synthetic volumes for performance tests and the bench: 100,000 orders or
// SKUs in one transaction each. Unlike the demo shop these tell no story; they
// only need to look like real rows and respect the schema's rules.
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../../shared/types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { defaultShopId } from '../shops/manage'
import { FAMILIES } from './catalog'
import { ORDER_STATUSES_FOR_BULK, bulkPaidAt } from './bulk-times'
import { pddOrderNo, douyinOrderNo, taobaoOrderNo } from './order-numbers'
import { fakeBuyer } from './people'
import { Rng } from './random'
import { HOUR, iso } from './time'

interface ProductForLine {
  id: number
  merchant_code: string
  name: string
  spec: string
  price_fen: number
}

/** Adds `count` one-line orders over the existing SKUs; returns how many were added. */
export function addBulkOrders(ctx: CoreContext, options: { count: number; seed: number; anchor?: Date }): number {
  const db = ctx.db
  const products = prepared<[], ProductForLine>(db, `SELECT id, merchant_code, name, spec, price_fen FROM products ORDER BY id`).all()
  if (products.length === 0) throw new AppError('not_found', { entity: 'products' })
  const rng = new Rng(options.seed)
  const anchor = (options.anchor ?? ctx.now()).getTime()
  // ON CONFLICT on the order number only: a clash is retried with a new number,
  // any other broken rule still fails the whole batch.
  const insertOrder = prepared(
    db,
    `INSERT INTO orders (platform, order_no, status, after_sale, paid_fen, paid_at, promised_ship_at, shipped_at,
       buyer_name, buyer_phone, address, created_at, updated_at, shop_id)
     VALUES (?, ?, ?, 'none', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, order_no) DO NOTHING`
  )
  const insertLine = prepared(
    db,
    `INSERT INTO order_lines (order_id, line_no, merchant_code, platform_product_id, platform_sku_id, title, spec, quantity, amount_fen, product_id)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`
  )

  db.transaction(() => {
    // Bulk orders go to each platform's default shop, as an import without a shop name would.
    const shops = new Map<Platform, number>()
    const shopOf = (platform: Platform): number => shops.get(platform) ?? shops.set(platform, defaultShopId(ctx, platform)).get(platform)!
    for (let i = 0; i < options.count; i++) {
      // Squaring the draw skews sales towards the first SKUs, as real shops are skewed.
      const p = products[Math.floor(rng.next() ** 2 * products.length)] as ProductForLine
      const quantity = rng.chance(0.8) ? 1 : rng.int(2, 3)
      const amount = p.price_fen * quantity
      const status = rng.pick(ORDER_STATUSES_FOR_BULK)
      const times = bulkPaidAt(rng, status, anchor)
      const r = rng.next()
      const platform: Platform = r < 0.7 ? 'pdd' : r < 0.88 ? 'taobao' : 'douyin'
      const buyer = fakeBuyer(rng)
      let orderId = 0
      while (orderId === 0) {
        const orderNo = platform === 'pdd' ? pddOrderNo(rng, times.createdAt) : platform === 'taobao' ? taobaoOrderNo(rng) : douyinOrderNo(rng)
        const result = insertOrder.run(
          platform, orderNo, status, amount,
          times.paidAt === null ? null : iso(times.paidAt),
          times.paidAt === null ? null : iso(times.paidAt + 48 * HOUR),
          times.shippedAt === null ? null : iso(times.shippedAt),
          buyer.name, buyer.phone, buyer.address, iso(times.createdAt), iso(times.updatedAt), shopOf(platform)
        )
        if (result.changes === 1) orderId = Number(result.lastInsertRowid)
      }
      insertLine.run(orderId, p.merchant_code, String(p.id + 600000000000), String(p.id + 100000000000), p.name, p.spec, quantity, amount, p.id)
    }
    writeAudit(ctx, 'demo.bulk_orders', options.seed, options.count)
  }).immediate()
  return options.count
}

/** Adds `count` SKUs, each opened with a stock count; returns how many were added. */
export function addBulkProducts(ctx: CoreContext, options: { count: number; seed: number }): number {
  const db = ctx.db
  const rng = new Rng(options.seed)
  const now = iso(ctx.now().getTime())
  const supplierIds = prepared<[], { id: number }>(db, `SELECT id FROM suppliers ORDER BY id`).all().map((s) => s.id)
  const insertProduct = prepared(
    db,
    `INSERT INTO products (merchant_code, name, spec, price_fen, unit_cost_fen, safety_stock, supplier_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (merchant_code) DO NOTHING`
  )
  const insertCount = prepared(
    db,
    `INSERT INTO stock_movements (product_id, type, quantity, counted, reason, created_at) VALUES (?, 'count', ?, ?, '期初盘点', ?)`
  )

  db.transaction(() => {
    let serial = (prepared<[], { n: number }>(db, `SELECT COUNT(*) AS n FROM products`).get()?.n ?? 0) + 1
    for (let i = 0; i < options.count; i++) {
      const family = rng.pick(FAMILIES)
      const combo = family.dims.map((dim) => rng.pick(dim))
      const priceFen = family.baseFen + combo.reduce((s, opt) => s + (opt.addFen ?? 0), 0)
      const supplierId = supplierIds.length > 0 && rng.chance(0.9) ? rng.pick(supplierIds) : null
      const name = family.name
      const spec = combo.map((opt) => opt.label).join(' ')
      const cost = Math.round((priceFen * rng.between(0.35, 0.55)) / 10) * 10
      const safety = rng.int(0, 20)
      let productId = 0
      while (productId === 0) {
        // The zero-padded serial keeps codes text-like (leading zeros) and unique.
        const code = `${family.prefix}-${String(serial++).padStart(7, '0')}`
        const result = insertProduct.run(code, name, spec, priceFen, cost, safety, supplierId, now, now)
        if (result.changes === 1) productId = Number(result.lastInsertRowid)
      }
      // A tenth of the SKUs start empty, so stock filters have something to find.
      const units = rng.chance(0.1) ? 0 : rng.int(1, 300)
      insertCount.run(productId, units, units, now)
    }
    writeAudit(ctx, 'demo.bulk_products', options.seed, options.count)
  }).immediate()
  return options.count
}

function writeAudit(ctx: CoreContext, action: string, seed: number, count: number): void {
  prepared(ctx.db, `INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, 'shop', NULL, ?)`).run(
    ctx.now().toISOString(),
    action,
    JSON.stringify({ seed, count })
  )
}
