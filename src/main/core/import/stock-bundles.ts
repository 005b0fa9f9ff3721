// Bundles (组合装) carried by a stock list: a row whose 组合明细 cell is filled ("A001x1, B011x2")
// defines the bundle named by its 商家编码 instead of a product. ERP goods exports write a combo's
// parts in one cell like this; the row's own stock cell is not used (a bundle's stock is its parts').
// Checked in the preview with the shop's SKUs and the file's own new SKUs; written in the stock
// import's transaction, after the products, so a bundle may use a SKU the same file creates.
import { parseBundleParts } from '../../../shared/bundle-parts'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { writeBundle } from '../inventory/bundles'
import type { FieldChange, ImportProblem } from './report'

/** Units of one part in one bundle (the bundle_parts check). */
const MAX_PART_UNITS = 10_000

export interface BundleRow {
  row: number
  code: string
  name?: string
  /** The cell as written, for messages. */
  partsText: string
  parts: { merchantCode: string; quantity: number }[]
  /** The row also gave a stock quantity, which a bundle does not keep. */
  hadStock: boolean
}

export interface BundlePlan {
  r: BundleRow
  state: 'created' | 'updated' | 'unchanged'
  change: FieldChange | null
}

type Problem = (row: number, column: string | null, code: string, params?: Record<string, string | number>) => ImportProblem

/** The parts cell read: null (with a problem pushed) when it is not a list of CODE×QTY. */
export function readPartsCell(text: string, row: number, column: string, problem: Problem, out: ImportProblem[]): BundleRow['parts'] | null {
  const parts = parseBundleParts(text)
  if (!parts || parts.some((p) => p.quantity < 1 || p.quantity > MAX_PART_UNITS || p.merchantCode.length > 64)) {
    out.push(problem(row, column, 'bad_bundle_parts', { value: text.slice(0, 80) }))
    return null
  }
  return parts
}

const partsKey = (parts: { merchantCode: string; quantity: number }[]): string => {
  const sum = new Map<string, number>()
  for (const p of parts) sum.set(p.merchantCode, (sum.get(p.merchantCode) ?? 0) + p.quantity)
  return [...sum].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([c, q]) => `${c}x${q}`).join(', ')
}

/**
 * What each bundle row would do, and the rows that cannot be bundles: a part that is no SKU (neither
 * in the shop nor a new SKU of this file), or a bundle code that is already a SKU of the shop.
 */
export function planBundles(
  ctx: CoreContext,
  rows: BundleRow[],
  newSkuCodes: ReadonlySet<string>,
  headers: { code: string; parts: string; stock: string | null },
  problem: Problem
): { plans: BundlePlan[]; problems: ImportProblem[]; warnings: ImportProblem[] } {
  const isSku = prepared(ctx.db, 'SELECT 1 FROM products WHERE merchant_code = ?')
  const current = prepared(
    ctx.db,
    `SELECT b.name, group_concat(p.merchant_code || 'x' || bp.quantity, ', ') AS parts
     FROM bundles b LEFT JOIN bundle_parts bp ON bp.bundle_id = b.id LEFT JOIN products p ON p.id = bp.product_id
     WHERE b.code = ? GROUP BY b.id`
  )
  const plans: BundlePlan[] = []
  const problems: ImportProblem[] = []
  const warnings: ImportProblem[] = []
  for (const r of rows) {
    if (isSku.get(r.code)) {
      problems.push(problem(r.row, headers.code, 'bundle_code_is_sku', { code: r.code }))
      continue
    }
    const unknown = r.parts.find((p) => !newSkuCodes.has(p.merchantCode) && !isSku.get(p.merchantCode))
    if (unknown) {
      problems.push(problem(r.row, headers.parts, 'bundle_part_unknown', { code: unknown.merchantCode, bundle: r.code }))
      continue
    }
    if (r.hadStock && headers.stock) warnings.push({ ...problem(r.row, headers.stock, 'bundle_stock_ignored', { code: r.code }), blocking: false })
    const now = current.get(r.code) as { name: string; parts: string | null } | undefined
    const to = partsKey(r.parts)
    if (!now) plans.push({ r, state: 'created', change: null })
    else {
      const from = partsKey(parseBundleParts(now.parts ?? '') ?? [])
      const renamed = r.name !== undefined && r.name !== now.name
      const change = from !== to ? { field: 'bundleParts', from, to } : renamed ? { field: 'name', from: now.name, to: r.name ?? '' } : null
      plans.push({ r, state: change ? 'updated' : 'unchanged', change })
    }
  }
  return { plans, problems, warnings }
}

/** Writes the created and changed bundles; inside the stock import's transaction. */
export function applyBundles(ctx: CoreContext, plans: BundlePlan[]): void {
  for (const p of plans) {
    if (p.state === 'unchanged') continue
    const name = p.r.name ?? ((prepared(ctx.db, 'SELECT name FROM bundles WHERE code = ?').get(p.r.code) as { name: string } | undefined)?.name ?? '')
    writeBundle(ctx, { code: p.r.code, name, parts: p.r.parts })
  }
}
