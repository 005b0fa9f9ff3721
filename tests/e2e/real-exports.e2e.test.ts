// Issue #11 in the app: the unknown-status chooser, Taobao's two files in one import, bundles on the
// Inventory screen, and the refund flag on an open order.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import type { Page } from 'playwright-core'
import { csvText, encode, pddCsv, pddOrderNo, TAOBAO_CLASSIC_HEADERS, TAOBAO_ITEM_HEADERS, taobaoClassicRow, taobaoItemRow } from '../import/fixtures'
import { importAndWait, openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

async function openShop(stock: [string, number][]): Promise<{ shop: ShopDb; page: Page }> {
  // The shop (and the page) run at the tests' one moment, TEST_NOW, near the fixtures' dates.
  const s = openShopDb()
  for (const [code, qty] of stock) {
    const p = await s.invoke('products.create', { merchantCode: code, name: `商品 ${code}` })
    if (qty) await s.invoke('stock.move', { productId: p.id, type: 'receive', quantity: qty })
  }
  shop = s
  app = await openAppPage(harness.browser, harness.baseUrl, s, { locale: 'en' })
  return { shop: s, page: app.page }
}

async function importPreview(page: Page) {
  const p = page.getByTestId('import-preview')
  await p.waitFor()
  await page.getByTestId('import-progress').waitFor({ state: 'detached' })
  return p
}

describe('real exports in the app', () => {
  it('asks once what an unknown status means, imports the rest, and the meaning is saved and editable in Settings', async () => {
    const { shop: s, page } = await openShop([['BWB-500-WHT', 10]])
    await app!.open('#/import')
    const file = pddCsv([{ orderNo: pddOrderNo(1) }, { orderNo: pddOrderNo(2), status: '待成团' }])
    await page.locator('input[type="file"]').setInputFiles({ name: 'pdd.csv', mimeType: 'text/csv', buffer: Buffer.from(file) })
    let p = await importPreview(page)
    const chooser = p.getByTestId('unknown-statuses')
    await chooser.waitFor()
    expect(await chooser.innerText()).toContain('待成团')
    await chooser.getByRole('combobox').selectOption('unpaid')
    await chooser.getByRole('button', { name: 'Check again with these meanings' }).click()
    await expect.poll(() => page.getByTestId('unknown-statuses').count()).toBe(0)
    p = await importPreview(page)
    expect(await p.getByTestId('count-created').locator('.count-value').innerText()).toBe('2')
    await p.getByRole('button', { name: /^Import 2/ }).click()
    await page.getByTestId('import-result').waitFor()
    expect(await s.invoke('statuses.list', {})).toMatchObject([{ platform: 'pdd', text: '待成团', status: 'unpaid' }])
    await app!.open('#/settings')
    const section = page.getByTestId('statuses-section')
    await section.getByRole('row').filter({ hasText: '待成团' }).waitFor()
    await section.getByRole('combobox', { name: '待成团 Means' }).selectOption('cancelled')
    await expect.poll(async () => (await s.invoke('statuses.list', {}))[0]?.status).toBe('cancelled')
  })

  it('imports Taobao’s order report and item report chosen together, and says what it joined', async () => {
    const { shop: s, page } = await openShop([['007-MUG', 5]])
    await app!.open('#/import')
    const orderNo = '2026112612345678901'
    await page.locator('input[type="file"]').setInputFiles([
      {
        name: 'ExportOrderList.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encode(csvText(TAOBAO_CLASSIC_HEADERS, [taobaoClassicRow({ orderNo })]), 'gb18030'))
      },
      {
        name: 'ExportOrderDetailList.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encode(csvText(TAOBAO_ITEM_HEADERS, [taobaoItemRow({ orderNo, code: '007-MUG', qty: '2' })]), 'gb18030'))
      }
    ])
    const p = await importPreview(page)
    expect(await page.getByTestId('import-file-name').innerText()).toBe('ExportOrderList.csv + ExportOrderDetailList.csv')
    expect(await p.getByTestId('import-join').innerText()).toContain('1 orders joined with their items')
    await p.getByRole('button', { name: /^Import 1/ }).click()
    await page.getByTestId('import-result').waitFor()
    const id = (await s.invoke('orders.list', { search: orderNo })).rows[0]!.id
    expect((await s.invoke('orders.get', { id })).lines.map((l) => [l.merchantCode, l.quantity])).toEqual([['007-MUG', 2]])
  })

  it('defines a bundle on the Inventory screen and shows where it is used', async () => {
    const { shop: s, page } = await openShop([
      ['A001', 3],
      ['B011', 3]
    ])
    await app!.open('#/inventory')
    await page.getByTestId('open-bundles').click()
    const dialog = page.getByTestId('bundles-dialog')
    await dialog.getByLabel('Bundle code').fill('SET-1')
    await dialog.getByLabel('Parts', { exact: true }).fill('A001x1, B011x2')
    await dialog.getByRole('button', { name: 'Save bundle' }).click()
    await dialog.getByTestId('bundles-table').getByRole('row').filter({ hasText: 'SET-1' }).waitFor()
    expect(await dialog.getByTestId('bundles-table').innerText()).toContain('B011 ×2')
    expect((await s.invoke('bundles.list', {}))[0]!.parts.map((p) => [p.merchantCode, p.quantity])).toEqual([
      ['A001', 1],
      ['B011', 2]
    ])
    // A wrong part is refused with a message, nothing saved.
    await dialog.getByLabel('Bundle code').fill('SET-2')
    await dialog.getByLabel('Parts', { exact: true }).fill('NOPE x1')
    await dialog.getByRole('button', { name: 'Save bundle' }).click()
    await dialog.getByText('No SKU with code “NOPE”.').waitFor()
    expect(await s.invoke('bundles.list', {})).toHaveLength(1)
  })

  it('flags a refund recorded on an order still to ship', async () => {
    const { shop: s, page } = await openShop([['BWB-500-WHT', 10]])
    const job = await importAndWait(s, {
      kind: 'orders',
      fileName: 'pdd.csv',
      bytes: pddCsv([{ orderNo: pddOrderNo(1), afterSale: '退款成功' }]),
      dryRun: false
    })
    expect(job.report).toMatchObject({ applied: true, refundsFlagged: 1 })
    await app!.open('#/orders')
    const flag = page.getByTestId('refund-flag').first()
    await flag.waitFor()
    expect(await flag.innerText()).toBe('Refund')
    expect(await flag.getAttribute('title')).toBe('Refund recorded — check before shipping')
    // The order itself says it in full.
    await page.getByRole('row').filter({ hasText: pddOrderNo(1) }).click()
    await expect.poll(() => page.getByTestId('refund-flag').allInnerTexts()).toContain('Refund recorded — check before shipping')
  })

  it('lists the sheets of a 千牛 workbook and reads only the one the merchant picks, or all of them again', async () => {
    const { page } = await openShop([['007-MUG', 5]])
    await app!.open('#/import')
    const bytes = readFileSync(join(__dirname, '../import/fixtures/qianniu-three-sheets.xlsx'))
    await page.locator('input[type="file"]').setInputFiles({ name: '千牛订单下载.xlsx', mimeType: 'application/octet-stream', buffer: bytes })
    let p = await importPreview(page)
    const picker = page.getByTestId('sheet-picker')
    await picker.waitFor()
    const select = picker.getByRole('combobox', { name: 'Sheet to read' })
    expect(await select.locator('option').allInnerTexts()).toEqual([
      'All sheets holding orders',
      '订单报表 — Taobao order report',
      '销售明细 — Taobao lines (宝贝/销售明细)',
      '发货报表 — not recognised'
    ])
    expect(await p.getByTestId('import-join').innerText()).toContain('2 orders joined with their items')
    await select.selectOption('销售明细')
    await expect.poll(async () => (await page.getByTestId('import-join').innerText().catch(() => '')).includes('have items but no order data yet')).toBe(true)
    expect(await select.inputValue()).toBe('销售明细')
    await select.selectOption('')
    p = await importPreview(page)
    await expect.poll(async () => (await page.getByTestId('import-join').innerText().catch(() => '')).includes('2 orders joined')).toBe(true)
  })

  it('when no sheet of a workbook is recognised, says so and lets the merchant point at the sheet with the orders', async () => {
    const { page } = await openShop([['007-MUG', 5]])
    await app!.open('#/import')
    const bytes = await writeXlsxFile([
      { sheet: '说明', data: [[{ value: '导出说明' }], [{ value: '本表由店铺助手导出' }]] },
      {
        sheet: '订单明细',
        data: [
          [{ value: '单号' }, { value: '编码' }, { value: '件数' }],
          [{ value: 'X-0001' }, { value: '007-MUG' }, { value: '2' }]
        ]
      }
    ]).toBuffer()
    await page.locator('input[type="file"]').setInputFiles({ name: '店铺助手.xlsx', mimeType: 'application/octet-stream', buffer: bytes })
    const picker = page.getByTestId('sheet-picker')
    await picker.getByTestId('sheet-none-known').waitFor()
    const mapping = page.getByTestId('column-mapping')
    await mapping.waitFor()
    expect(await mapping.innerText()).toContain('导出说明')
    await picker.getByRole('combobox', { name: 'Sheet to read' }).selectOption('订单明细')
    await expect.poll(async () => (await mapping.innerText().catch(() => '')).includes('单号')).toBe(true)
    expect(await picker.getByTestId('sheet-none-known').count()).toBe(0)
  })

  it('a stock list with a 组合明细 column previews its bundles, names a bad part by row and column, and imports them', async () => {
    const { shop: s, page } = await openShop([])
    await app!.open('#/import')
    await page.getByRole('radio', { name: 'Stock list' }).check()
    await page.getByTestId('import-guide').getByText('A 组合明细 column').waitFor()
    const bad = '商家编码,商品名称,库存,组合明细\nA001,保温杯,10,\nB011,杯刷,20,\nSET-1,套装,,"A001x1, NOPE-9x2"\n'
    await page.locator('input[type="file"]').setInputFiles({ name: '库存表.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    let p = await importPreview(page)
    await p.getByText('Row 4, column “组合明细”: bundle SET-1 names “NOPE-9”').waitFor()
    const good = bad.replace('NOPE-9x2', 'B011x2')
    await page.locator('input[type="file"]').setInputFiles({ name: '库存表.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
    p = await importPreview(page)
    await p.getByTestId('import-join').getByText('Bundles (组合明细) in this list: 1 new, 0 changed, 0 unchanged.').waitFor()
    expect(await s.invoke('bundles.list', {})).toEqual([])
    await p.getByRole('button', { name: /^Import 2/ }).click()
    await page.getByTestId('import-result').waitFor()
    expect((await s.invoke('bundles.list', {})).map((b) => [b.code, b.parts.map((x) => `${x.merchantCode}x${x.quantity}`)])).toEqual([
      ['SET-1', ['A001x1', 'B011x2']]
    ])
  })
})
