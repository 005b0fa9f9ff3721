import { describe, expect, it } from 'vitest'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

describe('Orders', () => {
  it('lists the demo orders, finds one by order number, filters by status and opens its detail', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const status = await shop.invoke('shop.status', {})
    const target = (await shop.invoke('orders.list', { status: 'awaiting_shipment', limit: 1 })).rows[0]!
    const detail = await shop.invoke('orders.get', { id: target.id })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')
    await page.getByRole('navigation').getByRole('link', { name: '订单' }).click()

    const table = page.getByRole('table', { name: '订单列表' })
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${status.orders.toLocaleString('en-US')} 个订单`)
    expect(await table.getByRole('row').count()).toBeGreaterThan(5)

    // Search by order number: exactly that order, with its localised status and the buyer masked.
    await page.getByRole('searchbox', { name: '搜索订单' }).fill(target.orderNo)
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('共 1 个订单')
    const row = table.getByRole('row').filter({ hasText: target.orderNo })
    await expect.poll(() => row.locator('[data-col="status"]').innerText()).toBe('待发货')
    const masked = await row.locator('[data-col="buyer"]').innerText()
    expect(masked).toContain('*')
    expect(masked).not.toBe(target.buyerName)
    await expect.poll(() => row.locator('[data-col="promisedShipAt"]').innerText()).toMatch(/剩|已超时/)

    // The detail shows the lines and the buyer in full.
    await row.click()
    const panel = page.getByTestId('order-detail')
    await panel.getByRole('heading', { name: `订单 ${target.orderNo}` }).waitFor()
    const lines = panel.getByTestId('order-lines')
    expect(await lines.locator('tbody tr').count()).toBe(detail.lines.length)
    const firstLine = detail.lines[0]!
    expect(await lines.locator('tbody tr').first().innerText()).toContain(firstLine.merchantCode)
    await panel.getByText(detail.buyerName, { exact: true }).waitFor()
    if (detail.buyerPhone) await panel.getByText(detail.buyerPhone, { exact: true }).waitFor()
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })

    // Filter by status: only shipped orders, as many as the shop has.
    await page.getByRole('button', { name: '清空搜索' }).click()
    await page.getByRole('group', { name: '订单状态' }).getByRole('button', { name: /^已发货/ }).click()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${status.ordersByStatus.shipped.toLocaleString('en-US')} 个订单`)
    const statuses = await table.locator('[data-col="status"]').allInnerTexts()
    expect(statuses.length).toBeGreaterThan(0)
    expect(new Set(statuses)).toEqual(new Set(['已发货']))

    // And by platform on top of it.
    await page.getByLabel('平台').selectOption('pdd')
    const pdd = (await shop.invoke('orders.list', { status: 'shipped', platform: 'pdd', limit: 1 })).total
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${pdd.toLocaleString('en-US')} 个订单`)
  })
})
