import { describe, expect, it } from 'vitest'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

describe('Settings', () => {
  it('switches the language from Chinese to English, and the choice survives a reload', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')
    const nav = page.getByRole('navigation')
    await nav.getByRole('link', { name: '设置' }).click()
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor()
    expect(await page.getByRole('radio', { name: '跟随系统（简体中文）' }).isChecked()).toBe(true)

    await page.getByRole('radio', { name: 'English', exact: true }).check()
    await nav.getByRole('link', { name: 'Settings' }).waitFor()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    expect(await nav.getByRole('link', { name: 'Inventory' }).isVisible()).toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect((await shop.invoke('settings.get', {})).language).toBe('en')

    await app.reload()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    expect(await nav.getByRole('link', { name: 'Orders' }).isVisible()).toBe(true)
    expect(await page.getByRole('radio', { name: 'English', exact: true }).isChecked()).toBe(true)

    // The About block comes from app.info.
    const about = page.getByTestId('about')
    expect(await about.innerText()).toContain('e2e')
    expect(await about.innerText()).toContain(shop.dbPath)

    // The shop time zone is remembered too.
    await page.getByLabel('Shop time zone').selectOption('UTC')
    await expect.poll(async () => (await shop!.invoke('settings.get', {})).timeZone).toBe('UTC')

    // Back to Chinese.
    await page.getByRole('radio', { name: '简体中文', exact: true }).check()
    await nav.getByRole('link', { name: '库存' }).waitFor()
    expect((await shop.invoke('settings.get', {})).language).toBe('zh-CN')
  })

  it('follows the system language when set to automatic', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    await app.open('#/alerts')
    await app.page.getByRole('button', { name: 'Load demo shop' }).waitFor()
    await app.page.getByRole('navigation').getByRole('link', { name: 'Cancellation queue' }).waitFor()
  })
})
