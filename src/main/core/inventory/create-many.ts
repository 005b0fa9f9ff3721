// Several new SKUs at once — the unknown merchant codes of an order export, with
// the name and spec the export gave them and stock 0 — in one transaction: either
// every code becomes a SKU or nothing is written, so a refusal never leaves half a list.
import type { ParsedInput } from '../../../shared/contract'
import type { CreateManyResult } from '../../../shared/calls/first-run'
import { AppError } from '../../../shared/errors'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'

/** How many clashing codes a refusal names; the rest are counted. */
const NAMED = 5

function clash(key: string, codes: string[]): AppError {
  return new AppError('conflict', { codes: codes.slice(0, NAMED).join(', '), count: codes.length }, 'items', key)
}

export function createProducts(ctx: CoreContext, input: ParsedInput<'products.createMany'>): CreateManyResult {
  const codes = input.items.map((i) => i.merchantCode)
  const seen = new Set<string>()
  const repeated = [...new Set(codes.filter((c) => (seen.has(c) ? true : (seen.add(c), false))))]
  if (repeated.length) throw clash('firstRun.errors.codesRepeated', repeated)
  return ctx.db
    .transaction(() => {
      // Checked under the write lock: a code taken meanwhile (another window, the CLI) refuses the lot.
      const exists = prepared(ctx.db, 'SELECT 1 FROM products WHERE merchant_code = ?')
      const bundle = prepared(ctx.db, 'SELECT 1 FROM bundles WHERE code = ?')
      const taken = codes.filter((c) => exists.get(c) || bundle.get(c))
      if (taken.length) throw clash('firstRun.errors.codesTaken', taken)
      const now = isoNow(ctx)
      const insert = prepared(ctx.db, `INSERT INTO products (merchant_code, name, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
      const created = input.items.map((i) => ({ id: Number(insert.run(i.merchantCode, i.name, i.spec.trim(), now, now).lastInsertRowid), merchantCode: i.merchantCode }))
      recordAudit(ctx, 'product.create_many', 'product', null, { count: created.length, codes: codes.slice(0, 50) })
      return { created }
    })
    .immediate()
}
