// The stockout engine's screens in the browser, on the demo shop: Alerts with
// countdowns and money at risk, an order's recommendation and reason, receiving
// a delivery that turns a short order ready, adding and editing a delivery, a
// platform rule edited in Settings changing the penalty, the what-if moment, and
// the reorder export.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { formatEngineMessage } from '../../src/shared/engine-format'
import { messageFor } from '../../src/shared/i18n/translate'
import type { TriageRow } from '../../src/shared/engine-types'
import { formatFen } from '../../src/shared/money'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'
import { TEST_NOW } from '../helpers/clock'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const TZ = 'Asia/Shanghai'

/** Money as the screens show it: ¥1,234.50. */
const formatMoney = (fen: number): string => `¥${formatFen(fen)}`

/** The countdown the UI shows for a deadline as of a moment, in English ("overdue 5 h 12 min", "in 2 d 3 h"). */
function countdownEn(deadline: string, nowMs: number): string {
  const diffMin = Math.round((Date.parse(deadline) - nowMs) / 60_000)
  const prefix = diffMin >= 0 ? 'in' : 'overdue'
  const m = Math.abs(diffMin)
  if (m < 60) return `${prefix} ${m} min`
  const h = Math.floor(m / 60)
  if (h < 48) return `${prefix} ${h} h${m % 60 ? ` ${m % 60} min` : ''}`
  const days = Math.floor(h / 24)
  return `${prefix} ${days} d${h % 24 ? ` ${h % 24} h` : ''}`
}

async function exportCsv(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.getByTestId(testId)
  await menu.getByRole('button', { name: /导出|Export/ }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: /^CSV/ }).click()])
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

/**
 * A short order that receiving one delivery will complete: it lacks only one SKU,
 * it is the first in the queue among the orders lacking only that SKU, and the
 * earliest open delivery of the SKU holds enough for it.
 */
async function orderOneDeliveryCompletes(
  s: ShopDb
): Promise<{ order: TriageRow; productId: number; sku: string; deliveryId: number; quantity: number }> {
  const short = (await s.invoke('engine.triage', { state: 'short', sort: 'urgency', limit: 1000 })).rows
  const firstFor = new Set<number>()
  for (const row of short) {
    const detail = await s.invoke('engine.order', { orderId: row.orderId })
    const lacking = detail.lines.filter((l) => l.lacking)
    if (lacking.length !== 1 || lacking[0]!.productId === null) continue
    const line = lacking[0]!
    const productId = line.productId!
    if (firstFor.has(productId)) continue
    firstFor.add(productId)
    const need = detail.lines.filter((l) => l.productId === productId).reduce((n, l) => n + l.quantity, 0)
    const delivery = (await s.invoke('incoming.list', { productId, status: 'open', limit: 1 })).rows[0]
    if (delivery && delivery.quantity >= need)
      return { order: row, productId, sku: line.sku!, deliveryId: delivery.id, quantity: delivery.quantity }
  }
  throw new Error('The demo shop has no short order that one delivery completes.')
}

describe('Stockout engine screens', () => {
  it('loads the demo shop, shows short orders with countdowns and money at risk, and an order’s recommendation with its reason', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/alerts')
    await page.getByRole('button', { name: '加载演示店铺' }).click()
    await page.getByTestId('urgent-orders').waitFor()

    const summary = await shop.invoke('engine.summary', {})
    expect(summary.shortOrders).toBeGreaterThan(0)
    expect(summary.lateFenShort).toBeGreaterThan(0)
    await expect
      .poll(() => page.getByTestId('card-short-orders').locator('.card-value').innerText())
      .toBe(summary.shortOrders.toLocaleString('en-US'))
    expect(await page.getByTestId('money-at-risk').innerText()).toBe(formatMoney(summary.lateFenShort))
    expect(await page.getByTestId('card-open-orders').locator('.card-value').innerText()).toBe(summary.openOrders.toLocaleString('en-US'))

    // The most urgent short order first, with its countdown, recommendation and reason in words.
    const urgent = (await shop.invoke('engine.triage', { state: 'short', sort: 'urgency', limit: 8 })).rows
    const first = urgent[0]!
    const item = page.getByTestId('urgent-orders').locator('a').first()
    expect(await item.getAttribute('data-order-no')).toBe(first.orderNo)
    expect(await item.locator('.countdown').first().innerText()).toMatch(/^(剩|已超时) \d+ (分钟|小时|天)/)
    const reason = formatEngineMessage('zh-CN', first.reason!, TZ)
    expect(reason).not.toMatch(/engine\.|\{\{|undefined/)
    expect(await item.getByTestId('urgent-reason').innerText()).toBe(reason)
    expect(await item.innerText()).toContain(messageFor('zh-CN', `engine.recommendation.${first.recommendation}`))
    expect(await page.locator('.sidebar .nav-badge').innerText()).toBe(String(summary.shortOrders))

    // Following it opens the order: the same recommendation and reason, with the money at stake.
    await item.click()
    const detail = page.getByTestId('order-detail')
    await detail.getByRole('heading', { name: `订单 ${first.orderNo}` }).waitFor()
    const triage = detail.getByTestId('order-triage')
    await triage.waitFor()
    expect(await triage.getByTestId('triage-reason').innerText()).toBe(reason)
    expect(await triage.innerText()).toContain('缺货')
    expect(await triage.getByTestId('triage-late-fen').innerText()).toBe(formatMoney(first.lateFen))
    // The order list behind it shows the engine's view of orders awaiting shipment.
    const row = page.getByTestId('orders-table').getByRole('row').filter({ hasText: first.orderNo })
    expect(await row.locator('[data-col="state"]').innerText()).toBe('缺货')
    expect(await row.locator('[data-col="deadline"]').innerText()).toMatch(/剩|已超时/)
    expect(await row.locator('[data-col="recommendation"]').innerText()).toContain(
      messageFor('zh-CN', `engine.recommendation.${first.recommendation}`)
    )
  })

  it('receiving the delivery for a short order’s SKU on the Incoming screen turns that order ready', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const target = await orderOneDeliveryCompletes(shop)
    const movementsBefore = (await shop.invoke('stock.movements', { productId: target.productId })).total
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open(`#/orders?status=awaiting_shipment&state=short&order=${target.order.orderId}`)
    const triage = page.getByTestId('order-triage')
    await triage.waitFor()
    expect(await triage.innerText()).toContain('缺货')

    // From the order to the deliveries of the SKU it lacks, and receive the first one.
    await triage.getByRole('link', { name: `${target.sku} 的到货` }).click()
    await page.getByText(`只看 SKU ${target.sku} 的到货`).waitFor()
    await page
      .getByTestId('incoming-table')
      .getByRole('button', { name: `收货：${target.sku} ${target.quantity.toLocaleString('en-US')} 件` })
      .first()
      .click()
    const dialog = page.getByTestId('receive-dialog')
    expect(await dialog.getByLabel('实收数量').inputValue()).toBe(String(target.quantity))
    await dialog.getByRole('button', { name: '确认收货入库' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText(`已收货：${target.sku} ${target.quantity} 件`).waitFor()

    // The ledger has the receive movement, the delivery is received, and the engine says the order can ship.
    const delivery = await shop.invoke('incoming.get', { id: target.deliveryId })
    expect(delivery.status).toBe('received')
    const movements = await shop.invoke('stock.movements', { productId: target.productId })
    expect(movements.total).toBe(movementsBefore + 1)
    expect(movements.rows[0]).toMatchObject({ type: 'receive', quantity: target.quantity, ref: `incoming:${target.deliveryId}` })
    expect((await shop.invoke('engine.order', { orderId: target.order.orderId })).state).toBe('ready')

    await app.open(`#/orders?status=awaiting_shipment&order=${target.order.orderId}`)
    await page.getByTestId('order-triage').getByText('可发货', { exact: true }).waitFor()
    expect(await page.getByTestId('order-triage').innerText()).toContain('现在就可以发货')
  })

  it('adds an incoming delivery and edits it', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    await shop.invoke('settings.update', { language: 'en' })
    const sku = (await shop.invoke('products.list', { sort: 'merchantCode', limit: 1 })).rows[0]!
    const openBefore = (await shop.invoke('incoming.list', { status: 'open', limit: 1 })).total
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/alerts')
    await page.getByRole('navigation').getByRole('link', { name: 'Incoming stock' }).click()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`${openBefore} deliveries`)

    await page.getByRole('button', { name: 'Add delivery' }).click()
    const form = page.getByTestId('incoming-form')
    // Nothing chosen: the form says what is missing.
    await form.getByRole('button', { name: 'Add delivery' }).click()
    await form.getByText('Choose the SKU that is on its way.').waitFor()
    await form.getByPlaceholder('Type a merchant code, name or spec').fill(sku.merchantCode)
    await form.locator('.picker-item').filter({ hasText: sku.merchantCode }).first().click()
    await form.getByTestId('sku-chosen').getByText(sku.merchantCode).waitFor()
    await form.getByLabel('Quantity').fill('25')
    await form.getByLabel('Note').fill('PO-E2E-1')
    await form.getByRole('button', { name: 'Add delivery' }).click()
    await form.waitFor({ state: 'detached' })
    await page.getByText(`Delivery of 25 units of ${sku.merchantCode} added.`).waitFor()
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(`${openBefore + 1} deliveries`)

    const added = (await shop.invoke('incoming.list', { productId: sku.id, status: 'open', limit: 50 })).rows.find(
      (r) => r.note === 'PO-E2E-1'
    )!
    expect(added).toMatchObject({ quantity: 25, status: 'open', supplierId: sku.supplierId })
    // Its expected arrival defaults to the SKU's lead time from now.
    expect(Math.abs(Date.parse(added.expectedAt) - (TEST_NOW.getTime() + Math.max(1, sku.leadTimeDays) * 86_400_000))).toBeLessThan(2 * 3_600_000)

    // The new delivery opens in the side panel; edit its quantity there.
    const drawer = page.getByTestId('incoming-detail')
    await drawer.getByText('PO-E2E-1').waitFor()
    await drawer.getByRole('button', { name: 'Edit' }).click()
    const edit = page.getByTestId('incoming-form')
    expect(await edit.getByLabel('Quantity').inputValue()).toBe('25')
    await edit.getByLabel('Quantity').fill('30')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await edit.waitFor({ state: 'detached' })
    await expect.poll(async () => (await shop!.invoke('incoming.get', { id: added.id })).quantity).toBe(30)
    await expect.poll(() => drawer.locator('.stat-value').first().innerText()).toBe('30')
  })

  it('editing a platform rule in Settings changes the penalty of that platform’s short orders', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const pdd = (await shop.invoke('engine.triage', { state: 'short', platform: 'pdd', limit: 1 })).rows[0]!
    expect(pdd.lateFen).toBe(300)
    const before = await shop.invoke('engine.summary', {})
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/settings')
    const rules = page.getByTestId('rules-section')
    const active = rules.getByTestId('rule-card').filter({ hasText: '拼多多 · 延迟发货每单 ¥3' })
    expect(await active.innerText()).toContain('使用中')
    expect(await active.innerText()).toContain('来源（2025）')
    // The card is found by its id from here on: its name follows the fee once it changes.
    const card = rules.locator(`[data-testid="rule-card"][data-rule-id="${await active.getAttribute('data-rule-id')}"]`)

    await active.getByRole('button', { name: '修改“拼多多 · 延迟发货每单 ¥3”' }).click()
    const form = page.getByTestId('rule-form')
    const late = form.getByRole('group', { name: '延迟发货赔付', exact: true })
    expect(await late.getByLabel('每单金额').inputValue()).toBe('3')
    await late.getByLabel('每单金额').fill('8')
    await expect.poll(() => form.getByTestId('rule-example').innerText()).toContain('延迟发货赔付 ¥8.00')
    await form.getByRole('button', { name: '保存规则' }).click()
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => card.getByTestId('rule-late').innerText()).toBe('每单 ¥8')
    expect(await card.innerText()).toContain('预设（已修改）')
    // Its name says what it charges now, not the preset's ¥3.
    expect(await card.innerText()).toContain('拼多多 · 延迟发货每单 ¥8（已修改）')
    expect(await card.innerText()).not.toContain('延迟发货每单 ¥3')

    // The engine recomputed: the order's compensation and the money at risk follow the rule.
    const after = await shop.invoke('engine.summary', {})
    expect(after.lateFenShort).toBeGreaterThan(before.lateFenShort)
    await app.open(`#/orders?status=awaiting_shipment&state=short&order=${pdd.orderId}`)
    await expect.poll(() => page.getByTestId('triage-late-fen').innerText()).toBe('¥8.00')
    await app.open('#/alerts')
    await expect.poll(() => page.getByTestId('money-at-risk').innerText()).toBe(formatMoney(after.lateFenShort))

    // Reset puts the preset back.
    await app.open('#/settings')
    await card.getByRole('button', { name: '恢复预设' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '恢复预设' }).click()
    await expect
      .poll(async () => (await shop!.invoke('engine.triage', { state: 'short', platform: 'pdd', limit: 1 })).rows[0]!.lateFen)
      .toBe(300)
  })

  it('the what-if time changes hours left on Alerts without changing stored data', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    await shop.invoke('settings.update', { language: 'en' })
    const stored = await shop.invoke('engine.summary', {})
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/alerts')
    const first = page.getByTestId('urgent-orders').locator('a').first()
    await first.waitFor()
    const orderNo = (await first.getAttribute('data-order-no'))!
    const liveText = await first.locator('.countdown').first().innerText()
    expect(await page.getByTestId('what-if-banner').count()).toBe(0)

    // As of two days later: the banner says it is a simulation, and the countdown moved.
    await page.getByTestId('what-if-button').click()
    await page.getByRole('button', { name: '+2 days' }).click()
    await page.getByRole('dialog', { name: 'What-if time' }).getByRole('button', { name: 'Show' }).click()
    const banner = page.getByTestId('what-if-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('nothing stored has changed')
    const at = new URL(page.url().replace('#/', '')).searchParams.get('at')!
    expect(Date.parse(at) - TEST_NOW.getTime()).toBeGreaterThan(47 * 3_600_000)

    const asOf = (await shop.invoke('engine.triage', { state: 'short', sort: 'urgency', limit: 50, now: at })).rows.find(
      (r) => r.orderNo === orderNo
    )!
    const item = page.getByTestId('urgent-orders').locator(`a[data-order-no="${orderNo}"]`)
    const expected = countdownEn(asOf.deadline!, Date.parse(at))
    await expect.poll(() => item.locator('.countdown').first().innerText()).toBe(expected)
    expect(expected).not.toBe(liveText)
    expect(asOf.hoursLeft!).toBeLessThan(0)

    // Nothing stored changed: same computed moment, hours left still counted from now.
    const after = await shop.invoke('engine.summary', {})
    expect(after.computedAt).toBe(stored.computedAt)
    const live = (await shop.invoke('engine.triage', { state: 'short', sort: 'urgency', limit: 50 })).rows.find(
      (r) => r.orderNo === orderNo
    )!
    expect(Math.abs(live.hoursLeft! - (asOf.hoursLeft! + 48))).toBeLessThan(0.5)

    await banner.getByRole('button', { name: 'Back to now' }).click()
    await banner.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.getByTestId('urgent-orders').locator(`a[data-order-no="${orderNo}"]`).locator('.countdown').first().innerText())
      .toBe(liveText)
  })

  it('shows how each reorder figure was computed, and exports the suggestions as a CSV for Excel', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    const plan = await shop.invoke('engine.reorder', {})
    const lines = plan.groups.flatMap((g) => g.lines)
    expect(lines.length).toBeGreaterThan(0)
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN' })
    const { page } = app
    await app.open('#/inventory')
    await page.getByRole('navigation').getByRole('link', { name: '补货建议' }).click()
    const group = page.getByTestId('reorder-group').first()
    await group.waitFor()
    expect(await page.getByTestId('reorder-basis').innerText()).toContain('服务水平 95%（z = 1.645）')

    // A row opens to its formulas, in words, with the same numbers.
    const line = plan.groups[0]!.lines[0]!
    await group.getByRole('button', { name: `${line.merchantCode} 的计算过程` }).click()
    const formulas = group.getByTestId('formulas')
    expect(await formulas.innerText()).toContain(formatEngineMessage('zh-CN', line.suggestedQty.formula, TZ))
    expect(await formulas.innerText()).toContain('日均需求 =')
    expect(await group.getByTestId('suggested-qty').first().innerText()).toBe(String(line.suggestedQty.value))

    const csv = await exportCsv(page, 'reorder-export')
    expect(csv.name).toMatch(/^reorder-\d+\.csv$/)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = csv.bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe(
      '供应商,商家编码,商品,规格,可用,在途,缺货订单件数,日均需求,日需求标准差,交期（天）,安全库存,再订货点,建议采购量,单位成本（元）,采购金额（元）,计算方法'
    )
    expect(text).toContain(line.merchantCode)
    await page.getByText(`已导出 ${lines.length} 行`).waitFor()
  })
})
