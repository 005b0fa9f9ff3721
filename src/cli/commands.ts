// CLI commands: each turns flags into contract calls (through the same dispatch
// the desktop app's IPC uses) and returns the value for --json and a text rendering.
import { shopFlag } from './shop-flag'
import type { CallInput, CallOutput } from '../shared/contract'
import { parseYuanToFen } from '../shared/money'
import { MANUAL_MOVEMENT_TYPES, type ManualMovementType } from '../shared/types'
import { intFlag, lastFlag, requireFlag, UsageError, type Flags } from './args'
import { table, yuan } from './format'
import type { Call, Command } from './call'
import { FILE_COMMANDS } from './import-export'
import { VOCABULARY_COMMANDS, VOCABULARY_USAGE } from './vocabulary-commands'
import { ENGINE_COMMANDS, ENGINE_USAGE } from './engine-commands'
import { BACKUP_COMMANDS } from './backup-commands'
import { QUEUE_COMMANDS, QUEUE_USAGE } from './queue-commands'
import { REVIEW_COMMANDS, REVIEW_USAGE } from './review-commands'
import { CAUSE_COMMANDS, CAUSE_USAGE } from './cause-commands'
import { TEMPLATE_COMMANDS, TEMPLATE_USAGE } from './template-commands'
import { FIRST_RUN_COMMANDS, FIRST_RUN_USAGE } from './first-run-commands'
import { IMPORT_UNDO_COMMANDS, IMPORT_UNDO_USAGE } from './import-undo-commands'
import { SHOPS_COMMANDS, SHOPS_USAGE } from './shops-commands'
import { INBOX_COMMANDS, INBOX_USAGE } from './inbox-commands'
import { PURCHASE_COMMANDS, PURCHASE_USAGE } from './purchase-commands'

export { CallFailed, type Call, type Command, type Outcome } from './call'

function fenFlag(flags: Flags, name: 'price' | 'cost'): number | undefined {
  const raw = flags[name]
  if (raw === undefined) return undefined
  const fen = parseYuanToFen(raw)
  if (fen === null || fen < 0) throw new UsageError(`--${name} must be an amount in yuan like 19.90, got "${raw}"`)
  return fen
}

async function supplierIdByName(call: Call, name: string | undefined): Promise<number | null | undefined> {
  if (name === undefined) return undefined
  if (name.trim() === '') return null
  const s = (await call('suppliers.list', {})).find((x) => x.name === name.trim() || String(x.id) === name.trim())
  if (!s) throw new UsageError(`no supplier named "${name}" (see: suppliers list)`)
  return s.id
}

async function substituteIds(call: Call, list: string | undefined): Promise<number[] | undefined> {
  if (list === undefined) return undefined
  const ids: number[] = []
  for (const code of list
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean))
    ids.push((await call('products.byCode', { merchantCode: code })).id)
  return ids
}

const statusText = (s: CallOutput<'shop.status'>): string =>
  [
    `SKUs: ${s.skus}   suppliers: ${s.suppliers}   orders: ${s.orders}`,
    `orders by status: ${Object.entries(s.ordersByStatus)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `open orders (awaiting shipment): ${s.openOrders}`,
    `SKUs out of stock: ${s.outOfStockSkus} (with waiting orders: ${s.outOfStockWithDemand})   below safety stock: ${s.belowSafetyStock}`,
    s.demo ? `this is the demo shop (${s.demo.importedFiles} files imported into it); leave it with: shop start-own` : ''
  ]
    .filter(Boolean)
    .join('\n')

const productText = (p: CallOutput<'products.get'>): string =>
  [
    `${p.merchantCode}  ${p.name} ${p.spec}`.trim(),
    `on hand ${p.onHand}   waiting orders need ${p.openDemand}   safety stock ${p.safetyStock}`,
    `price ${yuan(p.priceFen)}   cost ${yuan(p.unitCostFen)}   supplier ${p.supplierName ?? '-'}   lead time ${p.leadTimeDays} d`,
    p.substitutes.length ? `substitutes: ${p.substitutes.map((s) => s.merchantCode).join(', ')}` : '',
    p.movements.length
      ? table(
          ['time', 'type', 'change', 'balance', 'reason'],
          p.movements.slice(0, 10).map((m) => [m.createdAt, m.type, m.quantity > 0 ? `+${m.quantity}` : m.quantity, m.balance, m.reason])
        )
      : 'no stock movements yet'
  ]
    .filter(Boolean)
    .join('\n')

const productFields = async (call: Call, f: Flags) => ({
  name: f.name,
  spec: f.spec,
  priceFen: fenFlag(f, 'price'),
  unitCostFen: fenFlag(f, 'cost'),
  safetyStock: intFlag(f, 'safety'),
  supplierId: await supplierIdByName(call, f.supplier),
  leadTimeDays: f['lead-time'] === '' ? null : intFlag(f, 'lead-time'),
  substituteIds: await substituteIds(call, f.substitutes)
})

const stockCommand =
  (type: ManualMovementType): Command =>
  async (call, f) => {
    const quantity = intFlag(f, 'qty')
    if (quantity === undefined) throw new UsageError('--qty is required')
    const product = await call('products.byCode', { merchantCode: requireFlag(f, 'sku') })
    const m = await call('stock.move', {
      productId: product.id,
      type,
      quantity,
      reason: f.reason ?? '',
      ...(f.key ? { idempotencyKey: f.key } : {})
    })
    const text = `${product.merchantCode}: ${type} ${m.quantity > 0 ? '+' : ''}${m.quantity} → on hand ${m.balance}`
    return { value: { sku: product.merchantCode, movement: m, onHand: m.balance }, text }
  }

export const COMMANDS: Record<string, Command> = {
  init: async (call) => {
    const info = await call('app.info', {})
    return { value: info, text: `database ready: ${info.dbPath} (schema v${info.schemaVersion})` }
  },
  demo: async (call, f) => {
    const seed = intFlag(f, 'seed') ?? 42
    const r = await call('demo.load', { seed })
    return {
      value: r,
      text: `demo shop loaded (seed ${r.seed}): ${r.suppliers} suppliers, ${r.skus} SKUs, ${r.orders} orders, ${r.movements} stock movements, ${r.incoming} incoming deliveries`
    }
  },
  status: async (call) => {
    const s = await call('shop.status', {})
    return { value: s, text: statusText(s) }
  },
  'sku list': async (call, f) => {
    const page = await call('products.list', {
      search: f.search ?? '',
      filter: (f.filter ?? 'all') as CallInput<'products.list'>['filter'],
      sort: (f.sort ?? 'merchantCode') as CallInput<'products.list'>['sort'],
      dir: f.desc ? 'desc' : 'asc',
      offset: intFlag(f, 'offset') ?? 0,
      limit: intFlag(f, 'limit') ?? 1000
    })
    const text = table(
      ['code', 'name', 'spec', 'on hand', 'waiting', 'safety', 'supplier'],
      page.rows.map((p) => [p.merchantCode, p.name, p.spec, p.onHand, p.openDemand, p.safetyStock, p.supplierName])
    )
    return { value: page, text: `${text}\n${page.rows.length} of ${page.total} SKUs` }
  },
  'sku show': async (call, f, args) => {
    const p = await call('products.byCode', { merchantCode: args[0] ?? requireFlag(f, 'sku') })
    return { value: p, text: productText(p) }
  },
  'sku add': async (call, f) => {
    const p = await call('products.create', {
      merchantCode: requireFlag(f, 'code'),
      ...(await productFields(call, f)),
      name: requireFlag(f, 'name')
    })
    return { value: p, text: `added ${p.merchantCode} ${p.name} ${p.spec}`.trim() }
  },
  'sku edit': async (call, f, args) => {
    const current = await call('products.byCode', { merchantCode: args[0] ?? requireFlag(f, 'sku') })
    const patch = await productFields(call, f)
    const p = await call('products.update', {
      id: current.id,
      name: patch.name ?? current.name,
      spec: patch.spec ?? current.spec,
      priceFen: patch.priceFen ?? current.priceFen,
      unitCostFen: patch.unitCostFen ?? current.unitCostFen,
      safetyStock: patch.safetyStock ?? current.safetyStock,
      supplierId: patch.supplierId === undefined ? current.supplierId : patch.supplierId,
      leadTimeDays: patch.leadTimeDays === undefined ? current.ownLeadTimeDays : patch.leadTimeDays,
      substituteIds: patch.substituteIds ?? current.substitutes.map((s) => s.id)
    })
    return { value: p, text: `updated ${p.merchantCode}\n${productText(p)}` }
  },
  'stock receive': stockCommand('receive'),
  'stock count': stockCommand('count'),
  'stock adjust': stockCommand('adjust'),
  'stock history': async (call, f) => {
    const product = await call('products.byCode', { merchantCode: requireFlag(f, 'sku') })
    const page = await call('stock.movements', {
      productId: product.id,
      offset: intFlag(f, 'offset') ?? 0,
      limit: intFlag(f, 'limit') ?? 1000
    })
    const text = table(
      ['id', 'time', 'type', 'change', 'balance', 'reason', 'ref'],
      page.rows.map((m) => [m.id, m.createdAt, m.type, m.quantity, m.balance, m.reason, m.ref])
    )
    return { value: page, text }
  },
  'suppliers list': async (call) => {
    const list = await call('suppliers.list', {})
    return {
      value: list,
      text: table(
        ['id', 'name', 'lead time (d)', 'contact'],
        list.map((s) => [s.id, s.name, s.leadTimeDays, s.contact])
      )
    }
  },
  'orders list': async (call, f) => {
    const page = await call('orders.list', {
      search: f.search ?? '',
      status: (lastFlag(f.status) ?? null) as CallInput<'orders.list'>['status'],
      platform: (f.platform ?? null) as CallInput<'orders.list'>['platform'],
      shopId: await shopFlag(call, f),
      sort: (f.sort ?? 'paidAt') as CallInput<'orders.list'>['sort'],
      dir: f.desc === false && f.sort ? 'asc' : 'desc',
      offset: intFlag(f, 'offset') ?? 0,
      limit: intFlag(f, 'limit') ?? 100
    })
    const text = table(
      ['platform', 'shop', 'order no', 'status', 'paid', 'paid at', 'ship by', 'items'],
      page.rows.map((o) => [o.platform, o.shopName ?? '', o.orderNo, o.status, yuan(o.paidFen), o.paidAt, o.promisedShipAt, o.itemsSummary])
    )
    return { value: page, text: `${text}\n${page.rows.length} of ${page.total} orders` }
  },
  'orders show': async (call, f, args) => {
    const orderNo = args[0]
    if (!orderNo) throw new UsageError('usage: orders show ORDER_NO')
    const hit = (await call('orders.list', { search: orderNo, limit: 1000 })).rows.find((o) => o.orderNo === orderNo)
    if (!hit) throw new UsageError(`no order numbered ${orderNo}`)
    const o = await call('orders.get', { id: hit.id })
    const text = [
      `${o.platform} ${o.orderNo}  ${o.status}  paid ${yuan(o.paidFen)} at ${o.paidAt ?? '-'}  ship by ${o.promisedShipAt ?? '-'}`,
      table(
        ['code', 'title', 'spec', 'qty', 'amount', 'on hand'],
        o.lines.map((l) => [l.merchantCode, l.title, l.spec, l.quantity, yuan(l.amountFen), l.onHand])
      )
    ].join('\n')
    return { value: o, text }
  },
  'settings get': async (call) => {
    const s = await call('settings.get', {})
    return { value: s, text: `language ${s.language}, time zone ${s.timeZone}` }
  },
  'settings set': async (call, f) => {
    const s = await call('settings.update', {
      ...(f.language ? { language: f.language as CallInput<'settings.update'>['language'] } : {}),
      ...(f['time-zone'] ? { timeZone: f['time-zone'] } : {})
    })
    return { value: s, text: `language ${s.language}, time zone ${s.timeZone}` }
  },
  ...FILE_COMMANDS,
  ...VOCABULARY_COMMANDS,
  ...ENGINE_COMMANDS,
  ...BACKUP_COMMANDS,
  ...QUEUE_COMMANDS,
  ...TEMPLATE_COMMANDS,
  ...FIRST_RUN_COMMANDS,
  ...REVIEW_COMMANDS,
  ...CAUSE_COMMANDS,
  ...IMPORT_UNDO_COMMANDS,
  ...SHOPS_COMMANDS,
  ...INBOX_COMMANDS,
  ...PURCHASE_COMMANDS,
  'audit list': async (call, f) => {
    const page = await call('audit.list', { offset: intFlag(f, 'offset') ?? 0, limit: intFlag(f, 'limit') ?? 50 })
    return {
      value: page,
      text: table(
        ['id', 'at', 'action', 'entity', 'detail'],
        page.rows.map((a) => [a.id, a.at, a.action, `${a.entity} ${a.entityId ?? ''}`, a.detail])
      )
    }
  }
}

export const STOCK_TYPES = MANUAL_MOVEMENT_TYPES

export const USAGE = `Stockout Desk CLI — usage: npm run cli -- <command> [--db PATH] [--json] [--lang zh-CN|en]

  init                                   create or upgrade the shop database
  demo [--seed N]                        load the demo shop into an empty database
  status                                 counts: SKUs, orders by status, open orders, out of stock
  sku list [--search T] [--filter all|out_of_stock|below_safety|with_demand] [--sort F] [--desc] [--limit N]
  sku show CODE
  sku add --code C --name N [--spec S] [--price 19.90] [--cost 8.50] [--safety N] [--supplier NAME] [--lead-time D] [--substitutes C1,C2]
  sku edit CODE [same flags as add]
  stock receive|count|adjust --sku CODE --qty N [--reason TEXT] [--key IDEMPOTENCY_KEY]
  stock history --sku CODE
  suppliers list
  orders list [--status awaiting_shipment|shipped|received|cancelled|unpaid] [--platform pdd|taobao|douyin|other] [--shop NAME|ID] [--search T]
  orders show ORDER_NO
  settings get | settings set [--language auto|zh-CN|en] [--time-zone Asia/Shanghai]
  audit list [--limit N]

  orders import FILE [FILE…] [--platform auto|pdd|taobao|douyin|generic] [--preset NAME] [--dry-run] [--skip-bad-rows]
      [--status "TEXT=state"]… [--sheet NAME] [--shop NAME]   several files join (Taobao 订单报表 + 宝贝报表); --status says what an
      unknown status means; --shop: the shop for orders the file names none for (店铺名称), else the last or default shop
  stock import FILE [--dry-run] [--skip-bad-rows]
  export orders FILE.csv|FILE.xlsx [--view all|awaiting|short] [--status S] [--state short|ready|unmapped] [--platform P] [--shop NAME|ID] [--sku CODE] [--search T]
                                         one row per order line of the list: all orders, 待发货 (awaiting) or its 缺货 part (short)
  export products FILE.csv|FILE.xlsx [--filter F]
  mappings list | mappings add --platform P --code CODE --sku SHOP_CODE | mappings remove --platform P --code CODE
  presets list | presets save --name N [--platform P] --map orderNo=订单号 --map merchantCode=编码 …${IMPORT_UNDO_USAGE}
${VOCABULARY_USAGE}
${ENGINE_USAGE}${PURCHASE_USAGE}
${QUEUE_USAGE}${TEMPLATE_USAGE}${FIRST_RUN_USAGE}${INBOX_USAGE}
${REVIEW_USAGE}${SHOPS_USAGE}
${CAUSE_USAGE}

  backup [--to FOLDER]                   back up now (checked with integrity_check); --to writes into another folder
  backups list                           the backups in the backup folder, newest first
  restore PATH                           replace the shop with a backup; the current shop is kept aside first
  kept-aside list | kept-aside tidy      copies kept before restores and damaged files: which the retention rule keeps; remove the rest

The database defaults to the desktop app's (see README); --db PATH uses another file.
Exit codes: 0 done, 1 refused by the shop's rules or data (message says why), 2 bad command line or a rejected import file (nothing written).`
