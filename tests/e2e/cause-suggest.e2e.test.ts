// Issue 16 point 5 in the browser: a case at the cause step shows the cause the
// records point to with its facts in words, nothing chosen in the form; one click
// on "confirm" records it; the review counts it as confirmed. In Chinese and English.
import { describe, expect, it } from 'vitest'
import { messageFor } from '../../src/shared/i18n/translate'
import type { Lang } from '../../src/shared/i18n/translate'
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
const hoursFromNow = (h: number): string => new Date(TEST_NOW.getTime() + h * 3_600_000).toISOString()

async function caseWithCancelledDelivery(s: ShopDb): Promise<number> {
  const p = await s.invoke('products.create', { merchantCode: 'BWB-500', name: '保温杯', safetyStock: 0, leadTimeDays: null, supplierId: null, substituteIds: [] })
  const d = await s.invoke('incoming.add', { productId: p.id, quantity: 30, expectedAt: hoursFromNow(-24) })
  await s.invoke('incoming.cancel', { id: d.id, reason: '' })
  insertOrder(s.db, { orderNo: 'E-1', paidAt: hoursFromNow(-3), promisedShipAt: hoursFromNow(20), lines: [{ productId: p.id, merchantCode: 'BWB-500', quantity: 1 }] })
  await s.invoke('engine.recompute', {})
  return (await s.invoke('queue.get', { orderNo: 'E-1' })).caseId
}

describe('the suggested cause', () => {
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    it(`shows its facts at the cause step, confirm records it, the review counts it (${lang})`, async () => {
      shop = openShopDb()
      const caseId = await caseWithCancelledDelivery(shop)
      app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: lang, viewport: { width: 1366, height: 900 } })
      const { page } = app
      await app.open('#/queue')
      const list = page.getByTestId('queue-list')
      await list.locator('[data-index="0"][data-case-id]').click()
      const detail = page.getByTestId('case-detail')
      await detail.locator('h2', { hasText: 'E-1' }).waitFor()
      await page.keyboard.press('7')
      const form = detail.getByTestId('form-cause')
      await form.waitFor()
      const box = form.getByTestId('cause-suggestion')
      await box.waitFor()
      const label = lang === 'en' ? 'Supplier out of stock or short of capacity' : '供应商断货'
      expect(await box.locator('strong').innerText()).toBe(messageFor(lang, 'causeSuggest.title', { cause: label }))
      const fact = await box.locator('li').first().innerText()
      expect(fact).toBe(
        lang === 'en' ? 'A delivery of 30 × BWB-500 due 11-25 10:00 was cancelled.' : '预计 11-25 10:00 到的 BWB-500 × 30 已取消。'
      )
      // Nothing is chosen for the merchant.
      expect(await form.getByTestId('cause-select').inputValue()).toBe('')
      await box.getByTestId('cause-confirm').click()
      await expect.poll(async () => (await shop!.invoke('queue.get', { caseId })).cause?.code).toBe('supplier_shortage')

      await app.open('#/review')
      const figure = page.getByTestId('review-suggestions-text')
      await figure.waitFor()
      expect(await figure.innerText()).toBe(messageFor(lang, 'causeSuggest.review.text', { suggested: 1, confirmed: 1, changed: 0 }))
    })
  }
})
