// "Start my own shop": the demo shop is set aside as a verified backup that restores it,
// and an empty shop with the same settings takes its place; a real shop is never emptied.
import { afterEach, describe, expect, it } from 'vitest'
import { planRetention } from '../../src/main/core/backup/retention'
import { digestDb, fileShop, type FileShop } from '../backup/helpers'
import { STOCK } from './helpers'

let shop: FileShop | null = null
afterEach(() => {
  shop?.cleanup()
  shop = null
})

const count = (s: FileShop, table: string): number => (s.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

async function importStock(s: FileShop): Promise<void> {
  let job = await s.call('import.start', { kind: 'stock', fileName: 'stock.csv', bytes: STOCK, dryRun: false })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  expect(job.report?.applied).toBe(true)
}

describe('starting my own shop from the demo', () => {
  it('empties the shop, keeps the settings, and leaves a verified demo backup that restores the demo', async () => {
    const s = (shop = fileShop())
    await s.call('settings.update', { language: 'en', timeZone: 'Asia/Tokyo' })
    await s.call('demo.load', { seed: 7 })
    await s.call('rules.save', { platform: 'pdd', name: '12 小时', shipWindowHours: 12, late: { kind: 'fixed', fixedFen: 900 }, stockout: { kind: 'fixed', fixedFen: 900 }, activate: true })
    const demo = await s.call('shop.status', {})
    expect(demo.demo).toEqual({ importedFiles: 0 })
    const demoDigest = digestDb(s.db)

    s.clock.advance(5)
    const r = await s.call('shop.startOwn', {})
    expect(r.backup).toMatchObject({ reason: 'demo', verified: true, skus: demo.skus, orders: demo.orders })

    const after = await s.call('shop.status', {})
    expect(after).toMatchObject({ skus: 0, orders: 0, suppliers: 0, isEmpty: true, demo: null })
    for (const table of ['products', 'orders', 'order_lines', 'stock_movements', 'incoming_stock', 'suppliers', 'queue_cases', 'queue_events', 'import_batches', 'engine_orders'])
      expect(count(s, table), table).toBe(0)
    expect(await s.call('settings.get', {})).toMatchObject({ language: 'en', timeZone: 'Asia/Tokyo' })
    // Rules back to the presets a new install has: the merchant's own rule went with the demo.
    expect(count(s, "platform_rules WHERE preset IS NULL")).toBe(0)
    expect(count(s, 'queue_templates')).toBeGreaterThan(0)
    const log = (await s.call('audit.list', {})).rows
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ action: 'shop.start_own' })

    // The backup is listed with the others, and restoring it brings the demo back exactly.
    const listed = await s.call('backups.list', {})
    expect(listed.map((b) => b.path)).toContain(r.backup.path)
    s.clock.advance(5)
    await s.call('backups.restore', { path: r.backup.path })
    expect(digestDb(s.db)).toBe(demoDigest)
    expect((await s.call('shop.status', {})).demo).toEqual({ importedFiles: 0 })
  })

  it('refuses a shop that is not the demo and changes nothing', async () => {
    const s = (shop = fileShop())
    await importStock(s)
    const before = digestDb(s.db)
    const e = await s.fail('shop.startOwn', {})
    expect(e).toMatchObject({ code: 'conflict', messageKey: 'firstRun.errors.notDemo' })
    expect(digestDb(s.db)).toBe(before)
    expect(await s.call('backups.list', {})).toEqual([])
  })

  it('refuses a demo shop with files imported into it until told, then sets them aside with the demo', async () => {
    const s = (shop = fileShop())
    await s.call('demo.load', { seed: 7 })
    await importStock(s)
    expect((await s.call('shop.status', {})).demo).toEqual({ importedFiles: 1 })
    const e = await s.fail('shop.startOwn', {})
    expect(e).toMatchObject({ code: 'conflict', messageKey: 'firstRun.errors.importedIntoDemo', params: { count: 1 } })
    expect(await s.call('backups.list', {})).toEqual([])

    const r = await s.call('shop.startOwn', { includeImported: true })
    expect(r.importedFiles).toBe(1)
    expect((await s.call('shop.status', {})).isEmpty).toBe(true)
  })

  it('keeps every demo backup when the retention prunes', () => {
    const at = (d: string) => `2026-11-${d}T02:00:00.000Z`
    const plan = planRetention(
      [
        { fileName: 'a-demo.db', at: at('01'), reason: 'demo' },
        { fileName: 'b-demo.db', at: at('02'), reason: 'demo' },
        { fileName: 'c.db', at: at('01'), reason: 'scheduled' },
        { fileName: 'd.db', at: at('26'), reason: 'scheduled' }
      ],
      new Date(at('26')),
      'Asia/Shanghai',
      { keepToday: 1, keepDays: 3 }
    )
    expect(plan.remove).toEqual(['c.db'])
    expect(plan.keep.sort()).toEqual(['a-demo.db', 'b-demo.db', 'd.db'])
  })
})
