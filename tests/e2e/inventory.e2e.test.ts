import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const onHandInDetail = (page: Page): Locator => page.getByTestId('product-detail').getByTestId('detail-on-hand')
const rowFor = (page: Page, code: string): Locator =>
  page.getByRole('table', { name: /SKU/ }).getByRole('row').filter({ has: page.locator('[data-col="merchantCode"]', { hasText: code }) })

async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.innerText()).replace(/[^\d-]/g, '')
  return Number(text)
}

async function openSku(page: Page, code: string): Promise<void> {
  await page.getByRole('searchbox', { name: '搜索 SKU' }).fill(code)
  await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('共 1 个 SKU')
  await rowFor(page, code).click()
  await page.getByTestId('product-detail').getByRole('heading').first().waitFor()
}

describe('Inventory', () => {
  it('loads the demo shop from the empty home screen, records a receive, a count and a refused negative adjust', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')

    await page.getByRole('heading', { name: '欢迎使用缺货工作台' }).waitFor()
    await page.getByRole('button', { name: '加载演示店铺' }).click()
    await page.getByTestId('card-skus').waitFor()
    const status = await shop.invoke('shop.status', {})
    expect(status.skus).toBeGreaterThan(150)
    expect(status.skus).toBeLessThan(300)

    await page.getByRole('navigation').getByRole('link', { name: '库存' }).click()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`共 ${status.skus} 个 SKU`)
    expect(await page.getByRole('table', { name: 'SKU 列表' }).getByRole('row').count()).toBeGreaterThan(5)

    // A SKU with stock, so the count and the negative adjust below mean something.
    const { rows } = await shop.invoke('products.list', { filter: 'all', sort: 'onHand', dir: 'desc', limit: 1 })
    const sku = rows[0]!
    await openSku(page, sku.merchantCode)
    const before = await numberIn(onHandInDetail(page))
    expect(before).toBe(sku.onHand)
    const movementsBefore = (await shop.invoke('stock.movements', { productId: sku.id })).total

    // Receive +7 with a reason; a double click on the button still records once.
    await page.getByRole('button', { name: '记录库存变动' }).click()
    const dialog = page.getByRole('dialog', { name: '记录库存变动' })
    await expect.poll(() => dialog.getByRole('radio', { name: '入库' }).isChecked()).toBe(true)
    await dialog.getByLabel('入库数量').fill('7')
    await dialog.getByLabel('原因（选填）').fill('供应商到货 E2E')
    await expect.poll(() => dialog.getByTestId('move-preview-after').innerText()).toBe(String(before + 7))
    await dialog.getByRole('button', { name: '记录变动' }).dblclick()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => numberIn(onHandInDetail(page))).toBe(before + 7)
    await expect.poll(() => numberIn(rowFor(page, sku.merchantCode).locator('[data-col="onHand"]'))).toBe(before + 7)
    expect((await shop.invoke('stock.movements', { productId: sku.id })).total).toBe(movementsBefore + 1)
    await expect.poll(() => page.getByTestId('movement-history').locator('tbody tr').first().innerText()).toContain('供应商到货 E2E')
    await expect.poll(() => page.getByTestId('movement-history').locator('tbody tr').first().innerText()).toContain('+7')

    // Count: the shelf holds 5; the change is shown before saving and recorded after.
    await page.getByRole('button', { name: '记录库存变动' }).click()
    await dialog.getByRole('radio', { name: '盘点' }).check()
    await dialog.getByLabel('盘点实数').fill('5')
    await expect.poll(() => dialog.innerText()).toContain(`−${before + 7 - 5}`)
    await dialog.getByLabel('盘点实数').press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => numberIn(onHandInDetail(page))).toBe(5)
    await expect.poll(() => numberIn(rowFor(page, sku.merchantCode).locator('[data-col="onHand"]'))).toBe(5)

    // Adjust needs a reason, and one that would go below zero is refused with the numbers.
    await page.getByRole('button', { name: '记录库存变动' }).click()
    await dialog.getByRole('radio', { name: '调整' }).check()
    await dialog.getByLabel('变动数量（+ 或 −）').fill('-999')
    await dialog.getByRole('button', { name: '记录变动' }).click()
    await dialog.getByText('调整库存需要填写原因。').waitFor()
    await dialog.getByRole('button', { name: '破损' }).click()
    await dialog.getByRole('button', { name: '记录变动' }).click()
    await dialog.getByRole('alert').filter({ hasText: '库存不足：现有 5，本次变动 -999。库存不能小于零。' }).waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await numberIn(onHandInDetail(page))).toBe(5)
    expect((await shop.invoke('products.get', { id: sku.id })).onHand).toBe(5)
    expect((await shop.invoke('stock.movements', { productId: sku.id })).total).toBe(movementsBefore + 2)

    // Esc closes the detail panel too.
    await page.keyboard.press('Escape')
    await page.getByTestId('product-detail').waitFor({ state: 'detached' })
  })

  it('adds a SKU with validation at the fields, then edits it', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const existing = (await shop.invoke('products.list', { limit: 2 })).rows
    const suppliers = await shop.invoke('suppliers.list', {})
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/inventory')
    await page.getByTestId('result-count').waitFor()

    await page.getByRole('button', { name: 'Add SKU' }).click()
    const form = page.getByRole('dialog', { name: 'Add SKU' })
    // Empty name and a price with three decimals are caught before anything is sent.
    await form.getByLabel('Merchant code').fill(existing[0]!.merchantCode)
    await form.getByLabel('Price').fill('12.345')
    await form.getByRole('button', { name: 'Add SKU' }).click()
    await form.getByText('Please fill in Name.').waitFor()
    await form.getByText('At most two decimal places (fen).').waitFor()

    // A taken merchant code comes back from the core and lands on its field.
    await form.getByLabel('Name').fill('E2E kettle')
    await form.getByLabel('Spec').fill('1.5L steel')
    await form.getByLabel('Price').fill('12.5')
    await form.getByLabel('Unit cost').fill('3.33')
    await form.getByLabel('Safety stock').fill('4')
    await form.getByLabel('Supplier').selectOption(String(suppliers[0]!.id))
    await form.getByLabel('Name').press('Enter')
    await form.getByText(`Merchant code “${existing[0]!.merchantCode}” is already used by another product.`).waitFor()
    expect(await form.getByLabel('Merchant code').getAttribute('aria-invalid')).toBe('true')

    await form.getByLabel('Merchant code').fill('E2E-KETTLE-15')
    await form.getByPlaceholder('Find a SKU to add as a substitute').fill(existing[1]!.merchantCode)
    await form.getByRole('button', { name: `Add ${existing[1]!.merchantCode} as a substitute` }).click()
    await form.getByRole('button', { name: `Remove ${existing[1]!.merchantCode}` }).waitFor()
    await form.getByRole('button', { name: 'Add SKU' }).click()
    await form.waitFor({ state: 'detached' })

    const detail = page.getByTestId('product-detail')
    await detail.getByRole('heading', { name: 'E2E kettle' }).waitFor()
    await detail.getByText(existing[1]!.merchantCode).waitFor()
    const created = (await shop.invoke('products.list', { search: 'E2E-KETTLE-15' })).rows[0]!
    expect(created).toMatchObject({ name: 'E2E kettle', spec: '1.5L steel', priceFen: 1250, unitCostFen: 333, safetyStock: 4, supplierId: suppliers[0]!.id, onHand: 0 })
    expect((await shop.invoke('products.get', { id: created.id })).substitutes.map((s) => s.id)).toEqual([existing[1]!.id])

    await detail.getByRole('button', { name: 'Edit SKU' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit SKU E2E-KETTLE-15' })
    expect(await edit.getByLabel('Merchant code').getAttribute('readonly')).not.toBeNull()
    expect(await edit.getByLabel('Price').inputValue()).toBe('12.50')
    await edit.getByLabel('Name').fill('E2E kettle v2')
    await edit.getByLabel('Price').fill('19.90')
    await edit.getByLabel('Lead time').fill('3')
    await edit.getByRole('button', { name: `Remove ${existing[1]!.merchantCode}` }).click()
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await edit.waitFor({ state: 'detached' })
    await detail.getByRole('heading', { name: 'E2E kettle v2' }).waitFor()

    const updated = await shop.invoke('products.get', { id: created.id })
    expect(updated).toMatchObject({ name: 'E2E kettle v2', priceFen: 1990, ownLeadTimeDays: 3, substitutes: [] })
    await page.getByRole('searchbox', { name: 'Search SKUs' }).fill('E2E-KETTLE')
    await expect.poll(() => rowFor(page, 'E2E-KETTLE-15').locator('[data-col="name"]').innerText()).toBe('E2E kettle v2')
    await expect.poll(() => rowFor(page, 'E2E-KETTLE-15').locator('[data-col="price"]').innerText()).toBe('¥19.90')
  })
})
