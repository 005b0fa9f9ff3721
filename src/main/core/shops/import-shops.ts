// Which shop each order of an import lands in (issue #16). A file that names its shops
// (Taobao's 店铺名称) puts each order in the shop it names, creating a shop not known yet;
// an order without a name goes to the shop the merchant picked in the preview, else the one
// remembered from the platform's last import, else the platform's default shop (created by
// the platform's first import). Shops are created inside the import's transaction and
// journaled, so undoing the import removes them again.
import { AppError } from '../../../shared/errors'
import type { ImportShops, Platform } from '../../../shared/types'
import type { CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { maxRowid, type UndoJournal } from '../import/undo-journal'
import { insertShop } from './manage'
import { DEFAULT_SHOP_NAME, MAX_SHOP_NAME } from './names'

const byName = (db: Db, platform: Platform, name: string) =>
  prepared(db, 'SELECT id, name FROM shops WHERE platform = ? AND name = ?').get(platform, name) as { id: number; name: string } | undefined

/** The shop the platform's last standing import went to (the merchant's last choice), if it still exists. */
export function rememberedShop(db: Db, platform: Platform): { id: number; name: string } | undefined {
  return prepared(
    db,
    `SELECT s.id, s.name FROM import_batches b JOIN shops s ON s.id = b.shop_id
     WHERE b.kind = 'orders' AND b.platform = ? AND b.undone_at IS NULL ORDER BY b.id DESC LIMIT 1`
  ).get(platform) as { id: number; name: string } | undefined
}

const defaultShop = (db: Db, platform: Platform) =>
  prepared(db, 'SELECT id, name FROM shops WHERE platform = ? AND is_default = 1').get(platform) as { id: number; name: string } | undefined

/** A file's shop names, trimmed and cut to the longest name a shop may have, distinct, in file order. */
export function fileShopNames(orders: readonly { shopName?: string }[]): string[] {
  const names = new Set<string>()
  for (const o of orders) {
    const n = o.shopName?.trim()
    if (n) names.add([...n].slice(0, MAX_SHOP_NAME).join(''))
  }
  return [...names]
}

const nameOf = (o: { shopName?: string }): string | null => {
  const n = o.shopName?.trim()
  return n ? [...n].slice(0, MAX_SHOP_NAME).join('') : null
}

/** What the preview shows and the apply follows: the names in the file, the shop for unnamed orders, the shops to create. */
export function planImportShops(
  db: Db,
  platform: Platform,
  orders: readonly { shopName?: string }[],
  chosenId: number | null,
  /** The file has orders not in `orders` that name no shop (orders passed over: parse/row-digest.ts). */
  moreUnnamed = false
): ImportShops {
  const fromFile = fileShopNames(orders)
  const unnamed = moreUnnamed || orders.some((o) => nameOf(o) === null)
  const create = fromFile.filter((n) => !byName(db, platform, n))
  let target: { id: number | null; name: string } | null = null
  if (unnamed) {
    if (chosenId !== null) {
      const chosen = prepared(db, 'SELECT id, name, platform FROM shops WHERE id = ?').get(chosenId) as
        | { id: number; name: string; platform: Platform }
        | undefined
      if (!chosen) throw new AppError('not_found', { id: chosenId }, 'shopId', 'shops.errors.notFound')
      if (chosen.platform !== platform) throw new AppError('invalid_input', { name: chosen.name }, 'shopId', 'shops.errors.shopPlatform')
      target = chosen
    } else target = rememberedShop(db, platform) ?? defaultShop(db, platform) ?? { id: null, name: DEFAULT_SHOP_NAME[platform] }
    if (target.id === null && !create.includes(target.name)) create.push(target.name)
  }
  return { fromFile, shopId: target?.id ?? null, shopName: target?.name ?? null, create }
}

/**
 * Creates the shops the plan needs (journaled) and returns, for each order, its shop id, plus the
 * batch's shop: the one shop every order went to, or null when they went to several.
 */
export function applyImportShops(
  ctx: CoreContext,
  platform: Platform,
  plan: ImportShops,
  journal: UndoJournal
): { shopOf: (o: { shopName?: string }) => number; batchShop: number | null; used: Set<number> } {
  const before = maxRowid(ctx.db, 'shops')
  for (const name of plan.create) if (!byName(ctx.db, platform, name)) insertShop(ctx, platform, name)
  journal.insertedSince('shops', before)
  const ids = new Map<string, number>()
  for (const n of plan.fromFile) ids.set(n, byName(ctx.db, platform, n)!.id)
  const fallback = plan.shopName === null ? null : (plan.shopId ?? byName(ctx.db, platform, plan.shopName)!.id)
  const used = new Set<number>()
  const shopOf = (o: { shopName?: string }): number => {
    const n = nameOf(o)
    const id = n === null ? fallback! : ids.get(n)!
    used.add(id)
    return id
  }
  return {
    shopOf,
    get batchShop() {
      return used.size === 1 ? [...used][0]! : null
    },
    used
  }
}

/**
 * An existing order named by the file for another shop moves there (the file is the platform's
 * word on it); one without a shop gets the import's. Each moved row is journaled first.
 */
export function moveNamedOrders(
  ctx: CoreContext,
  platform: Platform,
  orders: readonly { orderNo: string; shopName?: string }[],
  shopOf: (o: { shopName?: string }) => number,
  journal: UndoJournal,
  /** Stored orders the file names no shop for, known by id (an import's orders passed over: parse/row-digest.ts). */
  unnamedIds: readonly number[] = []
): number {
  const find = prepared(ctx.db, 'SELECT id, shop_id AS shopId FROM orders WHERE platform = ? AND order_no = ?')
  const move = prepared(ctx.db, 'UPDATE orders SET shop_id = ? WHERE id = ?')
  // An order the file names no shop for moves only when it has none: those are found at once
  // (usually none), not with one lookup per order — 200,000 lookups were a tenth of a re-import.
  // `+platform`: read them through the shop index, not by walking every order of the platform.
  const unshopped = new Map(
    prepared(ctx.db, 'SELECT order_no, id FROM orders WHERE +platform = ? AND shop_id IS NULL').raw().all(platform) as [string, number][]
  )
  let moved = 0
  for (const o of orders) {
    let row: { id: number; shopId: number | null } | undefined
    if (nameOf(o) !== null) row = find.get(platform, o.orderNo) as typeof row
    else {
      const id = unshopped.get(o.orderNo)
      row = id === undefined ? undefined : { id, shopId: null }
    }
    if (!row) continue
    const to = shopOf(o)
    if (row.shopId === to) continue
    journal.before('orders', 'rowid = ?', row.id)
    move.run(to, row.id)
    moved++
  }
  if (unshopped.size > 0 && unnamedIds.length > 0) {
    const ids = new Set(unshopped.values())
    for (const id of unnamedIds) {
      if (!ids.has(id)) continue
      journal.before('orders', 'rowid = ?', id)
      move.run(shopOf({}), id)
      moved++
    }
  }
  return moved
}
