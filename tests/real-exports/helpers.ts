// A shop with a stock list, and imports run through the contract as the app runs them. Time is a
// fixed instant near the fixtures' dates, never the wall clock.
import type { CallInput } from '../../src/shared/contract'
import type { TriageRow } from '../../src/shared/engine-types'
import type { ImportJobStatus } from '../../src/shared/types'
import { testShop, type TestShop } from '../helpers/shop'
import { TEST_NOW } from '../helpers/clock'

/** The tests' one moment (tests/helpers/clock.ts). */
export const NOW = TEST_NOW

export type ImportFile = { fileName: string; bytes: Uint8Array }

export async function runImport(
  s: TestShop,
  files: ImportFile[],
  extra: Partial<CallInput<'import.start'>> = {}
): Promise<ImportJobStatus> {
  const [first, ...more] = files
  let job = await s.call('import.start', { kind: 'orders', ...first!, moreFiles: more, dryRun: false, ...extra })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  return job
}

/** Products with stock on hand: [code, units]. */
export async function stockedShop(stock: [string, number][]): Promise<TestShop> {
  const s = testShop(':memory:', () => NOW)
  for (const [code, units] of stock) {
    const p = await s.call('products.create', { merchantCode: code, name: `商品 ${code}` })
    if (units > 0) await s.call('stock.move', { productId: p.id, type: 'receive', quantity: units })
  }
  return s
}

export async function triage(s: TestShop): Promise<Map<string, TriageRow>> {
  const page = await s.call('engine.triage', { limit: 1000 })
  return new Map(page.rows.map((r) => [r.orderNo, r]))
}
