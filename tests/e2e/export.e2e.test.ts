import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

/** Clicks Export → format on the screen's menu and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, testId: string, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.getByTestId(testId)
  await menu.getByRole('button', { name: /导出|Export/ }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: format }).click()])
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

/** Data lines of a CSV whose cells hold no line breaks (true of these lists). */
const dataLines = (csv: string): string[] => csv.split('\r\n').slice(1).filter((l) => l !== '')

describe('Export', () => {
  it('exports the filtered orders as CSV for Excel (UTF-8 with BOM, Chinese headers) and as XLSX', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const status = await shop.invoke('shop.status', {})
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/orders')
    await page.getByRole('group', { name: '订单状态' }).getByRole('button', { name: /^待发货/ }).click()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${status.ordersByStatus.awaiting_shipment.toLocaleString('en-US')} 个订单`)

    const csv = await exportAs(page, 'orders-export', /^CSV/)
    expect(csv.name).toMatch(/^orders-\d+\.csv$/)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = csv.bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe(
      '平台,订单号,订单状态,付款时间,商家编码,SKU/商品名称,规格,数量,商品金额（元）,订单实付（元）,买家留言,商家备注,库存状态,承诺发货时间,剩余小时,建议处理'
    )
    // The export follows the screen's filter: only orders awaiting shipment, one row per order line.
    const lines = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1)
    expect(new Set(lines.map((l) => l[1])).size).toBe(status.ordersByStatus.awaiting_shipment)
    expect(lines.every((l) => l[2] === '待发货')).toBe(true)
    await page.getByText(`已导出 ${lines.length} 行`).waitFor()

    const xlsx = await exportAs(page, 'orders-export', /^Excel/)
    expect(xlsx.name).toMatch(/^orders-\d+\.xlsx$/)
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('exports the inventory with its filter, in the UI language, as CSV and XLSX', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const out = (await shop.invoke('products.list', { filter: 'out_of_stock', limit: 1 })).total
    await shop.invoke('settings.update', { language: 'en' })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/inventory')
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Out of stock' }).click()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`${out} SKU${out === 1 ? '' : 's'}`)

    const csv = await exportAs(page, 'inventory-export', /^CSV/)
    expect(csv.name).toMatch(/^products-\d+\.csv$/)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = csv.bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe('Merchant code,Name,Spec,On hand,Waiting (open orders),Safety stock,Supplier,Lead time (days),Unit cost,Price')
    expect(dataLines(text)).toHaveLength(out)

    const xlsx = await exportAs(page, 'inventory-export', /^Excel/)
    expect(xlsx.name).toMatch(/^products-\d+\.xlsx$/)
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('exports the inventory with Chinese headers that the stock-list import reads back', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/inventory')
    await page.getByTestId('result-count').waitFor()
    const csv = await exportAs(page, 'inventory-export', /^CSV/)
    const text = csv.bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe('商家编码,商品名称,规格,现有库存,待发货占用,安全库存,供应商,采购周期(天),成本价(元),售价(元)')

    // Round trip: every column is recognised and every counted quantity equals the shop's.
    let job = await shop.invoke('import.start', { kind: 'stock', fileName: csv.name, bytes: new Uint8Array(csv.bytes), dryRun: true })
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20))
      job = await shop.invoke('import.job', { jobId: job.jobId })
    }
    const report = job.report!
    expect(report).toMatchObject({ blocked: false, created: 0, skipped: 0, errors: [] })
    expect(report.unchanged + report.updated).toBe((await shop.invoke('shop.status', {})).skus)
    expect(report.changes.flatMap((c) => c.changes).filter((c) => c.field === 'onHand')).toEqual([])
  })
})
