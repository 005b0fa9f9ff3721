// The application's handler table: one function per contract call, each taking
// input already validated by the contract's schema. Merged from per-domain maps.
import type { Handlers } from '../../shared/contract'
import { listAudit } from './audit'
import type { CoreContext } from './context'
import { schemaVersion } from './db/migrations'
import { loadDemoShop } from './demo/load'
import { createProduct, getProduct, getProductByCode, listProducts, updateProduct } from './inventory/products'
import { listMovements, recordManualMovement } from './inventory/ledger'
import { listSuppliers } from './inventory/suppliers'
import { getOrder, listOrders } from './orders/orders'
import { getSettings, updateSettings } from './settings/settings'
import { shopStatus } from './shop-status'

export function createHandlers(ctx: CoreContext): Handlers {
  const app = {
    'app.info': () => ({ version: ctx.appVersion, schemaVersion: schemaVersion(ctx.db), dbPath: ctx.dbPath }),
    'settings.get': () => getSettings(ctx),
    'settings.update': (input) => updateSettings(ctx, input),
    'shop.status': () => shopStatus(ctx),
    'demo.load': (input) => loadDemoShop(ctx, { seed: input.seed }),
    'audit.list': (input) => listAudit(ctx, input.offset, input.limit)
  } satisfies Partial<Handlers>

  const inventory = {
    'suppliers.list': () => listSuppliers(ctx),
    'products.list': (input) => listProducts(ctx, input),
    'products.get': (input) => getProduct(ctx, input.id),
    'products.byCode': (input) => getProductByCode(ctx, input.merchantCode),
    'products.create': (input) => createProduct(ctx, input),
    'products.update': (input) => updateProduct(ctx, input),
    'stock.move': (input) => recordManualMovement(ctx, input),
    'stock.movements': (input) => listMovements(ctx, input.productId, input.offset, input.limit)
  } satisfies Partial<Handlers>

  const orders = {
    'orders.list': (input) => listOrders(ctx, input),
    'orders.get': (input) => getOrder(ctx, input.id)
  } satisfies Partial<Handlers>

  return { ...app, ...inventory, ...orders }
}
