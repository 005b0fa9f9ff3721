// The shop's lists as files for Excel: products and rows an import skipped (the
// orders export is order-lines.ts). Headers follow the user's language; times are
// shown in the shop's time zone; every string cell is neutralised against formula
// injection by toCsv/toXlsx.
import type { ParsedInput } from '../../../shared/contract'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import type { ExportFile } from '../../../shared/types'
import { formatShopTime } from '../../../shared/time'
import type { CoreContext } from '../context'
import { listProducts } from '../inventory/products'
import { listSkippedRows } from '../import/history'
import { getSettings } from '../settings/settings'
import { prepared } from '../db/prepared'
import { toCsv, toXlsx } from './index'

type Column = { key: string; header: string }
const PAGE = 1000

export async function fileOf(name: string, format: 'csv' | 'xlsx', columns: Column[], rows: Record<string, unknown>[]): Promise<ExportFile> {
  const bytes = format === 'csv' ? toCsv(columns, rows) : await toXlsx(columns, rows)
  return {
    fileName: `${name}.${format}`,
    mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
    rows: rows.length
  }
}

const columns = (lang: Lang, keys: string[]): Column[] => keys.map((key) => ({ key, header: messageFor(lang, `exportColumns.${key}`) }))
export const stamp = (ctx: CoreContext, tz: string): string => formatShopTime(ctx.now().toISOString(), tz).slice(0, 16).replace(/[-: ]/g, '')
const yuan = (fen: number): number => fen / 100

export async function exportProducts(ctx: CoreContext, input: ParsedInput<'export.products'>): Promise<ExportFile> {
  const { timeZone } = getSettings(ctx)
  const ownLeadTime = new Map(
    (prepared(ctx.db, 'SELECT id, lead_time_days FROM products WHERE lead_time_days IS NOT NULL').raw().all() as [number, number][]).map(
      ([id, d]) => [id, d]
    )
  )
  const rows: Record<string, unknown>[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = listProducts(ctx, {
      search: input.search,
      filter: input.filter,
      supplierId: input.supplierId,
      sort: 'merchantCode',
      dir: 'asc',
      offset,
      limit: PAGE
    })
    for (const p of page.rows)
      rows.push({
        merchantCode: p.merchantCode,
        name: p.name,
        spec: p.spec,
        onHand: p.onHand,
        openDemand: p.openDemand,
        safetyStock: p.safetyStock,
        supplier: p.supplierName ?? '',
        // The SKU's own lead time, blank when it follows its supplier's: re-importing the file must not pin it.
        leadTimeDays: ownLeadTime.get(p.id) ?? '',
        unitCostYuan: yuan(p.unitCostFen),
        priceYuan: yuan(p.priceFen)
      })
    if (page.rows.length < PAGE) break
  }
  const keys = [
    'merchantCode',
    'name',
    'spec',
    'onHand',
    'openDemand',
    'safetyStock',
    'supplier',
    'leadTimeDays',
    'unitCostYuan',
    'priceYuan'
  ]
  return fileOf(`products-${stamp(ctx, timeZone)}`, input.format, columns(input.lang, keys), rows)
}

// Columns of platform exports that hold a buyer's personal data (names, phones, addresses, accounts).
const PERSONAL_DATA_HEADER =
  /收货人|收件人|手机|电话|身份证|地址|买家会员名|买家昵称|街道|联系人|buyer|phone|mobile|address|receiver|recipient/i

export const isPersonalDataHeader = (header: string): boolean => PERSONAL_DATA_HEADER.test(header)

/** The rows an import skipped, with their original columns and why each was skipped, to fix and import again. */
export async function exportSkippedRows(ctx: CoreContext, input: ParsedInput<'export.skippedRows'>): Promise<ExportFile> {
  const skipped = listSkippedRows(ctx, input.batchId)
  const headers: string[] = []
  for (const r of skipped) for (const h of Object.keys(r.cells)) if (!headers.includes(h)) headers.push(h)
  const cols: Column[] = [
    { key: '\u0000row', header: messageFor(input.lang, 'exportColumns.row') },
    // The source file's own columns may hold buyers' names, phones and addresses: the header says so.
    ...headers.map((h) => ({
      key: h,
      header: isPersonalDataHeader(h) ? messageFor(input.lang, 'exportColumns.personalData', { header: h }) : h
    })),
    { key: '\u0000problems', header: messageFor(input.lang, 'exportColumns.problems') }
  ]
  const rows = skipped.map((r) => {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    out['\u0000row'] = r.row
    for (const h of headers) out[h] = r.cells[h] ?? ''
    out['\u0000problems'] = r.problems.map((p) => `${p.column ?? ''} ${messageFor(input.lang, p.messageKey, p.params)}`.trim()).join('; ')
    return out
  })
  return fileOf(`skipped-rows-${input.batchId}`, input.format, cols, rows)
}
