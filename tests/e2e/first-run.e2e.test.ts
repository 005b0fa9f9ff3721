// Issue 14, point 2: the first-run path for real data (stock list → orders → alerts,
// with every unknown code added in one step) and the way out of the demo shop.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ORDERS, STOCK } from '../first-run/helpers'
import { importAndWait, openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) })
}

/** The preview, once the check has finished (no progress bar left). */
async function preview(page: Page) {
  const p = page.getByTestId('import-preview')
  await p.waitFor()
  await page.getByTestId('import-progress').waitFor({ state: 'detached' })
  return p
}

const checkedKind = (page: Page): Promise<string> => page.locator('input[name="import-kind"]:checked').inputValue()

describe('First run', () => {
  it('walks an empty shop through stock list, orders with unknown codes added all at once, and the alerts', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')

    // Three steps, none done; the demo is offered while the shop is empty.
    const welcome = page.getByTestId('first-run')
    await welcome.getByRole('heading', { name: '欢迎使用缺货工作台' }).waitFor()
    for (const n of [1, 2, 3]) expect(await page.getByTestId(`first-run-step-${n}`).getAttribute('data-done')).toBe('no')
    expect(await welcome.getByRole('button', { name: '加载演示店铺' }).isVisible()).toBe(true)

    // Step 2's link opens Import on order exports, and says the stock list first gives accurate stock.
    await welcome.getByRole('link', { name: '导入订单' }).click()
    await page.getByTestId('import-guide').waitFor()
    expect(await checkedKind(page)).toBe('orders')
    const hint = page.getByTestId('orders-first-hint')
    expect(await hint.innerText()).toContain('先导入库存表')
    // Step 1's link, back on the welcome, opens Import on stock lists.
    await app.open('#/alerts')
    await page.getByTestId('first-run-link-1').click()
    await page.getByTestId('import-guide').waitFor()
    expect(await checkedKind(page)).toBe('stock')
    expect(await page.getByTestId('orders-first-hint').count()).toBe(0)

    await chooseFile(page, 'stock.csv', STOCK)
    await (await preview(page)).getByRole('button', { name: /^导入/ }).click()
    await page.getByTestId('import-result').waitFor()
    expect((await shop.invoke('shop.status', {})).skus).toBe(2)
    expect(await page.getByTestId('import-next-step').getAttribute('href')).toBe('#/import?kind=orders')

    // Step 1 done, step 2 next.
    await app.open('#/alerts')
    await page.getByTestId('first-run').waitFor()
    expect(await page.getByTestId('first-run-step-1').getAttribute('data-done')).toBe('yes')
    expect(await page.getByTestId('first-run-step-1').innerText()).toContain('店铺里有 2 个 SKU')
    expect(await page.getByTestId('first-run-step-2').getAttribute('data-done')).toBe('no')
    expect(await page.getByTestId('first-run').getByRole('button', { name: '加载演示店铺' }).count()).toBe(0)

    // Orders whose two codes the stock list lacks: one button adds both, and the file then has none unknown.
    await page.getByTestId('first-run-link-2').click()
    await page.getByTestId('import-guide').waitFor()
    expect(await page.getByTestId('orders-first-hint').count()).toBe(0)
    await chooseFile(page, 'orders.csv', ORDERS)
    let p = await preview(page)
    await p.getByTestId('import-unknown').waitFor()
    await p.getByRole('button', { name: '把全部 2 个编码新建为 SKU' }).click()
    await p.getByTestId('import-unknown').waitFor({ state: 'detached' })
    p = await preview(page)
    expect(await shop.invoke('products.byCode', { merchantCode: 'TEA-01' })).toMatchObject({ name: '西湖龙井 礼盒', spec: '250g', onHand: 0 })
    await p.getByRole('button', { name: /^导入/ }).click()
    await page.getByTestId('import-result').waitFor()
    expect((await shop.invoke('shop.status', {})).orders).toBe(4)

    // Step 3: the alerts, with the orders that cannot ship (TEA-01 and MUG-02 have no stock).
    await page.getByTestId('import-next-step').getByText('查看预警').click()
    await page.getByTestId('card-short-orders').waitFor()
    expect(await page.getByTestId('first-run').count()).toBe(0)
    expect(await page.getByTestId('card-short-orders').locator('.card-value').innerText()).toBe('3')
  })

  it('marks the demo shop, and "start my own shop" sets it aside as a listed backup and shows the empty welcome', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    // A file imported into the demo would go with it: the dialog says so and asks.
    expect((await importAndWait(shop, { kind: 'stock', fileName: 'stock.csv', bytes: STOCK, dryRun: false })).report?.applied).toBe(true)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/inventory')

    // The marker is on every screen while the shop holds the demo.
    const banner = page.getByTestId('demo-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('Demo data')
    await banner.getByRole('button', { name: 'Start my own shop' }).click()
    const dialog = page.getByTestId('start-own-dialog')
    expect(await dialog.innerText()).toContain('Settings › Data')
    expect(await dialog.innerText()).toContain('1 file was imported into the demo shop')
    // Without the tick the core refuses, says why, and nothing changes.
    await dialog.getByRole('button', { name: 'Set the demo aside and start' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'confirm that you understand' }).waitFor()
    expect((await shop.invoke('shop.status', {})).demo).toEqual({ importedFiles: 1 })
    expect(await shop.invoke('backups.list', {})).toEqual([])
    await dialog.getByRole('checkbox', { name: 'I understand: set the imported files aside with the demo' }).check()
    await dialog.getByRole('button', { name: 'Set the demo aside and start' }).click()
    await dialog.waitFor({ state: 'detached' })

    await page.getByTestId('first-run').waitFor()
    expect(await page.getByTestId('demo-banner').count()).toBe(0)
    expect(await page.getByTestId('first-run').getByRole('button', { name: 'Load demo shop' }).isVisible()).toBe(true)
    expect(await shop.invoke('shop.status', {})).toMatchObject({ isEmpty: true, demo: null })

    // The demo is in Settings › Data, as a backup of its own kind.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
    const list = page.getByTestId('backup-list')
    await list.waitFor()
    expect(await list.getByRole('row').filter({ hasText: 'Demo shop (set aside)' }).count()).toBe(1)
  })
})
