import { describe, expect, it } from 'vitest'
import { IMPORT_CACHE_SIZE, runImport, type ImportRequest } from '../../src/main/core/import/run-import'
import { ImportCancelled } from '../../src/main/core/import/cancel'
import { testShop } from '../helpers/shop'
import { pddCsv } from './pdd-csv'

const request = (bytes: Uint8Array): ImportRequest => ({
  kind: 'orders',
  fileName: 'orders.csv',
  bytes,
  platform: 'auto',
  mapping: null,
  dryRun: false,
  skipBadRows: false
})
const cacheSize = (s: ReturnType<typeof testShop>) => s.db.pragma('cache_size', { simple: true })

describe('the page cache an import runs with', () => {
  it('is the smaller import cache while the import writes, and the connection gets its own back afterwards', async () => {
    const s = testShop()
    const before = cacheSize(s)
    expect(before).not.toBe(IMPORT_CACHE_SIZE)
    const seen = new Set<unknown>()
    const report = await runImport(s.ctx, request(pddCsv([{ orderNo: '261125-1' }, { orderNo: '261125-2' }])), {
      onProgress: (phase) => {
        if (phase === 'writing') seen.add(cacheSize(s))
      },
      shouldCancel: () => false
    })
    expect(report.created).toBe(2)
    expect([...seen]).toEqual([IMPORT_CACHE_SIZE])
    expect(cacheSize(s)).toBe(before)
  })

  it('is given back when the import is cancelled', async () => {
    const s = testShop()
    const before = cacheSize(s)
    const run = runImport(s.ctx, request(pddCsv([{ orderNo: '261125-1' }])), { onProgress: () => {}, shouldCancel: () => true })
    await expect(run).rejects.toBeInstanceOf(ImportCancelled)
    expect(cacheSize(s)).toBe(before)
  })
})
