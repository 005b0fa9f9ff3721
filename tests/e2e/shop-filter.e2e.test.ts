// Issue #16 point 1 in the browser, on the demo shop (two Pinduoduo shops and one per
// other platform sharing one stock room): the one shop picker in the sidebar narrows
// Orders, the queue and the review to one shop, says so in a strip, is remembered,
// and "show all shops" brings every order back. With one shop there is no picker.
import { describe, expect, it } from 'vitest'
import { DEMO_SECOND_PDD } from '../../src/main/core/demo/shops'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const n = (x: number): string => x.toLocaleString('en-US')

describe('Shop filter', () => {
  it('narrows Orders, the queue and the review to the chosen shop, shows that a filter is on, and remembers it', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const status = await shop.invoke('shop.status', {})
    const second = (await shop.invoke('shops.list', {})).find((s) => s.name === DEMO_SECOND_PDD)!
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
    const { page } = app
    await app.open('#/orders')
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${n(status.orders)} 个订单`)
    expect(await page.getByTestId('shop-filter-banner').count()).toBe(0)

    const picker = page.getByTestId('shop-picker').getByLabel('店铺')
    expect(await picker.locator('option').first().innerText()).toBe('全部店铺')
    await picker.selectOption(String(second.id))
    await page.getByTestId('shop-filter-banner').waitFor()
    expect(await page.getByTestId('shop-filter-banner').innerText()).toContain(`拼多多 · ${DEMO_SECOND_PDD}`)
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${n(second.orders)} 个订单`)
    const shops = await page.getByRole('table', { name: '订单列表' }).locator('[data-col="shop"]').allInnerTexts()
    expect(shops.filter((s) => s !== '店铺').length).toBeGreaterThan(3)
    expect(shops.every((s) => s === '店铺' || s === DEMO_SECOND_PDD)).toBe(true)

    // The queue lists only that shop's cases.
    await page.getByRole('navigation').getByRole('link', { name: '取消队列' }).click()
    const cases = (await shop.invoke('queue.list', { shopId: second.id, limit: 1000 })).rows
    expect(cases.length).toBeGreaterThan(0)
    const list = page.getByTestId('queue-list')
    await list.locator('[data-index="0"][data-case-id]').waitFor()
    expect(await list.locator('[data-index="0"]').getAttribute('data-order-no')).toBe(cases[0]!.orderNo)
    const shown = await list.locator('[data-order-no]').evaluateAll((els) => els.map((e) => e.getAttribute('data-order-no')))
    const mine = new Set(cases.map((c) => c.orderNo))
    expect(shown.every((o) => mine.has(o!))).toBe(true)
    expect(await list.locator('[data-index="0"]').getByTestId('shop-tag').innerText()).toBe(DEMO_SECOND_PDD)
    expect(await page.getByTestId('shop-filter-banner').count()).toBe(1)

    // Remembered: a new page of the app opens on the same shop.
    await page.reload()
    await page.getByTestId('shop-filter-banner').waitFor()
    expect(await page.getByTestId('shop-picker').getByLabel('店铺').inputValue()).toBe(String(second.id))

    // Alerts: the shop's own short orders, and a note that stock alerts are the shared stock's.
    await page.getByRole('navigation').getByRole('link', { name: '预警' }).click()
    const alerts = await shop.invoke('engine.alerts', { shopId: second.id })
    const whole = await shop.invoke('engine.alerts', {})
    expect(alerts.summary.shortOrders).toBeLessThan(whole.summary.shortOrders)
    await expect.poll(() => page.getByTestId('card-short-orders').locator('.card-value').innerText()).toBe(n(alerts.summary.shortOrders))
    await page.getByTestId('stock-shared-note').waitFor()

    // The review counts that shop's cases only.
    await page.getByRole('navigation').getByRole('link', { name: '复盘' }).click()
    const onlySecond = await shop.invoke('review.data', { shopId: second.id })
    const all = await shop.invoke('review.data', {})
    expect(onlySecond.summary.cases).toBeLessThan(all.summary.cases)
    await page.getByTestId('review-summary').waitFor()

    // Show all shops: the strip goes and every order is back.
    await page.getByTestId('shop-filter-banner').getByRole('button', { name: '显示全部店铺' }).click()
    expect(await page.getByTestId('shop-filter-banner').count()).toBe(0)
    await page.getByRole('navigation').getByRole('link', { name: '订单' }).click()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${n(status.orders)} 个订单`)
  })

  it('shows no picker while the shop has a single shop, and shows it on the next screen once a second shop exists (English)', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    await shop.invoke('shops.add', { platform: 'pdd', name: 'Only shop' })
    await app.open('#/orders')
    await app.page.getByTestId('result-count').waitFor()
    expect(await app.page.getByTestId('shop-picker').count()).toBe(0)
    await shop.invoke('shops.add', { platform: 'taobao', name: 'Second shop' })
    await app.page.getByRole('navigation').getByRole('link', { name: 'Alerts' }).click()
    const picker = app.page.getByTestId('shop-picker').getByLabel('Shop')
    await picker.waitFor()
    expect(await picker.locator('option').allInnerTexts()).toEqual(['All shops', 'Pinduoduo · Only shop', 'Taobao · Second shop'])
  })
})
