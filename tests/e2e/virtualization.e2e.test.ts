import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addBulkOrders } from '../../src/main/core/demo/bulk'
import { openAppPage, openShopDb, startHarness, type AppPage, type Harness, type ShopDb } from './harness'

let harness: Harness
let shop: ShopDb
let app: AppPage

const TARGET = 100_000

beforeAll(async () => {
  harness = await startHarness()
  shop = openShopDb()
  await shop.invoke('demo.load', {})
  const { orders } = await shop.invoke('shop.status', {})
  addBulkOrders(shop.ctx, { count: TARGET - orders, seed: 7 })
})
afterAll(async () => {
  const problems = app?.problems ?? []
  await app?.close()
  shop?.close()
  await harness?.close()
  expect(problems).toEqual([])
})

describe('Orders table virtualization', () => {
  it('renders only a window of 100,000 orders and shows the last rows when scrolled to the bottom', async () => {
    const total = (await shop.invoke('shop.status', {})).orders
    expect(total).toBeGreaterThanOrEqual(TARGET * 0.99)
    const last = (await shop.invoke('orders.list', { offset: total - 1, limit: 1 })).rows[0]!

    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/orders')
    const table = page.getByRole('table', { name: 'Orders list' })
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`${total.toLocaleString('en-US')} orders`)
    await table.locator('[data-col="orderNo"]').first().waitFor()
    const rowsAtTop = await table.getByRole('row').count()
    expect(rowsAtTop).toBeGreaterThan(5)
    expect(rowsAtTop).toBeLessThan(200)

    await table.locator('.vt-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight
    })
    const lastRow = table.locator(`[role="row"][aria-rowindex="${total + 1}"]`)
    await expect.poll(() => lastRow.locator('[data-col="orderNo"]').innerText(), { timeout: 20_000 }).toBe(last.orderNo)
    const rowsAtBottom = await table.getByRole('row').count()
    expect(rowsAtBottom).toBeLessThan(200)
    expect(await table.getAttribute('aria-rowcount')).toBe(String(total + 1))
  })
})
