// Stock list (stock take) import: creates or updates products from a CSV/XLSX
// list, and turns each counted quantity into a 'count' movement in the ledger.
// The movement's idempotency key names the file, so importing the same file
// twice changes nothing.
import { parseYuanToFen } from '../../../shared/money'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { appendMovement } from '../inventory/ledger'
import { linkOrderLines } from '../inventory/products'
import { ImportCancelled } from './cancel'
import { MAX_LISTED_CHANGES, type FieldChange, type ImportProblem, type ImportReport } from './report'
import { mapStockHeaders, type StockField } from './stock-columns'
import { toProblem, type ImportRunOptions } from './import-orders'
import { applyBundles, planBundles, readPartsCell, type BundleRow } from './stock-bundles'
import { maxRowid, UndoJournal } from './undo-journal'

export interface StockTable {
  encoding: string
  headers: string[]
  rows: string[][]
  problems: { row: number; column: string | null; code: string; params?: Record<string, string | number>; blocking: boolean }[]
}

interface StockRow {
  row: number
  code: string
  name?: string
  spec?: string
  onHand?: number
  safetyStock?: number
  supplier?: string
  leadTimeDays?: number
  unitCostFen?: number
  priceFen?: number
  /** Set when the row defines a bundle (its 组合明细 cell). */
  parts?: BundleRow['parts']
  partsText?: string
}

const problem = (row: number, column: string | null, code: string, params: Record<string, string | number> = {}): ImportProblem => ({
  row,
  column,
  code,
  messageKey: `importProblems.${code}`,
  params: { ...params, row, column: column ?? '' },
  blocking: true
})

function readRows(table: StockTable): { rows: StockRow[]; problems: ImportProblem[]; badRows: number } {
  const cols = mapStockHeaders(table.headers)
  const problems: ImportProblem[] = []
  if (!cols.has('merchantCode')) return { rows: [], problems: [problem(0, null, 'stock_code_column_missing')], badRows: 0 }
  const header = (f: StockField): string => table.headers[cols.get(f)!] ?? f
  const cell = (r: string[], f: StockField): string | undefined => {
    const i = cols.get(f)
    if (i === undefined) return undefined
    const v = (r[i] ?? '').trim()
    return v === '' ? undefined : v
  }
  const rows: StockRow[] = []
  const seen = new Map<string, StockRow>()
  let badRows = 0
  table.rows.forEach((r, i) => {
    const rowNo = i + 2
    if (r.every((c) => c.trim() === '')) return
    const rowProblems: ImportProblem[] = []
    const int = (f: StockField, max: number): number | undefined => {
      const v = cell(r, f)
      if (v === undefined) return undefined
      const n = /^\d+$/.test(v.replace(/[,，]/g, '')) ? Number(v.replace(/[,，]/g, '')) : NaN
      if (!Number.isSafeInteger(n) || n > max) {
        rowProblems.push(problem(rowNo, header(f), 'bad_number', { value: v.slice(0, 40) }))
        return undefined
      }
      return n
    }
    const money = (f: StockField): number | undefined => {
      const v = cell(r, f)
      if (v === undefined) return undefined
      const fen = parseYuanToFen(v)
      if (fen === null || fen < 0) {
        rowProblems.push(problem(rowNo, header(f), 'bad_amount', { value: v.slice(0, 40) }))
        return undefined
      }
      return fen
    }
    const code = cell(r, 'merchantCode')
    if (!code) {
      rowProblems.push(problem(rowNo, header('merchantCode'), 'missing_value', { column: header('merchantCode') }))
    } else if (code.length > 64 || /\s/.test(code)) {
      rowProblems.push(problem(rowNo, header('merchantCode'), 'bad_code', { value: code.slice(0, 40) }))
    }
    const row: StockRow = {
      row: rowNo,
      code: code ?? '',
      name: cell(r, 'name')?.slice(0, 200),
      spec: cell(r, 'spec')?.slice(0, 200),
      onHand: int('onHand', 1_000_000),
      safetyStock: int('safetyStock', 1_000_000),
      supplier: cell(r, 'supplier')?.slice(0, 100),
      leadTimeDays: int('leadTimeDays', 365),
      unitCostFen: money('unitCost'),
      priceFen: money('price')
    }
    const partsText = cell(r, 'bundleParts')
    if (partsText !== undefined) {
      const parts = readPartsCell(partsText, rowNo, header('bundleParts'), problem, rowProblems)
      if (parts) Object.assign(row, { parts, partsText })
    }
    const earlier = code ? seen.get(code) : undefined
    if (earlier && JSON.stringify({ ...earlier, row: 0 }) !== JSON.stringify({ ...row, row: 0 })) {
      rowProblems.push(problem(rowNo, header('merchantCode'), 'duplicate_sku', { code: code ?? '', firstRow: earlier.row }))
    }
    if (rowProblems.length) {
      problems.push(...rowProblems)
      badRows++
      return
    }
    if (earlier) return
    seen.set(row.code, row)
    rows.push(row)
  })
  return { rows, problems, badRows }
}

export function importStock(ctx: CoreContext, table: StockTable, opts: ImportRunOptions): ImportReport {
  const fileProblems: ImportProblem[] = table.problems.map(toProblem)
  const read = readRows(table)
  const rows = read.rows.filter((r) => !r.parts)
  const cols = mapStockHeaders(table.headers)
  const headerOf = (f: StockField): string | null => (cols.has(f) ? (table.headers[cols.get(f)!] ?? f) : null)
  const bundleRows: BundleRow[] = read.rows.flatMap((r) =>
    r.parts ? [{ row: r.row, code: r.code, ...(r.name ? { name: r.name } : {}), partsText: r.partsText ?? '', parts: r.parts, hadStock: (r.onHand ?? 0) > 0 }] : []
  )
  const newCodes = new Set(rows.filter((r) => r.name).map((r) => r.code))
  const bundles = planBundles(
    ctx,
    bundleRows,
    newCodes,
    { code: headerOf('merchantCode') ?? '', parts: headerOf('bundleParts') ?? '', stock: headerOf('onHand') },
    problem
  )
  const problems = [...read.problems, ...bundles.problems]
  const badRows = read.badRows + bundles.problems.length
  const all = [...fileProblems, ...problems, ...bundles.warnings]
  const blocking = all.filter((p) => p.blocking)
  const report: ImportReport = {
    kind: 'stock',
    fileName: opts.fileName,
    files: [opts.fileName],
    unknownStatuses: [],
    join: null,
    sheets: [],
    refundsFlagged: 0,
    bundles: {
      created: bundles.plans.filter((b) => b.state === 'created').length,
      updated: bundles.plans.filter((b) => b.state === 'updated').length,
      unchanged: bundles.plans.filter((b) => b.state === 'unchanged').length
    },
    platform: null,
    encoding: table.encoding,
    headers: table.headers,
    rows: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: badRows,
    applied: false,
    blocked: blocking.length > 0,
    batchId: null,
    unknownSkus: [],
    errors: blocking,
    changes: [],
    shipments: 0,
    warnings: all.filter((p) => !p.blocking)
  }
  if (blocking.some((p) => p.row === 0)) return report

  const db = ctx.db
  const byCode = prepared(
    db,
    `SELECT p.id, p.name, p.spec, p.on_hand AS onHand, p.safety_stock AS safetyStock, s.name AS supplier, p.lead_time_days AS leadTimeDays,
       p.unit_cost_fen AS unitCostFen, p.price_fen AS priceFen
     FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id WHERE p.merchant_code = ?`
  )
  type Current = {
    id: number
    name: string
    spec: string
    onHand: number
    safetyStock: number
    supplier: string | null
    leadTimeDays: number | null
    unitCostFen: number
    priceFen: number
  }
  const countKey = (code: string) => `stock-import:${opts.sha256}:${code}`
  const counted = prepared(db, 'SELECT 1 FROM stock_movements WHERE idempotency_key = ?')
  const plans = rows.map((r) => {
    const cur = byCode.get(r.code) as Current | undefined
    if (!cur) return { r, cur, changes: [] as FieldChange[] }
    const changes: FieldChange[] = []
    // A count this very file already recorded is not a change, whatever happened to the stock since.
    const alreadyCounted = counted.get(countKey(r.code)) !== undefined
    const cmp = (field: keyof Current & keyof StockRow) => {
      const to = r[field]
      if (field === 'onHand' && alreadyCounted) return
      if (to !== undefined && to !== cur[field]) changes.push({ field, from: cur[field], to })
    }
    ;(['name', 'spec', 'onHand', 'safetyStock', 'supplier', 'leadTimeDays', 'unitCostFen', 'priceFen'] as const).forEach(cmp)
    return { r, cur, changes }
  })
  for (const p of plans) {
    if (!p.cur) {
      if (!p.r.name) {
        report.errors.push(problem(p.r.row, '商品名称', 'missing_name', { code: p.r.code }))
        report.blocked = true
      } else report.created++
    } else if (p.changes.length) {
      report.updated++
      if (report.changes.length < MAX_LISTED_CHANGES) report.changes.push({ key: p.r.code, changes: p.changes })
    } else report.unchanged++
  }
  for (const b of bundles.plans) {
    if (b.change && report.changes.length < MAX_LISTED_CHANGES) report.changes.push({ key: b.r.code, changes: [b.change] })
  }
  const skipNameless = report.errors.filter((e) => e.code === 'missing_name').length
  report.skipped += skipNameless
  if (opts.dryRun || (report.blocked && !opts.skipBadRows)) return report

  db.transaction(() => {
    const now = isoNow(ctx)
    const supplierId = supplierFinder(ctx, now)
    const insert = prepared(
      db,
      `INSERT INTO products (merchant_code, name, spec, price_fen, unit_cost_fen, safety_stock, supplier_id, lead_time_days, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const update = prepared(
      db,
      `UPDATE products SET name = COALESCE(?, name), spec = COALESCE(?, spec), price_fen = COALESCE(?, price_fen),
         unit_cost_fen = COALESCE(?, unit_cost_fen), safety_stock = COALESCE(?, safety_stock),
         supplier_id = COALESCE(?, supplier_id), lead_time_days = COALESCE(?, lead_time_days), updated_at = ? WHERE id = ?`
    )
    const batchId = Number(
      prepared(
        db,
        `INSERT INTO import_batches (kind, file_name, file_sha256, platform, encoding, rows, created, updated, unchanged, skipped, imported_at)
         VALUES ('stock', ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`
      ).run(opts.fileName, opts.sha256, table.encoding, report.rows, report.created, report.updated, report.unchanged, report.skipped, now)
        .lastInsertRowid
    )
    // What undo needs (import/undo.ts): new suppliers and products as id ranges, images of changed rows.
    const journal = new UndoJournal(db, batchId)
    const suppliersBefore = maxRowid(db, 'suppliers')
    const productsBefore = maxRowid(db, 'products')
    plans.forEach((p, i) => {
      if (i % 2000 === 0) {
        if (opts.shouldCancel?.()) throw new ImportCancelled()
        opts.onProgress?.(i, plans.length)
      }
      const r = p.r
      let id: number
      if (!p.cur) {
        if (!r.name) return
        id = Number(
          insert.run(
            r.code,
            r.name,
            r.spec ?? '',
            r.priceFen ?? 0,
            r.unitCostFen ?? 0,
            r.safetyStock ?? 0,
            supplierId(r.supplier),
            r.leadTimeDays ?? null,
            now,
            now
          ).lastInsertRowid
        )
        linkOrderLines(ctx, id, r.code)
      } else {
        id = p.cur.id
        if (p.changes.some((c) => c.field !== 'onHand')) {
          journal.before('products', 'rowid = ?', id)
          update.run(
            r.name ?? null,
            r.spec ?? null,
            r.priceFen ?? null,
            r.unitCostFen ?? null,
            r.safetyStock ?? null,
            supplierId(r.supplier),
            r.leadTimeDays ?? null,
            now,
            id
          )
        }
      }
      if (r.onHand !== undefined) {
        const current = (prepared(db, 'SELECT on_hand AS n FROM products WHERE id = ?').get(id) as { n: number }).n
        appendMovement(ctx, {
          productId: id,
          type: 'count',
          delta: r.onHand - current,
          counted: r.onHand,
          reason: `stock list ${opts.fileName}`.slice(0, 500),
          idempotencyKey: countKey(r.code)
        })
      }
    })
    journal.insertedSince('suppliers', suppliersBefore)
    journal.insertedSince('products', productsBefore)
    // After the products: a bundle may be made of SKUs this same file creates.
    const bundlesBefore = maxRowid(db, 'bundles')
    const partsBefore = maxRowid(db, 'bundle_parts')
    for (const b of bundles.plans) {
      if (b.state === 'unchanged') continue
      journal.before('bundles', 'code = ?', b.r.code)
      journal.before('bundle_parts', 'bundle_id = (SELECT id FROM bundles WHERE code = ?)', b.r.code)
    }
    applyBundles(ctx, bundles.plans)
    journal.insertedSince('bundles', bundlesBefore)
    journal.insertedSince('bundle_parts', partsBefore)
    report.batchId = batchId
    report.applied = true
    recordAudit(ctx, 'import.stock', 'import_batch', batchId, {
      fileName: opts.fileName,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      skipped: report.skipped
    })
    journal.finish()
  }).immediate()
  return report
}

/** Supplier id by name, creating the supplier the first time a stock list names it. */
function supplierFinder(ctx: CoreContext, now: string): (name: string | undefined) => number | null {
  const find = prepared(ctx.db, 'SELECT id FROM suppliers WHERE name = ?')
  const create = prepared(ctx.db, 'INSERT INTO suppliers (name, created_at) VALUES (?, ?)')
  return (name) => {
    if (!name) return null
    const row = find.get(name) as { id: number } | undefined
    return row ? row.id : Number(create.run(name, now).lastInsertRowid)
  }
}
