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
import { AppError } from '../../shared/errors'
import { ImportJobs } from './import/jobs'
import { listImportBatches, listSkippedRows } from './import/history'
import { deletePreset, findPreset, listPresets, savePreset } from './import/presets'
import { deleteSkuMapping, listSkuMappings, saveSkuMapping } from './inventory/sku-mappings'
import { exportOrders, exportProducts, exportSkippedRows } from './export/shop-exports'
import { backupHandlers } from './backup/handlers'
import { engineHandlers } from './engine/handlers'
import { queueHandlers } from './queue/handlers'
import { reviewHandlers } from './review/handlers'
import { afterChange, withRecompute } from './engine/triggers'
import { vocabularyHandlers } from './import/vocabulary-handlers'

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

  const jobs = new ImportJobs(ctx, () => afterChange(ctx, true))
  const imports = {
    'import.start': (input) => {
      let mapping = input.mapping
      if (input.presetName) {
        const preset = findPreset(ctx, input.presetName)
        if (!preset) throw new AppError('not_found', { entity: 'preset', name: input.presetName }, 'presetName')
        mapping = preset.mapping as typeof mapping
      }
      return jobs.start({
        kind: input.kind,
        fileName: input.fileName,
        bytes: input.bytes,
        moreFiles: input.moreFiles,
        statusMap: input.statusMap,
        sheet: input.sheet,
        platform: input.platform,
        mapping,
        dryRun: input.dryRun,
        skipBadRows: input.skipBadRows
      })
    },
    'import.job': (input) => jobs.get(input.jobId),
    'import.cancel': (input) => jobs.cancel(input.jobId),
    'import.history': (input) => listImportBatches(ctx, input.limit),
    'import.skippedRows': (input) => listSkippedRows(ctx, input.batchId),
    'import.presets.list': () => listPresets(ctx),
    'import.presets.save': (input) => savePreset(ctx, input),
    'import.presets.delete': (input) => deletePreset(ctx, input.name),
    'skuMappings.list': () => listSkuMappings(ctx),
    'skuMappings.save': (input) => saveSkuMapping(ctx, input),
    'skuMappings.delete': (input) => deleteSkuMapping(ctx, input.platform, input.code)
  } satisfies Partial<Handlers>

  const exports = {
    'export.orders': (input) => exportOrders(ctx, input),
    'export.products': (input) => exportProducts(ctx, input),
    'export.skippedRows': (input) => exportSkippedRows(ctx, input)
  } satisfies Partial<Handlers>

  return withRecompute(ctx, {
    ...app,
    ...inventory,
    ...orders,
    ...imports,
    ...exports,
    ...backupHandlers(ctx),
    ...engineHandlers(ctx),
    ...queueHandlers(ctx),
    ...reviewHandlers(ctx),
    ...vocabularyHandlers(ctx)
  })
}
