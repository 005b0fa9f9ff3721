// CLI commands for files: importing order exports and stock lists, exporting for
// Excel, and the mappings/presets that make imports repeatable.
import { shopFlag } from './shop-flag'
import { EXPORT_VIEWS } from '../shared/calls/search-export'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { IMPORT_LIMITS } from '../shared/import-limits'
import { limitError } from '../main/core/import/parse/limits'
import { basename, extname } from 'node:path'
import type { CallInput } from '../shared/contract'
import { messageFor, type Lang } from '../shared/i18n/translate'
import type { ImportJobStatus, ImportProblem, ImportReport } from '../shared/types'
import { lastFlag, requireFlag, UsageError, type Flags } from './args'
import { parseStatusFlags } from './vocabulary-commands'
import { CallFailed, type Call, type Outcome } from './call'
import { table } from './format'
import { importShopFlag } from './shops-commands'

/** Exit code when a file is rejected (bad rows, or past an import limit) and nothing was written (issues #3, #12). */
export const EXIT_REJECTED = 2

export class Rejected extends Error {
  constructor(readonly outcome: Outcome) {
    super('rejected')
  }
}

export function readInput(path: string | undefined): { fileName: string; bytes: Uint8Array } {
  if (!path) throw new UsageError('give the file to import, e.g.: orders import ./订单导出.csv')
  let size: number
  try {
    size = statSync(path).size
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  // Before reading a byte: a 1 GB file is refused without ever being held in memory.
  if (size > IMPORT_LIMITS.fileBytes) throw limitError('fileBytes', basename(path))
  try {
    // A view of the buffer read, not a copy: a big export is held once.
    const read = readFileSync(path)
    return { fileName: basename(path), bytes: new Uint8Array(read.buffer, read.byteOffset, read.byteLength) }
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
}

export async function untilDone(call: Call, started: ImportJobStatus): Promise<ImportJobStatus> {
  let job = started
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 25))
    job = await call('import.job', { jobId: job.jobId })
  }
  return job
}

/** Where the orders go (issue #16): the shops the file names, the shop for the others, shops created. */
const shopsLine = (x: NonNullable<ImportReport['shops']>): string =>
  [
    x.fromFile.length ? `shops named in the file: ${x.fromFile.join(', ')}` : '',
    x.shopName ? `${x.fromFile.length ? 'other orders' : 'orders'} go to shop "${x.shopName}"` : '',
    x.create.length ? `new shops: ${x.create.join(', ')}` : ''
  ]
    .filter(Boolean)
    .join('; ')

const describe = (lang: Lang, p: ImportProblem) => ({
  row: p.row,
  column: p.column,
  code: p.code,
  message: messageFor(lang, p.messageKey, p.params)
})

function reportOutcome(lang: Lang, r: ImportReport, dryRun: boolean): Outcome {
  const value = {
    platform: r.platform,
    encoding: r.encoding,
    rows: r.rows,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    skipped: r.skipped,
    applied: r.applied,
    dryRun,
    batchId: r.batchId,
    shipments: r.shipments,
    unknownSkus: r.unknownSkus,
    errors: r.errors.map((p) => describe(lang, p)),
    warnings: r.warnings.map((p) => describe(lang, p)),
    changes: r.changes,
    files: r.files,
    unknownStatuses: r.unknownStatuses,
    join: r.join,
    sheets: r.sheets,
    refundsFlagged: r.refundsFlagged,
    bundles: r.bundles,
    shops: r.shops ?? null
  }
  const head = `${r.files.join(' + ')}: ${r.platform ?? 'stock list'}, ${r.encoding}, ${r.rows} rows → new ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}, skipped ${r.skipped}`
  const lines = [head]
  if (r.unknownSkus.length)
    lines.push(`unknown merchant codes (map them: mappings add; or add them all as SKUs: sku create-missing FILE): ${r.unknownSkus.map((u) => `${u.code} (${u.lines})`).join(', ')}`)
  if (r.sheets.length) lines.push(`sheets: ${r.sheets.map((x) => `${x.name} (${x.format}${x.used ? '' : ', not used'})`).join(', ')}`)
  if (r.join)
    lines.push(
      `joined ${r.join.joined} orders with their lines; ${r.join.ordersWithoutItems} orders have no items yet (import the 宝贝报表 too), ${r.join.itemsWithoutOrder} item groups have no order yet (import the 订单报表 too)`
    )
  if (r.bundles && r.bundles.created + r.bundles.updated + r.bundles.unchanged > 0)
    lines.push(`bundles (组合明细): new ${r.bundles.created}, changed ${r.bundles.updated}, unchanged ${r.bundles.unchanged}`)
  if (r.shops) lines.push(shopsLine(r.shops))
  if (r.refundsFlagged) lines.push(`${r.refundsFlagged} open orders carry a refund: check before shipping`)
  if (r.unknownStatuses.length)
    lines.push(
      `unknown order statuses (their rows wait; say what they mean with --status "TEXT=awaiting_shipment|shipped|received|cancelled|unpaid"): ${r.unknownStatuses.map((u) => `${u.text} (${u.rows} rows, first row ${u.firstRow})`).join(', ')}`
    )
  if (r.errors.length)
    lines.push(
      table(
        ['row', 'column', 'problem'],
        r.errors.slice(0, 50).map((p) => [p.row, p.column, messageFor(lang, p.messageKey, p.params)])
      )
    )
  if (r.errors.length > 50) lines.push(`… and ${r.errors.length - 50} more problems (use --json for all)`)
  lines.push(
    r.applied
      ? 'imported.'
      : dryRun && !r.blocked
        ? 'dry run: nothing written.'
        : 'REJECTED: nothing written. Fix the rows above, or use --skip-bad-rows to import the rest.'
  )
  return { value, text: lines.join('\n') }
}

const importCommand =
  (kind: 'orders' | 'stock') =>
  async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    // The files are read straight into the call, not kept here: the import lets go of them once parsed
    // (ImportRequest.bytes), which a local holding them until the command ends would undo.
    const started = await call('import.start', {
      kind,
      ...readInput(args[0]),
      // Several files make one import (Taobao's 订单报表 + 宝贝报表, joined on 订单编号).
      moreFiles: kind === 'orders' ? args.slice(1).map(readInput) : [],
      statusMap: kind === 'orders' ? parseStatusFlags(f.status) : null,
      sheet: f.sheet ?? null,
      platform: (f.platform ?? 'auto') as CallInput<'import.start'>['platform'],
      presetName: f.preset ?? null,
      dryRun: f['dry-run'] === true,
      skipBadRows: f['skip-bad-rows'] === true,
      ...(kind === 'orders' ? { shopId: await importShopFlag(call, f) } : {})
    })
    const job = await untilDone(call, started)
    if (job.state === 'failed') throw new CallFailed(job.error ?? { code: 'internal', messageKey: 'errors.internal' })
    if (!job.report) throw new CallFailed({ code: 'internal', messageKey: 'errors.internal' })
    const r = job.report
    const outcome = reportOutcome(lang, r, f['dry-run'] === true)
    const fileLevel = r.errors.some((e) => e.row === 0)
    const wouldApply = !fileLevel && (!r.blocked || f['skip-bad-rows'] === true)
    if (r.applied || (f['dry-run'] && wouldApply)) return outcome
    throw new Rejected(outcome)
  }

/**
 * The list the orders export copies: --view all (the order list, --status narrows it), awaiting (the 待发货 list,
 * --state narrows it) or short (its 缺货 part); --search, --platform and --sku as in the lists.
 */
async function orderExportFilters(call: Call, f: Flags): Promise<Omit<CallInput<'export.orders'>, 'format' | 'lang'>> {
  const view = f.view ?? 'all'
  if (!(EXPORT_VIEWS as readonly string[]).includes(view)) throw new UsageError(`--view must be one of ${EXPORT_VIEWS.join('|')}, got "${view}"`)
  const state = view === 'short' ? 'short' : ((f.state ?? null) as NonNullable<CallInput<'export.orders'>['triage']>['state'])
  return {
    status: view === 'all' ? ((lastFlag(f.status) ?? null) as CallInput<'export.orders'>['status']) : null,
    platform: (f.platform ?? null) as CallInput<'export.orders'>['platform'],
    shopId: await shopFlag(call, f),
    productId: f.sku === undefined ? null : (await call('products.byCode', { merchantCode: f.sku })).id,
    search: f.search ?? '',
    triage: view === 'all' ? null : { state }
  }
}

const exportCommand =
  (what: 'orders' | 'products') =>
  async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const path = args[0]
    if (!path) throw new UsageError(`usage: export ${what} FILE.csv|FILE.xlsx`)
    const ext = extname(path).toLowerCase()
    if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError('the export file must end in .csv or .xlsx')
    const format = ext === '.csv' ? 'csv' : 'xlsx'
    const file =
      what === 'orders'
        ? await call('export.orders', { format, lang, ...(await orderExportFilters(call, f)) })
        : await call('export.products', { format, lang, filter: (f.filter ?? 'all') as CallInput<'export.products'>['filter'] })
    writeFileSync(path, file.bytes)
    return { value: { path, rows: file.rows, format }, text: `wrote ${file.rows} rows to ${path}` }
  }

function parseMapFlags(list: string[] | undefined): Record<string, string> {
  const mapping: Record<string, string> = {}
  for (const item of list ?? []) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new UsageError(`--map takes field=Header, e.g. --map orderNo=订单号 (got "${item}")`)
    mapping[item.slice(0, eq).trim()] = item.slice(eq + 1).trim()
  }
  return mapping
}

export const FILE_COMMANDS = {
  'orders import': importCommand('orders'),
  'stock import': importCommand('stock'),
  'export orders': exportCommand('orders'),
  'export products': exportCommand('products'),
  'mappings list': async (call: Call): Promise<Outcome> => {
    const list = await call('skuMappings.list', {})
    return {
      value: list,
      text: table(
        ['platform', 'code', '→ SKU', 'lines'],
        list.map((m) => [m.platform, m.code, m.merchantCode, m.linkedLines])
      )
    }
  },
  'mappings add': async (call: Call, f: Flags): Promise<Outcome> => {
    const product = await call('products.byCode', { merchantCode: requireFlag(f, 'sku') })
    const m = await call('skuMappings.save', {
      platform: requireFlag(f, 'platform') as CallInput<'skuMappings.save'>['platform'],
      code: requireFlag(f, 'code'),
      productId: product.id
    })
    return { value: m, text: `${m.platform} ${m.code} → ${m.merchantCode} (${m.linkedLines} order lines linked)` }
  },
  'mappings remove': async (call: Call, f: Flags): Promise<Outcome> => {
    const r = await call('skuMappings.delete', {
      platform: requireFlag(f, 'platform') as CallInput<'skuMappings.delete'>['platform'],
      code: requireFlag(f, 'code')
    })
    return { value: r, text: r.deleted ? 'removed' : 'no such mapping' }
  },
  'presets list': async (call: Call): Promise<Outcome> => {
    const list = await call('import.presets.list', {})
    return {
      value: list,
      text: table(
        ['name', 'platform', 'mapping'],
        list.map((p) => [p.name, p.platform, JSON.stringify(p.mapping)])
      )
    }
  },
  'presets save': async (call: Call, f: Flags): Promise<Outcome> => {
    const p = await call('import.presets.save', {
      name: requireFlag(f, 'name'),
      platform: (f.platform ?? 'other') as CallInput<'import.presets.save'>['platform'],
      mapping: parseMapFlags(f.map) as CallInput<'import.presets.save'>['mapping']
    })
    return { value: p, text: `saved preset ${p.name}` }
  }
}
