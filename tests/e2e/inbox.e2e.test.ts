import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/shop'
import { fillInbox, PDD_ROWS } from '../inbox/folder'
import { importAndWait, openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
let folder: { dir: string; cleanup: () => void } | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => {
    folder?.cleanup()
    folder = null
    app = null
    shop = null
  }
)

describe('Inbox and reminders', () => {
  it('Alerts lists the exports found in Downloads, and one click opens the import preview of that file', async () => {
    shop = openShopDb()
    folder = tempDir()
    const files = fillInbox(folder.dir)
    shop.ctx.downloadsDir = folder.dir
    // The Douyin export was imported before: it is no longer "new".
    await importAndWait(shop, { kind: 'orders', fileName: 'dy.csv', bytes: new Uint8Array(readFileSync(files.douyin)), dryRun: false, skipBadRows: true })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')
    const box = page.getByTestId('inbox')
    await box.getByRole('heading', { name: '2 个新导出文件' }).waitFor()
    const lines = await box.getByTestId('inbox-file').allInnerTexts()
    expect(lines.some((l) => l.includes(`拼多多 订单 · ${PDD_ROWS} 行`) && l.includes('orders_export_20261126.csv'))).toBe(true)
    expect(lines.some((l) => l.includes('库存表 · 2 行'))).toBe(true)
    expect(lines.join('\n')).not.toContain('IMG_2041.png')

    await box.getByRole('button', { name: '预览导入 orders_export_20261126.csv' }).click()
    const preview = page.getByTestId('import-preview')
    await preview.waitFor()
    expect(await preview.getByTestId('import-source').innerText()).toContain('拼多多')
    expect(await preview.getByTestId('import-rows').innerText()).toBe(String(PDD_ROWS))
    // Nothing was imported by looking.
    expect((await shop.invoke('import.history', {})).length).toBe(1)
  })

  it('a file gone since the look says so in the user language, and nothing is lost', async () => {
    shop = openShopDb()
    folder = tempDir()
    shop.ctx.downloadsDir = folder.dir
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    await app.open('#/import?kind=orders&inbox=gone.csv')
    await app.page.getByText('“gone.csv” is no longer in the inbox folder (moved or deleted). Look again.').waitFor()
    await app.page.getByTestId('import-guide').waitFor()
  })

  it('Settings changes the reminder hours and the inbox folder, and refuses hours out of range', async () => {
    shop = openShopDb()
    folder = tempDir()
    const chosen = folder.dir
    shop.ctx.desktop = { openFolder: async () => {}, chooseFolder: async () => chosen }
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/settings')
    const section = page.getByTestId('inbox-settings')
    await section.waitFor()
    expect(await section.getByText('(your Downloads folder)').isVisible()).toBe(true)

    const hours = section.getByLabel('Hours before the deadline')
    expect(await hours.inputValue()).toBe('6')
    await hours.fill('99')
    await section.getByRole('button', { name: 'Save' }).click()
    await section.getByText('Enter whole hours from 1 to 72.').waitFor()
    expect((await shop.invoke('inbox.prefs.get', {})).reminderHours).toBe(6)
    await hours.fill('3')
    await section.getByRole('button', { name: 'Save' }).click()
    await expect.poll(async () => (await shop!.invoke('inbox.prefs.get', {})).reminderHours).toBe(3)

    await section.getByRole('button', { name: 'Choose folder…' }).click()
    await expect.poll(async () => (await shop!.invoke('inbox.prefs.get', {})).inboxFolder).toBe(chosen)
    await expect.poll(() => section.getByTestId('inbox-folder').innerText()).toBe(chosen)

    await section.getByLabel('Keep running in the tray when the window is closed').click()
    await expect.poll(async () => (await shop!.invoke('inbox.prefs.get', {})).keepInTray).toBe(false)
    await section.getByLabel('Look for new exports in this folder').click()
    await expect.poll(async () => (await shop!.invoke('inbox.prefs.get', {})).inboxEnabled).toBe(false)

    await app.reload()
    await page.getByTestId('inbox-settings').waitFor()
    expect(await page.getByLabel('Hours before the deadline').inputValue()).toBe('3')
  })
})
