// Issue #14 point 5: an import can be undone from the Import screen's history. The shop after the
// undo is the shop before the import, table for table; a refused undo says what depends on it.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { pddCsv } from '../import/fixtures'
import { dump } from '../import-undo/helpers'
import { importAndWait, openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const A = '261126-920000000000001'
const B = '261126-920000000000002'

async function onHand(s: ShopDb, code: string): Promise<number> {
  return (await s.invoke('products.byCode', { merchantCode: code })).onHand
}

async function shopWithCup(units: number): Promise<ShopDb> {
  const s = openShopDb()
  const cup = await s.invoke('products.create', { merchantCode: 'E2E-CUP', name: '保温杯' })
  if (units) await s.invoke('stock.move', { productId: cup.id, type: 'receive', quantity: units })
  return s
}

async function importInPage(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) })
  const preview = page.getByTestId('import-preview')
  await preview.waitFor()
  await page.getByTestId('import-progress').waitFor({ state: 'detached' })
  await preview.getByRole('button', { name: /^导入 \d+ 个订单$/ }).click()
  await page.getByTestId('import-result').waitFor()
}

describe('Undo an import', () => {
  it('undoes an import from the history: its new order is gone, the changed order and the shipped stock are back, the shop is as before', async () => {
    shop = await shopWithCup(5)
    await importAndWait(shop, {
      kind: 'orders',
      fileName: 'day1.csv',
      bytes: pddCsv([{ orderNo: A, code: 'E2E-CUP', qty: '2' }]),
      dryRun: false
    })
    const before = dump(shop.db)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/import')

    // The wrong file: last month's export, in which A has shipped and B is new.
    const wrong = pddCsv([
      { orderNo: A, code: 'E2E-CUP', qty: '2', status: '已发货，待签收', shippedAt: '2026-11-26 09:00:00' },
      { orderNo: B, code: 'E2E-CUP', qty: '1' }
    ])
    await importInPage(page, 'last-month.csv', wrong)
    expect(await onHand(shop, 'E2E-CUP')).toBe(3)
    const history = page.getByTestId('import-history')
    const row = history.locator('tbody tr').filter({ hasText: 'last-month.csv' })
    // Only the newest import carries the action; the older one says to undo the newer first.
    expect(await history.locator('tbody tr').filter({ hasText: 'day1.csv' }).innerText()).toContain('请先撤销更新的导入')

    await row.getByRole('button', { name: '撤销导入' }).click()
    const dialog = page.getByTestId('import-undo-dialog')
    await dialog.waitFor()
    expect(await dialog.getByRole('heading').first().innerText()).toContain('撤销“last-month.csv”的导入？')
    expect(await dialog.getByTestId('import-undo-counts').locator('li').allInnerTexts()).toEqual([
      '删除它新增的 1 个订单及其商品行',
      '它修改过的 1 个订单恢复原样',
      '收回它产生的 1 条库存变动'
    ])
    await dialog.getByRole('button', { name: '撤销导入' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByRole('status').filter({ hasText: '已撤销“last-month.csv”的导入。' }).waitFor()
    await expect.poll(() => row.innerText()).toContain('已于')

    expect((await shop.invoke('orders.list', { search: B })).total).toBe(0)
    const a = (await shop.invoke('orders.list', { search: A })).rows[0]!
    expect(a.status).toBe('awaiting_shipment')
    expect(await onHand(shop, 'E2E-CUP')).toBe(5)
    expect(dump(shop.db)).toEqual(before)

    // The same file can be imported again afterwards.
    await importInPage(page, 'last-month.csv', wrong)
    expect(await onHand(shop, 'E2E-CUP')).toBe(3)
    expect((await shop.invoke('orders.list', { search: B })).total).toBe(1)
  })

  it('a refused undo shows its reason: a queue step was taken on one of the import’s orders', async () => {
    shop = await shopWithCup(0)
    const job = await importAndWait(shop, {
      kind: 'orders',
      fileName: 'short.csv',
      bytes: pddCsv([{ orderNo: A, code: 'E2E-CUP' }]),
      dryRun: false
    })
    expect(job.report?.applied).toBe(true)
    const caseId = (shop.db.prepare('SELECT id FROM queue_cases').get() as { id: number }).id
    await shop.invoke('queue.notify', { caseId })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/import')
    const row = page.getByTestId('import-history').locator('tbody tr').filter({ hasText: 'short.csv' })
    await row.getByRole('button', { name: 'Undo import' }).click()
    const dialog = page.getByTestId('import-undo-dialog')
    expect(await dialog.getByTestId('import-undo-refusal').innerText()).toBe(
      `Order ${A} from this import has a step taken on it in the cancellation queue since. Undo that step in the queue first, or keep the import.`
    )
    expect(await dialog.getByRole('button', { name: 'Undo import' }).count()).toBe(0)
    await dialog.locator('footer').getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect((await shop.invoke('orders.list', { search: A })).total).toBe(1)
  })
})
