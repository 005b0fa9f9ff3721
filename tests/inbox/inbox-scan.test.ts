import { appendFileSync, readFileSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TEST_NOW } from '../helpers/clock'
import { tempDir, testShop, type TestShop } from '../helpers/shop'
import { pddCsv, pddOrderNo, xlsxFile } from '../import/fixtures'
import { fillInbox, PDD_ROWS, SETTLED, writeSettled } from './folder'

let shop: TestShop
let folder: { dir: string; cleanup: () => void }

beforeEach(() => {
  shop = testShop()
  folder = tempDir()
})
afterEach(() => {
  shop.db.close()
  folder.cleanup()
})

async function settleImport(s: TestShop, kind: 'orders' | 'stock', fileName: string, bytes: Uint8Array): Promise<void> {
  let job = await s.call('import.start', { kind, fileName, bytes, dryRun: false, skipBadRows: true })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  expect(job.report?.applied).toBe(true)
}

describe('inbox scan', () => {
  it('lists the PDD export, the Douyin export and the stock list with platform, kind and rows, and skips the photo and the PDF', async () => {
    fillInbox(folder.dir)
    const scan = await shop.call('inbox.scan', { folder: folder.dir })
    const byName = new Map(scan.files.map((f) => [f.name, f]))
    expect([...byName.keys()].sort()).toEqual(['orders_export_20261126.csv', '导出数据.csv', '库存.csv'].sort())
    expect(byName.get('orders_export_20261126.csv')).toMatchObject({ platform: 'pdd', kind: 'orders', rows: PDD_ROWS, imported: false })
    expect(byName.get('导出数据.csv')).toMatchObject({ platform: 'douyin', kind: 'orders', rows: 3, imported: false })
    expect(byName.get('库存.csv')).toMatchObject({ platform: null, kind: 'stock', rows: 2, imported: false })
    expect(scan.waiting).toEqual([])
  })

  it('shows the PDD export imported once the same bytes were imported, and the others still new', async () => {
    const files = fillInbox(folder.dir)
    await settleImport(shop, 'orders', 'orders_export_20261126.csv', new Uint8Array(readFileSync(files.pdd)))
    const scan = await shop.call('inbox.scan', { folder: folder.dir })
    const imported = Object.fromEntries(scan.files.map((f) => [f.name, f.imported]))
    expect(imported).toEqual({ 'orders_export_20261126.csv': true, '导出数据.csv': false, '库存.csv': false })
  })

  it('does not count a file with the same name but other bytes as imported', async () => {
    const files = fillInbox(folder.dir)
    await settleImport(shop, 'orders', 'x.csv', new Uint8Array(readFileSync(files.pdd)))
    writeSettled(folder.dir, 'orders_export_20261126.csv', pddCsv([{ orderNo: pddOrderNo(99) }]))
    const scan = await shop.call('inbox.scan', { folder: folder.dir })
    expect(scan.files.find((f) => f.name === 'orders_export_20261126.csv')?.imported).toBe(false)
  })

  it('lets a file that grew since the last look wait, and offers it once its size holds', async () => {
    const path = writeSettled(folder.dir, 'pdd.csv', pddCsv([{ orderNo: pddOrderNo(1) }]))
    expect((await shop.call('inbox.scan', { folder: folder.dir })).files.map((f) => f.rows)).toEqual([1])
    appendFileSync(path, '\r\n' + '"不锈钢保温杯 500ml",' + pddOrderNo(2))
    utimesSync(path, SETTLED, SETTLED)
    const growing = await shop.call('inbox.scan', { folder: folder.dir })
    expect(growing.files).toEqual([])
    expect(growing.waiting).toEqual([{ path, name: 'pdd.csv', reason: 'growing' }])
    const settled = await shop.call('inbox.scan', { folder: folder.dir })
    expect(settled.waiting).toEqual([])
    expect(settled.files.map((f) => f.name)).toEqual(['pdd.csv'])
  })

  it('lets a file modified in the last seconds by the app clock and a browser partial download wait', async () => {
    const bytes = pddCsv([{ orderNo: pddOrderNo(1) }])
    writeSettled(folder.dir, 'fresh.csv', bytes, new Date(TEST_NOW.getTime() - 2_000))
    writeSettled(folder.dir, 'export.csv.crdownload', bytes)
    writeSettled(folder.dir, 'export(1).csv.part', bytes)
    const scan = await shop.call('inbox.scan', { folder: folder.dir })
    expect(scan.files).toEqual([])
    expect(scan.waiting.map((w) => [w.name, w.reason]).sort()).toEqual([
      ['export(1).csv.part', 'partial_download'],
      ['export.csv.crdownload', 'partial_download'],
      ['fresh.csv', 'recently_modified']
    ])
  })

  it('counts the rows of an export larger than the head it recognises by, without a false last row', async () => {
    const n = 3000 // ~1.5 MB: far past the 64 KB head
    writeSettled(folder.dir, 'big.csv', pddCsv(Array.from({ length: n }, (_, i) => ({ orderNo: pddOrderNo(i + 1) })), { old: true }))
    const scan = await shop.call('inbox.scan', { folder: folder.dir })
    expect(scan.files).toMatchObject([{ name: 'big.csv', platform: 'pdd', rows: n }])
  })

  it('reads nothing when the inbox is off, and says when the folder cannot be read', async () => {
    fillInbox(folder.dir)
    await shop.call('inbox.prefs.set', { inboxEnabled: false, inboxFolder: folder.dir })
    expect(await shop.call('inbox.scan', {})).toMatchObject({ enabled: false, files: [] })
    await shop.call('inbox.prefs.set', { inboxEnabled: true, inboxFolder: join(folder.dir, 'nope') })
    expect(await shop.call('inbox.scan', {})).toMatchObject({ enabled: true, unreadable: true, files: [] })
  })

  it('recognises an .xlsx export by its header row (read whole: a zip keeps its directory at the end)', async () => {
    const bytes = await xlsxFile(['商家编码', '商品名称', '库存'], [
      { 商家编码: 'A-1', 商品名称: '杯子', 库存: 3 },
      { 商家编码: 'A-2', 商品名称: '碗', 库存: 0 }
    ])
    writeSettled(folder.dir, 'stock.xlsx', bytes)
    const scan = await shop.call('inbox.scan', { folder: folder.dir })
    expect(scan.files).toMatchObject([{ name: 'stock.xlsx', kind: 'stock', platform: null, rows: 2 }])
  })

  it('says nothing about a default Downloads folder the computer does not have', async () => {
    shop.ctx.downloadsDir = join(folder.dir, 'Downloads')
    expect(await shop.call('inbox.scan', {})).toMatchObject({ enabled: true, unreadable: false, files: [], waiting: [] })
  })

  it('hands over a recognised file by name only, never a path or a non-export', async () => {
    fillInbox(folder.dir)
    await shop.call('inbox.prefs.set', { inboxFolder: folder.dir })
    const file = await shop.call('inbox.file', { name: '库存.csv' })
    expect(file).toMatchObject({ name: '库存.csv', kind: 'stock' })
    expect(file.bytes.byteLength).toBe(file.size)
    expect((await shop.fail('inbox.file', { name: '../库存.csv' })).messageKey).toBe('inbox.errors.notInInbox')
    expect((await shop.fail('inbox.file', { name: 'IMG_2041.png' })).messageKey).toBe('inbox.errors.notAnExport')
    expect((await shop.fail('inbox.file', { name: 'gone.csv' })).messageKey).toBe('inbox.errors.fileGone')
  })

  it('keeps the inbox settings, and refuses a relative folder with a clear message', async () => {
    expect(await shop.call('inbox.prefs.get', {})).toMatchObject({ inboxEnabled: true, inboxFolder: null, reminderHours: 6, keepInTray: true })
    const set = await shop.call('inbox.prefs.set', { inboxFolder: folder.dir, reminderHours: 3, keepInTray: false })
    expect(set).toMatchObject({ inboxFolder: folder.dir, inboxFolderInUse: folder.dir, reminderHours: 3, keepInTray: false })
    expect((await shop.fail('inbox.prefs.set', { inboxFolder: 'Downloads' })).messageKey).toBe('inbox.errors.folderNotAbsolute')
    expect((await shop.call('inbox.prefs.set', { inboxFolder: null })).inboxFolder).toBeNull()
  })
})
