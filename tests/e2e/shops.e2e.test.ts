// Issue #16 point 1: shops. Settings › Shops adds, renames and merges shops (the merge says
// what moves first); the import preview picks the shop a PDD file's orders go to; a Taobao
// report naming two shops lands in two shops.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { csvText, encode, pddCsv, TAOBAO_CLASSIC_HEADERS, taobaoClassicRow } from '../import/fixtures'
import { importAndWait, openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const A = '261126-930000000000001'
const B = '261126-930000000000002'

const shopNames = (s: ShopDb): Promise<[string, number][]> =>
  s.invoke('shops.list', {}).then((list) => list.map((x) => [x.name, x.orders]))

async function pickFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) })
  await page.getByTestId('import-preview').waitFor()
  await page.getByTestId('import-progress').waitFor({ state: 'detached' })
}

describe('Shops', () => {
  it('Settings › Shops: adds a shop (a taken name is refused in words), renames it, merges it after saying what moves', async () => {
    shop = openShopDb()
    await importAndWait(shop, { kind: 'orders', fileName: 'a.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]), dryRun: false })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/settings')
    const section = page.getByTestId('shops-section')
    await expect.poll(() => section.getByTestId('shop-row').count()).toBe(1)

    await section.getByRole('button', { name: '添加店铺' }).click()
    let dialog = page.getByTestId('shop-name-dialog')
    await dialog.getByLabel('店铺名称').fill('拼多多店铺')
    await dialog.getByRole('button', { name: '添加店铺' }).click()
    await dialog.getByText('这个平台已经有名为“拼多多店铺”的店铺。').waitFor()
    await dialog.getByLabel('店铺名称').fill('  二店 ')
    await dialog.getByRole('button', { name: '添加店铺' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => section.getByTestId('shop-row').count()).toBe(2)

    await section.getByTestId('shop-row').filter({ hasText: '二店' }).getByRole('button', { name: '改名' }).click()
    dialog = page.getByTestId('shop-name-dialog')
    await dialog.getByLabel('店铺名称').fill('分店')
    await dialog.getByRole('button', { name: '改名' }).click()
    await dialog.waitFor({ state: 'detached' })
    await section.getByTestId('shop-row').filter({ hasText: '分店' }).waitFor()

    // Merge the default shop (with its order) into 分店: the dialog says what moves.
    await section.getByTestId('shop-row').filter({ hasText: '拼多多店铺' }).getByRole('button', { name: '合并到…' }).click()
    const merge = page.getByTestId('shop-merge-dialog')
    await expect.poll(() => merge.getByTestId('shop-merge-moves').innerText()).toContain('“拼多多店铺”的 1 个订单和 1 次导入将移到“分店”')
    await expect.poll(() => merge.getByTestId('shop-merge-moves').innerText()).toContain('“分店”将成为该平台的默认店铺。')
    await merge.getByRole('button', { name: '合并到…' }).click()
    await merge.waitFor({ state: 'detached' })
    await expect.poll(() => shopNames(shop!)).toEqual([['分店', 1]])
    await expect.poll(() => section.getByTestId('shop-row').count()).toBe(1)

    // 分店 goes by the other PDD rule instead of the platform's, then by the platform's again.
    const rule = section.getByLabel('分店 本店使用的规则')
    await rule.selectOption({ label: '拼多多 · 实付 10%（最低 ¥5，最高 ¥100）' })
    const percent = (await shop.invoke('rules.list', {})).find((r) => r.preset === 'pdd_percent_10')!
    await expect.poll(async () => (await shop!.invoke('shops.list', {}))[0]!.ruleId).toBe(percent.id)
    await rule.selectOption({ label: '与平台相同（拼多多 · 延迟发货每单 ¥3）' })
    await expect.poll(async () => (await shop!.invoke('shops.list', {}))[0]!.ruleId).toBe(null)
  })

  it('the import preview suggests the default shop, and the picked shop (made on the spot) gets the orders', async () => {
    shop = openShopDb()
    await importAndWait(shop, { kind: 'orders', fileName: 'a.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]), dryRun: false })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/import')
    await pickFile(page, 'b.csv', pddCsv([{ orderNo: B, code: 'CUP' }]))
    const picker = page.getByTestId('import-shop').getByLabel('Shop')
    await expect.poll(async () => (await picker.locator('option:checked').innerText()).trim()).toBe('拼多多店铺 (default)')
    await picker.selectOption({ label: 'New shop…' })
    const dialog = page.getByTestId('shop-name-dialog')
    await dialog.getByLabel('Shop name').fill('Second store')
    await dialog.getByRole('button', { name: 'Add shop' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(async () => (await picker.locator('option:checked').innerText()).trim()).toBe('Second store')
    await page.getByTestId('import-preview').getByRole('button', { name: /^Import 1 order$/ }).click()
    await page.getByTestId('import-result').waitFor()
    expect(await shopNames(shop)).toEqual([
      ['拼多多店铺', 1],
      ['Second store', 1]
    ])
  })

  it('a Taobao order report naming two shops lands in two shops, as the preview said', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/import')
    const rows = [
      { ...taobaoClassicRow({ orderNo: '5001' }), 店铺名称: '淘宝旗舰店' },
      { ...taobaoClassicRow({ orderNo: '5002' }), 店铺名称: '淘宝二店' }
    ]
    await pickFile(page, 'ExportOrderList.csv', encode(csvText(TAOBAO_CLASSIC_HEADERS, rows), 'gb18030'))
    await expect.poll(() => page.getByTestId('import-shop-file').innerText()).toContain('淘宝旗舰店、淘宝二店')
    await page.getByTestId('import-preview').getByRole('button', { name: /^导入 2 个订单$/ }).click()
    await page.getByTestId('import-result').waitFor()
    expect(await shopNames(shop)).toEqual([
      ['淘宝旗舰店', 1],
      ['淘宝二店', 1]
    ])
  })
})
