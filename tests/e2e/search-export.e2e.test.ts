// Issue 14 point 4, end to end: search that matches code, title and buyer in every
// view, and export from any filtered view (the 缺货 list included).
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

const n = (x: number): string => x.toLocaleString('en-US')

/** A short order of the demo shop and its first line's code and title. */
async function shortLine(s: ShopDb) {
  const t = await s.invoke('engine.triage', { state: 'short', limit: 1 })
  const o = await s.invoke('orders.get', { id: t.rows[0]!.orderId })
  const l = o.lines[0]!
  return { orderNo: o.orderNo, code: l.merchantCode, title: l.title.slice(0, 4), productId: l.productId! }
}

async function exportCsv(page: Page, testId: string): Promise<string[][]> {
  const menu = page.getByTestId(testId)
  await menu.getByRole('button', { name: /导出|Export/ }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: /^CSV/ }).click()])
  const text = readFileSync((await download.path())!)
    .subarray(3)
    .toString('utf8')
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data
}

describe('Finding and exporting', () => {
  it('待发货 finds orders by merchant code and title; the 缺货 view exports its orders line by line', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    await shop.invoke('engine.recompute', {})
    const l = await shortLine(shop)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/orders')
    await page
      .getByRole('group', { name: '订单状态' })
      .getByRole('button', { name: /^待发货/ })
      .click()
    const box = page.getByRole('searchbox', { name: '搜索订单' })
    for (const text of [l.code, l.title]) {
      const expected = (await shop.invoke('engine.triage', { search: text, limit: 1 })).total
      expect(expected).toBeGreaterThan(0)
      await box.fill(text)
      await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${n(expected)} 个订单`)
    }
    await page.getByTestId('orders-table').getByText(l.orderNo).waitFor()

    await box.fill('')
    await page.getByRole('group', { name: '库存状态' }).getByRole('button', { name: /^缺货/ }).click()
    const short = await shop.invoke('engine.triage', { state: 'short', limit: 1000 })
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${n(short.total)} 个订单`)
    const button = page.getByTestId('orders-export').getByRole('button', { name: /导出/ })
    expect(await button.isEnabled()).toBe(true)
    const rows = await exportCsv(page, 'orders-export')
    expect(rows[0]).toEqual([
      '平台',
      '订单号',
      '订单状态',
      '付款时间',
      '商家编码',
      'SKU/商品名称',
      '规格',
      '数量',
      '商品金额（元）',
      '订单实付（元）',
      '买家留言',
      '商家备注',
      '库存状态',
      '承诺发货时间',
      '剩余小时',
      '建议处理'
    ])
    expect([...new Set(rows.slice(1).map((r) => r[1]))]).toEqual(short.rows.map((r) => r.orderNo))
    expect(rows.slice(1).some((r) => r[12] === '缺货')).toBe(true)
  })

  it('Incoming and Reorder have a search by SKU code', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const all = await shop.invoke('incoming.list', { status: 'open', limit: 1000 })
    const code = all.rows[0]!.merchantCode
    const found = await shop.invoke('incoming.list', { status: 'open', search: code, limit: 1 })
    expect(found.total).toBeLessThan(all.total)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/incoming')
    await page.getByRole('searchbox', { name: '搜索到货记录' }).fill(code)
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${n(found.total)} 批`)

    const plan = await shop.invoke('engine.reorder', {})
    const sku = plan.groups[0]!.lines[0]!.merchantCode
    const matching = (await shop.invoke('engine.reorder', { search: sku })).groups.flatMap((g) => g.lines)
    await app.open('#/reorder')
    await page.getByRole('searchbox', { name: '搜索补货建议' }).fill(sku)
    await expect.poll(() => page.getByTestId('suggested-qty').count()).toBe(matching.length)
    await page.getByTestId('reorder-group').getByText(sku, { exact: true }).first().waitFor()
  })

  it('the queue search finds a case by SKU code, and the SKU filter narrows the list and its counts', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    await shop.invoke('engine.recompute', {})
    const l = await shortLine(shop)
    const sku = (await shop.invoke('products.get', { id: l.productId })).merchantCode
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/queue')
    await page.getByRole('searchbox', { name: '搜索订单' }).fill(sku)
    await page.getByTestId('queue-list').getByText(l.orderNo).waitFor()
    await page.getByRole('searchbox', { name: '搜索订单' }).fill('')

    await page.getByRole('textbox', { name: 'SKU' }).fill('NO-SUCH-SKU')
    await page.getByRole('button', { name: '筛选' }).click()
    await page.getByText('没有编码为“NO-SUCH-SKU”的SKU。').waitFor()
    await page.getByRole('textbox', { name: 'SKU' }).fill(sku)
    await page.getByRole('button', { name: '筛选' }).click()
    await page.getByTestId('queue-sku-filter').getByText(`含 SKU ${sku} 的案例`).waitFor()
    const counts = await shop.invoke('queue.counts', { productId: l.productId })
    await expect.poll(() => page.getByTestId('queue-summary').innerText()).toMatch(new RegExp(`^${counts.open} 个待处理`))
    await page.getByTestId('queue-list').getByText(l.orderNo).waitFor()
  })

  it('the review narrows every chart to the cases whose order matches the search', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const one = (await shop.invoke('review.cases', { days: 30, limit: 1 })).rows[0]!
    const data = await shop.invoke('review.data', { days: 30, search: one.orderNo })
    expect(data.summary.cases).toBe(1)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/review')
    await page.getByRole('searchbox', { name: '搜索案例' }).fill(one.orderNo)
    await expect.poll(() => page.getByTestId('review-range').innerText()).toContain(`包含“${one.orderNo}”`)
    await expect.poll(() => page.getByTestId('stat-cases').innerText()).toMatch(/(^|\D)1(\D|$)/)
  })
})
