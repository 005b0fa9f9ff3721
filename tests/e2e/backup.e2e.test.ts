import { writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { keptAsidePath } from '../../src/main/core/backup/names'
import { describe, expect, it } from 'vitest'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'
import { steppingClock } from '../helpers/clock'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

describe('Settings › Data', () => {
  it('back up now, change something, restore (the change is gone), undo the restore (it is back)', async () => {
    shop = openShopDb(steppingClock())
    const p = await shop.invoke('products.create', { merchantCode: 'CUP-1', name: 'Thermos cup' })
    await shop.invoke('stock.move', { productId: p.id, type: 'receive', quantity: 12 })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/settings')
    await page.getByRole('heading', { name: 'Data and backups' }).waitFor()
    await page.getByText('No backups yet').waitFor()

    await page.getByRole('button', { name: 'Back up now' }).click()
    const rows = page.getByTestId('backup-list').locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().innerText()).toContain('By hand')
    expect(await rows.first().innerText()).toMatch(/\t1\t0\t/) // 1 SKU, 0 orders

    // A change after the backup: 5 units go out.
    await shop.invoke('stock.move', { productId: p.id, type: 'adjust', quantity: -5, reason: 'damaged' })
    expect((await shop.invoke('products.get', { id: p.id })).onHand).toBe(7)

    await rows.first().getByRole('button', { name: /^Restore…/ }).click()
    const dialog = page.getByTestId('restore-dialog')
    await dialog.getByText('1 SKUs and 0 orders').waitFor()
    expect(await dialog.innerText()).toContain('(1 recorded actions since then)')
    expect(await dialog.innerText()).toContain('kept aside first')
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Restore', exact: true }).click()])
    await page.getByTestId('last-restore').waitFor()
    expect((await shop.invoke('products.get', { id: p.id })).onHand).toBe(12)

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Undo restore' }).click()])
    await page.getByRole('heading', { name: 'Data and backups' }).waitFor()
    await expect.poll(async () => (await shop!.invoke('products.get', { id: p.id })).onHand).toBe(7)
    expect(await page.getByTestId('last-restore').count()).toBe(0)
    expect((await shop.invoke('stock.movements', { productId: p.id })).rows.map((m) => m.quantity)).toEqual([-5, 12])
  })

  it('shows the kept-aside copies with the retention rule in Chinese, and tidies up what the rule lets go', async () => {
    shop = openShopDb()
    // Dates long past whatever the clock says: the rule keeps the newest 3 damaged files and lets 2 go.
    for (const y of [2001, 2002, 2003, 2004, 2005]) writeFileSync(keptAsidePath(shop.dbPath, 'damaged', new Date(`${y}-01-01T00:00:00Z`)), 'x')
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/settings')
    const section = page.getByTestId('kept-aside')
    await section.getByRole('heading', { name: '留存的副本' }).waitFor()
    expect(await section.innerText()).toContain('每一类保留最新的 3 份以及 30 天内的所有副本')
    const rows = section.locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(5)
    expect(await section.getByText('下次整理时删除', { exact: true }).count()).toBe(2)
    expect(await section.getByText('损坏的数据库', { exact: true }).count()).toBe(5)

    await section.getByRole('button', { name: '立即整理' }).click()
    await expect.poll(() => rows.count()).toBe(3)
    await page.getByText('已删除 2 份旧的留存副本。').waitFor()
    expect(await section.getByText('下次整理时删除', { exact: true }).count()).toBe(0)
    expect(await section.getByRole('button', { name: '立即整理' }).count()).toBe(0)
  })

  it('opens the data folder through the desktop, and changes the schedule', async () => {
    shop = openShopDb()
    const opened: string[] = []
    shop.ctx.desktop = { openFolder: async (folder) => void opened.push(folder) }
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/settings')
    await page.getByRole('heading', { name: '数据与备份' }).waitFor()
    await page.getByRole('button', { name: '打开数据文件夹' }).click()
    await expect.poll(() => opened).toEqual([dirname(shop.dbPath)])
    await page.getByLabel('每隔').selectOption('60')
    await expect.poll(async () => (await shop!.invoke('backups.settings.get', {})).intervalMinutes).toBe(60)
    // Without a folder picker (not the desktop app) the user is told so, in their language.
    await page.getByRole('button', { name: '更改…' }).click()
    await page.getByText('此功能只能在桌面应用中使用。').waitFor()
  })
})
