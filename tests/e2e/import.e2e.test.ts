import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { pddCsv, type PddRow } from '../import-apply/pdd-csv'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

/** The columns of a recent Pinduoduo order export, in the order the back office writes them. */
const PDD_EXPORT = ['订单号', '订单状态', '商品数量(件)', '支付时间', '承诺发货时间', '商家编码-规格维度', '商品', '商品规格', '用户实付金额(元)', '售后状态']

const utf8Bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])

async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) })
}

/** The preview, once the check has finished (no progress bar left). */
async function preview(page: Page): Promise<Locator> {
  const p = page.getByTestId('import-preview')
  await p.waitFor()
  await page.getByTestId('import-progress').waitFor({ state: 'detached' })
  return p
}

const count = (scope: Locator, key: 'created' | 'updated' | 'unchanged' | 'skipped'): Promise<string> =>
  scope.getByTestId(`count-${key}`).locator('.count-value').innerText()

describe('Import', () => {
  it('previews a Pinduoduo export, links an unknown merchant code, imports it, and a second import of the same file changes nothing', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const [known, target] = (await shop.invoke('products.list', { limit: 2 })).rows
    const rows: PddRow[] = [
      { orderNo: '261126-900000000000001', code: known!.merchantCode, qty: 2, paid: '79.80' },
      { orderNo: '261126-900000000000002', code: 'E2E-MYSTERY-CUP', title: '神秘保温杯' },
      { orderNo: '261126-900000000000003', code: known!.merchantCode, status: '已发货，待签收' }
    ]
    const file = pddCsv(rows, { headers: PDD_EXPORT })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')
    await page.getByRole('navigation').getByRole('link', { name: '导入' }).click()
    await page.getByTestId('import-guide').waitFor()

    // Choosing the file starts the preview at once; nothing is written by it.
    await chooseFile(page, 'pdd-orders.csv', file)
    let p = await preview(page)
    expect(await p.getByTestId('import-source').innerText()).toBe('拼多多 · UTF-8 (BOM)')
    expect(await p.getByTestId('import-rows').innerText()).toBe('3')
    expect(await count(p, 'created')).toBe('3')
    expect(await count(p, 'skipped')).toBe('0')
    expect((await shop.invoke('orders.list', { search: '261126-9000' })).total).toBe(0)

    // The unknown code is listed with its title, and linked to an existing SKU by searching.
    const unknown = p.getByTestId('import-unknown')
    const row = unknown.getByRole('row').filter({ hasText: 'E2E-MYSTERY-CUP' })
    expect(await row.innerText()).toContain('神秘保温杯')
    await row.getByRole('button', { name: '对应到已有商品…' }).click()
    const dialog = page.getByTestId('map-sku-dialog')
    await dialog.getByRole('searchbox', { name: '按商家编码、名称或规格搜索' }).fill(target!.merchantCode)
    await dialog.getByRole('button', { name: new RegExp(`^${target!.merchantCode}`) }).click()
    await dialog.waitFor({ state: 'detached' })

    // The file is checked again: no unknown code is left.
    await expect.poll(() => page.getByTestId('import-unknown').count()).toBe(0)
    p = await preview(page)
    expect(await p.getByTestId('import-decision').innerText()).toContain('可以导入了')
    await p.getByRole('button', { name: '导入 3 个订单' }).click()

    const result = page.getByTestId('import-result')
    await result.waitFor()
    expect(await count(result, 'created')).toBe('3')
    expect(await result.getByTestId('import-shipments').innerText()).toBe('没有订单变为已发货，库存没有扣减。')
    await page.getByTestId('import-history').getByRole('row').filter({ hasText: 'pdd-orders.csv' }).first().waitFor()
    const mystery = (await shop.invoke('orders.list', { search: '261126-900000000000002' })).rows[0]!
    expect((await shop.invoke('orders.get', { id: mystery.id })).lines[0]).toMatchObject({ merchantCode: 'E2E-MYSTERY-CUP', productId: target!.id })

    // The imported order is on the Orders screen.
    await result.getByRole('link', { name: '查看订单' }).click()
    await page.getByRole('searchbox', { name: '搜索订单' }).fill('261126-900000000000001')
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('共 1 个订单')
    await expect.poll(() => page.getByTestId('orders-table').locator('[data-col="status"]').first().innerText()).toBe('待发货')

    // The same file again: everything unchanged, and importing it records that and nothing else.
    await page.getByRole('navigation').getByRole('link', { name: '导入' }).click()
    await chooseFile(page, 'pdd-orders.csv', file)
    p = await preview(page)
    expect(await count(p, 'unchanged')).toBe('3')
    expect(await count(p, 'created')).toBe('0')
    expect(await p.getByTestId('import-decision').innerText()).toContain('这个文件里的内容店里都已经有了')
    await p.getByRole('button', { name: '导入 3 个订单' }).click()
    await result.waitFor()
    expect(await count(result, 'unchanged')).toBe('3')
    expect(await count(result, 'created')).toBe('0')
    expect(await page.getByTestId('import-history').locator('tbody tr').count()).toBe(2)
    expect((await shop.invoke('orders.list', { search: '261126-9000' })).total).toBe(3)
  })

  it('shows a bad amount with its row and column, imports the other rows when told to skip, and exports the skipped row', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const code = (await shop.invoke('products.list', { limit: 1 })).rows[0]!.merchantCode
    const file = pddCsv(
      [
        { orderNo: '261126-910000000000001', code },
        { orderNo: '261126-910000000000002', code, paid: '12,3O' },
        { orderNo: '261126-910000000000003', code }
      ],
      { headers: PDD_EXPORT }
    )
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/import')
    await chooseFile(page, 'orders-with-typo.csv', file)
    const p = await preview(page)
    expect(await count(p, 'skipped')).toBe('1')

    const problem = p.getByTestId('import-problems').locator('tbody tr').first()
    expect(await problem.locator('td').nth(0).innerText()).toBe('3')
    expect(await problem.locator('td').nth(1).innerText()).toBe('用户实付金额(元)')
    expect(await problem.locator('td').nth(2).innerText()).toBe(
      'Blocks import Row 3, column “用户实付金额(元)”: “12,3O” is not an amount in yuan (for example 39.90).'
    )

    // No plain Import button: the choice is to skip the bad row or fix the file.
    const decision = p.getByTestId('import-decision')
    expect(await decision.innerText()).toContain('Nothing is imported unless you skip the rows with problems.')
    expect(await p.getByRole('button', { name: /^Import \d+ orders?$/ }).count()).toBe(0)
    await decision.getByRole('button', { name: 'Skip the bad row and import 2 orders' }).click()

    const result = page.getByTestId('import-result')
    await result.waitFor()
    expect(await count(result, 'created')).toBe('2')
    expect(await count(result, 'skipped')).toBe('1')
    expect((await shop.invoke('orders.list', { search: '261126-9100' })).total).toBe(2)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result
        .getByRole('button', { name: 'Export the skipped rows' })
        .click()
        .then(() => page.getByRole('menuitem', { name: /^CSV/ }).click())
    ])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text).toContain('261126-910000000000002')
    expect(text).toContain('12,3O')
    expect(text).not.toContain('261126-910000000000001')
  })

  it('imports a stock list: creates new SKUs, updates known ones, and Inventory shows the counted quantities', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const known = (await shop.invoke('products.list', { limit: 1 })).rows[0]!
    const counted = known.onHand + 17
    const file = utf8Bom(`商家编码,商品名称,现有库存\r\n${known.merchantCode},"${known.name}",${counted}\r\nE2E-NEW-KETTLE,E2E 电热水壶,7\r\n`)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/import')
    await page.getByRole('radio', { name: '库存表' }).check()
    await page.getByTestId('import-guide').getByText('商家编码 · 商品名称').waitFor()
    await chooseFile(page, '库存表.csv', file)
    const p = await preview(page)
    expect(await p.getByTestId('import-source').innerText()).toBe('库存表 · UTF-8 (BOM)')
    expect(await count(p, 'created')).toBe('1')
    expect(await count(p, 'updated')).toBe('1')
    const change = p.getByTestId('import-changes').locator('tbody tr').first()
    expect(await change.innerText()).toContain(known.merchantCode)
    expect(await change.innerText()).toContain(`${known.onHand} → ${counted}`)

    await p.getByRole('button', { name: '导入 2 个 SKU' }).click()
    const result = page.getByTestId('import-result')
    await result.waitFor()
    expect(await count(result, 'created')).toBe('1')
    await result.getByRole('link', { name: '查看库存' }).click()

    const table = page.getByTestId('inventory-table')
    for (const [code, onHand] of [
      [known.merchantCode, counted],
      ['E2E-NEW-KETTLE', 7]
    ] as const) {
      await page.getByRole('searchbox', { name: '搜索 SKU' }).fill(code)
      await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('共 1 个 SKU')
      await expect.poll(() => table.locator('[data-col="onHand"]').first().innerText()).toContain(String(onHand))
    }
    expect((await shop.invoke('products.byCode', { merchantCode: 'E2E-NEW-KETTLE' })).movements[0]).toMatchObject({ type: 'count', quantity: 7 })
  })

  it('explains a file that cannot be imported at all, in plain words', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/import')
    await page.getByRole('radio', { name: '库存表' }).check()
    await chooseFile(page, 'wrong.csv', utf8Bom('名称,数量\r\n杯子,3\r\n'))
    const p = await preview(page)
    const decision = p.getByTestId('import-decision')
    expect(await decision.innerText()).toContain('这个文件不能导入')
    expect(await decision.innerText()).toContain('库存表里没有商家编码列')
    expect(await p.getByRole('button', { name: /^导入/ }).count()).toBe(0)
    expect((await shop.invoke('import.history', {})).length).toBe(0)
  })

  it('adds an unknown merchant code as a new SKU from the preview, prefilled from the file', async () => {
    shop = openShopDb()
    const file = pddCsv([{ orderNo: '261126-920000000000001', code: 'E2E-GIFT-BOX', title: 'Gift box' }], { headers: PDD_EXPORT })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/import')
    await chooseFile(page, 'gift.csv', file)
    const p = await preview(page)
    await p.getByTestId('import-unknown').getByRole('button', { name: 'Add as new SKU…' }).click()
    const dialog = page.getByTestId('create-sku-dialog')
    expect(await dialog.getByLabel('Merchant code').inputValue()).toBe('E2E-GIFT-BOX')
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Gift box')
    expect(await dialog.getByLabel('Spec').inputValue()).toBe('500ml 白色')
    await dialog.getByRole('button', { name: 'Add SKU' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('import-unknown').count()).toBe(0)
    await (await preview(page)).getByRole('button', { name: 'Import 1 order' }).waitFor()
    expect(await shop.invoke('products.byCode', { merchantCode: 'E2E-GIFT-BOX' })).toMatchObject({ name: 'Gift box', onHand: 0 })
  })

  it('asks which column holds what for an unknown table, saves the choice as a preset and checks again with it', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/import')
    await chooseFile(page, '我的订单表.csv', utf8Bom('单号,件数,货号,名称,金额,备注\r\nA-1,2,X1,杯子,10.50,急\r\n'))
    const mapping = page.getByTestId('column-mapping')
    await mapping.waitFor()
    // First guesses from the header words; the user corrects one and names the choice.
    expect(await mapping.getByRole('combobox', { name: '订单号', exact: true }).inputValue()).toBe('单号')
    expect(await mapping.getByRole('combobox', { name: '数量', exact: true }).inputValue()).toBe('件数')
    expect(await mapping.getByRole('combobox', { name: '商家编码', exact: true }).inputValue()).toBe('货号')
    await mapping.getByLabel('商家备注').selectOption('')
    await mapping.getByLabel('买家留言').selectOption('备注')
    await mapping.getByLabel('保存为').fill('供应商表格')
    await mapping.getByRole('button', { name: '保存并重新检查' }).click()

    const p = await preview(page)
    expect(await p.getByTestId('import-source').innerText()).toBe('通用表格 · UTF-8 (BOM)')
    expect(await p.innerText()).toContain('供应商表格')
    expect(await page.getByTestId('column-mapping').count()).toBe(0)
    expect(await shop.invoke('import.presets.list', {})).toMatchObject([
      { name: '供应商表格', mapping: { orderNo: '单号', quantity: '件数', merchantCode: '货号', title: '名称', paidAmount: '金额', buyerNote: '备注' } }
    ])

    // "Change" reopens the step with the saved choice filled in.
    await p.getByRole('button', { name: '修改' }).click()
    expect(await page.getByTestId('column-mapping').getByLabel('买家留言').inputValue()).toBe('备注')
  })

  it('shows progress on a big file and cancels both the check and the import, changing nothing', async () => {
    shop = openShopDb()
    const lines = ['\ufeff' + PDD_EXPORT.join(',')]
    for (let i = 0; i < 100_000; i++) {
      const no = String(i).padStart(15, '0')
      lines.push(`261126-${no},待发货,1,2026-11-25 20:00:00,2026-11-27 20:00:00,BIG-${i % 500},保温杯,500ml 白色,39.90,无售后或售后取消`)
    }
    const file = new TextEncoder().encode(lines.join('\r\n') + '\r\n')
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/import')

    // The job runs in this same Node process, so the page presses Cancel itself the moment the
    // progress box (with its bar) appears, as a person watching it would.
    const cancelWhenShown = () =>
      page.evaluate(`(() => {
        window.sawProgress = false
        const observer = new MutationObserver(() => {
          const box = document.querySelector('[data-testid="import-progress"]')
          const button = box && box.querySelector('button')
          if (!button) return
          window.sawProgress = box.querySelector('[role="progressbar"]') !== null
          observer.disconnect()
          button.click()
        })
        observer.observe(document.body, { childList: true, subtree: true })
      })()`)
    const sawProgress = () => page.evaluate('window.sawProgress')

    await cancelWhenShown()
    await chooseFile(page, 'big.csv', file)
    await expect.poll(() => page.getByTestId('import-notice').innerText(), { timeout: 30_000 }).toBe('已取消检查，没有做任何改动。')
    expect(await sawProgress()).toBe(true)
    expect(await page.getByTestId('import-preview').count()).toBe(0)

    // Check it fully, then cancel the import itself: the shop stays empty and the preview stays.
    await chooseFile(page, 'big.csv', file)
    const p = await preview(page)
    expect(await count(p, 'created')).toBe('100,000')
    await cancelWhenShown()
    await p.getByRole('button', { name: '导入 100,000 个订单' }).click()
    await expect.poll(() => page.getByTestId('import-notice').innerText(), { timeout: 30_000 }).toBe('已取消导入，没有做任何改动。')
    expect(await sawProgress()).toBe(true)
    expect((await shop.invoke('shop.status', {})).orders).toBe(0)
    expect(await shop.invoke('import.history', {})).toEqual([])
    await page.getByTestId('import-preview').getByRole('button', { name: '导入 100,000 个订单' }).waitFor()
  })
})
