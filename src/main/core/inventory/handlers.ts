// Products, stock and suppliers. A new SKU can make unmapped order lines map, so
// it recomputes from the orders; a SKU's settings and stock moves recompute warm.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { writes } from '../writes'
import { listMovements, recordManualMovement } from './ledger'
import { createProduct, getProduct, getProductByCode, listProducts, updateProduct } from './products'
import { deleteSkuMapping, listSkuMappings, saveSkuMapping } from './sku-mappings'
import { listSuppliers } from './suppliers'

export function inventoryHandlers(ctx: CoreContext) {
  return {
    'suppliers.list': () => listSuppliers(ctx),
    'products.list': (input) => listProducts(ctx, input),
    'products.get': (input) => getProduct(ctx, input.id),
    'products.byCode': (input) => getProductByCode(ctx, input.merchantCode),
    'products.create': writes(ctx, 'orders', (input) => createProduct(ctx, input)),
    'products.update': writes(ctx, 'stock', (input) => updateProduct(ctx, input)),
    'stock.move': writes(ctx, 'stock', (input) => recordManualMovement(ctx, input)),
    'stock.movements': (input) => listMovements(ctx, input.productId, input.offset, input.limit),
    'skuMappings.list': () => listSkuMappings(ctx),
    'skuMappings.save': writes(ctx, 'orders', (input) => saveSkuMapping(ctx, input)),
    'skuMappings.delete': writes(ctx, 'orders', (input) => deleteSkuMapping(ctx, input.platform, input.code))
  } satisfies Partial<Handlers>
}
