// Tell the supplier (issue 16.4) in the browser: from Reorder, one supplier's
// purchase list with an adjusted quantity, its text copied, its print view, and
// recording it (double-clicked) as incoming stock that the suggestions then count.
import { describe, expect, it } from 'vitest'
import { insertOrder } from '../helpers/shop'
import { TEST_NOW } from '../helpers/clock'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

/** Two suppliers, two SKUs short from 华东包装 (one with a waiting order), one from 义乌日用. */
async function seed(s: ShopDb): Promise<void> {
  const supplier = (name: string, lead: number): number =>
    Number(
      s.db
        .prepare(`INSERT INTO suppliers (name, contact, lead_time_days, note, created_at) VALUES (?, '', ?, '', ?)`)
        .run(name, lead, TEST_NOW.toISOString()).lastInsertRowid
    )
  const east = supplier('华东包装', 5)
  const yiwu = supplier('义乌日用', 10)
  const bottle = await s.invoke('products.create', {
    merchantCode: 'BWB-500-WHT',
    name: '保温杯',
    spec: '500ml 白色',
    safetyStock: 2,
    supplierId: east
  })
  await s.invoke('products.create', {
    merchantCode: 'MUG-01',
    name: '马克杯',
    spec: '350ml',
    safetyStock: 4,
    supplierId: east,
    leadTimeDays: 3
  })
  await s.invoke('products.create', { merchantCode: 'BAG-02', name: '帆布袋', spec: '大号', safetyStock: 1, supplierId: yiwu })
  insertOrder(s.db, {
    orderNo: 'PDD-1',
    platform: 'pdd',
    status: 'awaiting_shipment',
    paidFen: 1000,
    paidAt: new Date(TEST_NOW.getTime() - 3_600_000).toISOString(),
    promisedShipAt: new Date(TEST_NOW.getTime() + 12 * 3_600_000).toISOString(),
    lines: [{ productId: bottle.id, merchantCode: 'BWB-500-WHT', quantity: 3 }]
  })
  await s.invoke('engine.recompute', {})
}

describe('tell the supplier', () => {
  it('builds a supplier’s purchase list from Reorder, copies and prints it, and records it once as incoming stock', async () => {
    shop = openShopDb()
    await seed(shop)
    const bottleQty = (await shop.invoke('engine.reorder', {})).groups
      .flatMap((g) => g.lines)
      .find((l) => l.merchantCode === 'BWB-500-WHT')!.suggestedQty.value
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl.replace(/\/$/, '') })
    const { page } = app
    await app.open('#/reorder')
    await page.getByRole('button', { name: 'Purchase list for 华东包装' }).click()
    const dialog = page.getByTestId('purchase-dialog')
    const text = dialog.getByTestId('purchase-text')
    await expect.poll(() => text.inputValue()).toContain(`1. BWB-500-WHT 保温杯 500ml 白色 × ${bottleQty}, expected by 2026-12-01`)
    expect(await text.inputValue()).toContain('Supplier: 华东包装')

    // A bad quantity is flagged and blocks recording; a good one changes the text and the total.
    const mug = dialog.getByRole('textbox', { name: 'Quantity of MUG-01' })
    await mug.fill('-2')
    await expect.poll(() => dialog.getByText('The quantity of MUG-01 must be a whole number').count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Record as incoming stock' }).isDisabled()).toBe(true)
    await mug.fill('7')
    await expect.poll(() => text.inputValue()).toContain('2. MUG-01 马克杯 350ml × 7, expected by 2026-11-29')
    expect(await text.inputValue()).toContain(`Total: 2 items, ${bottleQty + 7} units`)

    // The supplier reads Chinese: the text switches language.
    await dialog.getByRole('combobox', { name: 'Language of the list' }).selectOption('zh-CN')
    await expect.poll(() => text.inputValue()).toContain('2. MUG-01 马克杯 350ml × 7 件，预计 2026-11-29 到货')
    await page.screenshot({ path: '/tmp/purchase-en.png' })

    await dialog.getByRole('button', { name: 'Copy text' }).click()
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(await text.inputValue())

    // Print: the button asks the browser to print; on paper only the sheet shows, with every line.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed++ }')
    await dialog.getByRole('button', { name: 'Print' }).click()
    expect(await page.evaluate('window.printed')).toBe(1)
    await page.emulateMedia({ media: 'print' })
    const sheet = page.getByTestId('purchase-print')
    expect(await sheet.isVisible()).toBe(true)
    expect(await sheet.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/1\s+BWB-500-WHT\s+保温杯\s+500ml 白色\s+\d+\s+2026-12-01/),
      expect.stringMatching(/2\s+MUG-01\s+马克杯\s+350ml\s+7\s+2026-11-29/)
    ])
    expect(await sheet.innerText()).toContain('供应商：华东包装')
    expect(await page.locator('.sidebar').isVisible()).toBe(false)
    expect(await text.isVisible()).toBe(false)
    await page.screenshot({ path: '/tmp/purchase-print.png' })
    await page.emulateMedia({ media: 'screen' })

    // Record, clicked twice: one delivery per line, once.
    await dialog.getByRole('button', { name: 'Record as incoming stock' }).dblclick()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Recorded 2 deliveries from 华东包装' }).count()).toBe(1)
    expect(await dialog.count()).toBe(0)
    expect((await shop.invoke('incoming.list', { status: null })).total).toBe(2)
    // The suggestion drops: nothing more to order from 华东包装, so its group has no purchase list button.
    await expect.poll(() => page.getByRole('button', { name: 'Purchase list for 华东包装' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Purchase list for 义乌日用' }).count()).toBe(1)

    await app.open('#/incoming')
    const table = page.getByTestId('incoming-table')
    await expect.poll(() => table.locator('[data-col="merchantCode"]').count()).toBe(2)
    const all = await table.innerText()
    expect(all).toContain('BWB-500-WHT')
    expect(all).toContain('MUG-01')
    // The note names the list, in the language the list was written in (Chinese, chosen above).
    expect(all).toMatch(/采购单 PO-20261126-[0-9a-f]{6}/)
  })

  it('shows the purchase list in Chinese when the app is in Chinese', async () => {
    shop = openShopDb()
    await seed(shop)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/reorder')
    await page.getByRole('button', { name: '义乌日用 的采购单' }).click()
    const text = page.getByTestId('purchase-text')
    await expect.poll(() => text.inputValue()).toContain('1. BAG-02 帆布袋 大号 × 1 件，预计 2026-12-06 到货')
    expect(await text.inputValue()).toContain('合计：1 款，共 1 件')
    await page.screenshot({ path: '/tmp/purchase-zh.png' })
  })
})
