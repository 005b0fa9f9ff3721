import { describe, expect, it } from 'vitest'
import { csvText, encode, pddCsv, TAOBAO_CLASSIC_HEADERS, taobaoClassicRow } from '../import/fixtures'
import { dump, runFiles } from '../import-undo/helpers'
import type { TestShop } from '../helpers/shop'
import { stockedShop } from '../real-exports/helpers'

const A = '261126-000000000000001'
const B = '261126-000000000000002'
const C = '261126-000000000000003'

const shopOf = (s: TestShop, orderNo: string): string =>
  (s.db.prepare('SELECT s.name FROM orders o JOIN shops s ON s.id = o.shop_id WHERE o.order_no = ?').get(orderNo) as { name: string }).name

const taobaoReport = (rows: { orderNo: string; shop: string }[]) =>
  encode(csvText(TAOBAO_CLASSIC_HEADERS, rows.map((r) => ({ ...taobaoClassicRow({ orderNo: r.orderNo }), 店铺名称: r.shop }))), 'gb18030')

async function importWith(s: TestShop, fileName: string, bytes: Uint8Array, extra: { shopId?: number; dryRun?: boolean } = {}) {
  let job = await s.call('import.start', { kind: 'orders', fileName, bytes, dryRun: extra.dryRun ?? false, shopId: extra.shopId ?? null })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  if (job.error) throw new Error(JSON.stringify(job.error))
  return job.report!
}

describe('an import knows its shop', () => {
  it('the first PDD import creates the default shop 拼多多店铺, and the preview says so before anything is written', async () => {
    const s = await stockedShop([['CUP', 5]])
    const preview = await importWith(s, 'a.csv', pddCsv([{ orderNo: A, code: 'CUP' }]), { dryRun: true })
    expect(preview.shops).toEqual({ fromFile: [], shopId: null, shopName: '拼多多店铺', create: ['拼多多店铺'] })
    expect(await s.call('shops.list', {})).toEqual([])
    await importWith(s, 'a.csv', pddCsv([{ orderNo: A, code: 'CUP' }]))
    expect(await s.call('shops.list', {})).toMatchObject([{ platform: 'pdd', name: '拼多多店铺', isDefault: true, orders: 1 }])
    expect(s.db.prepare('SELECT shop_id AS id FROM import_batches').get()).toEqual({ id: (await s.call('shops.list', {}))[0]!.id })
  })

  it('a Taobao report naming two shops puts each order in its own shop, creating both', async () => {
    const s = await stockedShop([])
    const report = await importWith(
      s,
      'ExportOrderList.csv',
      taobaoReport([
        { orderNo: '4001', shop: '淘宝旗舰店' },
        { orderNo: '4002', shop: '淘宝二店' },
        { orderNo: '4003', shop: '淘宝旗舰店' }
      ])
    )
    expect(report.shops).toMatchObject({ fromFile: ['淘宝旗舰店', '淘宝二店'], create: ['淘宝旗舰店', '淘宝二店'], shopId: null })
    expect([shopOf(s, '4001'), shopOf(s, '4002'), shopOf(s, '4003')]).toEqual(['淘宝旗舰店', '淘宝二店', '淘宝旗舰店'])
    const shops = await s.call('shops.list', {})
    expect(shops.map((x) => [x.name, x.isDefault, x.orders])).toEqual([
      ['淘宝旗舰店', true, 2],
      ['淘宝二店', false, 1]
    ])
    // Several shops: the batch names none.
    expect(s.db.prepare('SELECT shop_id AS id FROM import_batches').get()).toEqual({ id: null })
  })

  it('the merchant’s pick is used for new orders, remembered for the next PDD file, and an existing order keeps its shop', async () => {
    const s = await stockedShop([['CUP', 5]])
    await importWith(s, 'a.csv', pddCsv([{ orderNo: A, code: 'CUP' }]))
    const second = await s.call('shops.add', { platform: 'pdd', name: '二店' })
    await importWith(s, 'b.csv', pddCsv([{ orderNo: A, code: 'CUP', merchantNote: '改' }, { orderNo: B, code: 'CUP' }]), { shopId: second.id })
    expect([shopOf(s, A), shopOf(s, B)]).toEqual(['拼多多店铺', '二店'])
    const next = await importWith(s, 'c.csv', pddCsv([{ orderNo: C, code: 'CUP' }]), { dryRun: true })
    expect(next.shops).toMatchObject({ shopId: second.id, shopName: '二店', create: [] })
  })

  it('refuses a picked shop of another platform, writing nothing', async () => {
    const s = await stockedShop([['CUP', 5]])
    const t = await s.call('shops.add', { platform: 'taobao', name: 'T' })
    let job = await s.call('import.start', { kind: 'orders', fileName: 'a.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]), dryRun: false, shopId: t.id })
    while (job.state === 'running') {
      await new Promise((r) => setImmediate(r))
      job = await s.call('import.job', { jobId: job.jobId })
    }
    expect(job.error).toMatchObject({ messageKey: 'shops.errors.shopPlatform', params: { name: 'T' } })
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM orders').get()).toEqual({ n: 0 })
  })

  it('a file naming a shop moves an order it already knew into that shop', async () => {
    const s = await stockedShop([])
    await importWith(s, 'one.csv', taobaoReport([{ orderNo: '4001', shop: '旧名' }]))
    await importWith(s, 'two.csv', taobaoReport([{ orderNo: '4001', shop: '新名' }]))
    expect(shopOf(s, '4001')).toBe('新名')
  })

  it('a file naming no shop gives an order it knew without a shop the import’s shop, leaves the others where they are, and undo takes it back', async () => {
    const s = await stockedShop([['CUP', 5]])
    await importWith(s, 'a.csv', pddCsv([{ orderNo: A, code: 'CUP' }, { orderNo: B, code: 'CUP' }]))
    const second = await s.call('shops.add', { platform: 'pdd', name: '二店' })
    s.db.prepare('UPDATE orders SET shop_id = NULL WHERE order_no = ?').run(A)
    s.db.prepare('UPDATE orders SET shop_id = ? WHERE order_no = ?').run(second.id, B)
    const before = dump(s.db)
    const job = await runFiles(s, 'orders', [{ fileName: 'b.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }, { orderNo: B, code: 'CUP' }]) }])
    expect(job.report).toMatchObject({ unchanged: 2 })
    expect([shopOf(s, A), shopOf(s, B)]).toEqual(['拼多多店铺', '二店'])
    await s.call('import.undo', { batchId: job.report!.batchId! })
    expect(dump(s.db)).toEqual(before)
  })

  it('undoing a shop-creating import removes the shops it created, leaving the shop exactly as before', async () => {
    const s = await stockedShop([['CUP', 5]])
    await runFiles(s, 'orders', [{ fileName: 'first.csv', bytes: taobaoReport([{ orderNo: '4001', shop: '老店' }]) }])
    const before = dump(s.db)
    const job = await runFiles(s, 'orders', [
      { fileName: 'second.csv', bytes: taobaoReport([{ orderNo: '4001', shop: '新店' }, { orderNo: '4002', shop: '另一家' }]) }
    ])
    expect((await s.call('shops.list', {})).map((x) => x.name)).toEqual(['老店', '另一家', '新店'])
    await s.call('import.undo', { batchId: job.report!.batchId! })
    expect(dump(s.db)).toEqual(before)
    expect((await s.call('shops.list', {})).map((x) => x.name)).toEqual(['老店'])
  })
})
