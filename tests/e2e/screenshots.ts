// `npm run screenshots`: the demo shop in a temp database, every screen in zh-CN
// and en at 1280×800, saved to docs/screenshots/<lang>-<screen>.png, and again at
// 1100×560 (a 1366×768 laptop at 125 % scaling) in docs/screenshots/small/, plus the
// Import screen previewing a small Pinduoduo export (<lang>-import-preview.png)
// and the stockout engine's views: Alerts in what-if mode, the stock position,
// incoming stock, reorder suggestions with a calculation open, platform rules,
// the cancellation queue with a case open mid-flow, and the supply-chain review
// (summary and Pareto; suppliers and trend over 90 days; a bar's cases).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { formatShopTime } from '../../src/shared/time'
import type { OrderDetail } from '../../src/shared/types'
import { openAppPage, openShopDb, ROOT, startHarness, type ShopDb } from './harness'
import { testTimeIn } from '../helpers/clock'

const OUT_DIR = join(ROOT, 'docs', 'screenshots')
const LANGS = ['zh-CN', 'en'] as const
/** The roomy size, and the small office PC's (sidebar folded to its rail). */
const SIZES = [
  { dir: OUT_DIR, viewport: { width: 1280, height: 800 } },
  { dir: join(OUT_DIR, 'small'), viewport: { width: 1100, height: 560 } }
] as const

async function settle(page: Page): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => undefined)')
  // Let virtualized rows, panel animations and pending pages finish.
  await page.waitForTimeout(400)
}

const PDD_EXPORT = [
  '订单号',
  '订单状态',
  '商品数量(件)',
  '支付时间',
  '承诺发货时间',
  '商家编码-规格维度',
  '商品',
  '商品规格',
  '用户实付金额(元)',
  '售后状态'
]

/**
 * A Pinduoduo export worth previewing: new orders for real SKUs, one demo order that has
 * since shipped (an update), a merchant code the shop does not know, and a mistyped amount.
 */
async function previewFixture(shop: ShopDb): Promise<Uint8Array> {
  const skus = (await shop.invoke('products.list', { sort: 'onHand', dir: 'desc', limit: 6 })).rows
  const waiting = (await shop.invoke('orders.list', { status: 'awaiting_shipment', platform: 'pdd', limit: 50 })).rows.find(
    (o) => o.lineCount === 1
  )
  const rows: string[][] = []
  const time = (iso: string | null) => formatShopTime(iso, 'Asia/Shanghai')
  const add = (orderNo: string, status: string, qty: number, code: string, title: string, spec: string, paid: string) =>
    rows.push([orderNo, status, String(qty), '2026-11-25 20:15:07', '2026-11-27 20:15:07', code, title, spec, paid, '无售后或售后取消'])
  skus
    .slice(0, 4)
    .forEach((p, i) =>
      add(`261126-5800000000000${10 + i}`, '待发货', 1 + (i % 2), p.merchantCode, p.name, p.spec, `${(p.priceFen / 100).toFixed(2)}`)
    )
  if (waiting) {
    const o: OrderDetail = await shop.invoke('orders.get', { id: waiting.id })
    const l = o.lines[0]!
    rows.push([
      o.orderNo,
      '已发货，待签收',
      String(l.quantity),
      time(o.paidAt),
      time(o.promisedShipAt),
      l.merchantCode,
      l.title,
      l.spec,
      (o.paidFen / 100).toFixed(2),
      '无售后或售后取消'
    ])
  }
  add('261126-580000000000020', '待发货', 1, 'PDD-CUP-750-PNK', '真空保温杯 750ml', '樱花粉', '59.00')
  add('261126-580000000000021', '待发货', 2, skus[4]?.merchantCode ?? 'X', skus[4]?.name ?? '', skus[4]?.spec ?? '', '39,9O')
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
  const text = [PDD_EXPORT, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n'
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true })
  const harness = await startHarness()
  const shop = openShopDb()
  try {
    await shop.invoke('demo.load', {})
    // An order worth showing: awaiting shipment, soonest deadline, preferably several lines.
    const waiting = (await shop.invoke('orders.list', { status: 'awaiting_shipment', sort: 'promisedShipAt', dir: 'asc', limit: 50 })).rows
    const order = waiting.find((o) => o.lineCount > 1) ?? waiting[0]
    // A SKU worth showing: out of stock with orders waiting, so the highlights are visible.
    const short = (await shop.invoke('products.list', { filter: 'with_demand', sort: 'openDemand', dir: 'desc', limit: 50 })).rows
    const sku = short.find((p) => p.onHand === 0) ?? short[0] ?? (await shop.invoke('products.list', { limit: 1 })).rows[0]
    if (!order || !sku) throw new Error('The demo shop has no awaiting order or SKU to show.')
    // A short order the engine recommends a substitute for, else any short order: its detail shows a recommendation and its reason.
    const shortRows = (await shop.invoke('engine.triage', { state: 'short', limit: 50 })).rows
    const shortOrder = shortRows.find((r) => r.recommendation === 'substitute') ?? shortRows[0]
    if (!shortOrder) throw new Error('The demo shop has no short order to show.')
    // A queue case mid-flow for the queue screenshot: offered, waiting for the buyer's answer.
    const queueRows = (await shop.invoke('queue.list', { limit: 200 })).rows
    const midCase = queueRows.find((r) => r.step === 'answer') ?? queueRows.find((r) => r.step === 'offer') ?? queueRows[0]
    if (!midCase) throw new Error('The demo shop has no queue case to show.')
    const whatIf = testTimeIn(24).toISOString()
    const fixture = await previewFixture(shop)

    for (const size of SIZES)
      for (const lang of LANGS) {
        mkdirSync(size.dir, { recursive: true })
        await shop.invoke('settings.update', { language: lang })
        const app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: lang, viewport: size.viewport })
        const { page } = app
        const shots: { name: string; hash: string; ready: () => Promise<unknown> }[] = [
          {
            name: 'alerts',
            hash: '#/alerts',
            ready: async () => {
              await page.getByTestId('card-skus').waitFor()
              await page.getByTestId('urgent-orders').waitFor()
            }
          },
          {
            name: 'alerts-what-if',
            hash: `#/alerts?at=${encodeURIComponent(whatIf)}`,
            ready: async () => {
              await page.getByTestId('what-if-banner').waitFor()
              await page.getByTestId('urgent-orders').waitFor()
            }
          },
          {
            name: 'orders',
            hash: `#/orders?status=awaiting_shipment&state=short&order=${shortOrder.orderId}`,
            ready: async () => {
              await page.getByTestId('orders-table').locator('[data-col="orderNo"]').first().waitFor()
              await page.getByTestId('order-lines').waitFor()
              await page.getByTestId('order-triage').waitFor()
            }
          },
          {
            // A case mid-flow: the buyer was told and offered a solution; the answer is next.
            name: 'queue',
            hash: `#/queue?case=${midCase.caseId}`,
            ready: async () => {
              await page.getByTestId('queue-list').locator('[data-index="0"][data-case-id]').waitFor()
              await page.getByTestId('case-detail').locator('h2', { hasText: midCase.orderNo }).waitFor()
              await page.getByTestId('draft-text').waitFor()
            }
          },
          {
            name: 'inventory',
            hash: `#/inventory?sku=${sku.id}`,
            ready: async () => {
              await page.getByTestId('inventory-table').locator('[data-col="merchantCode"]').first().waitFor()
              await page.getByTestId('detail-on-hand').waitFor()
              await page.getByTestId('movement-history').waitFor()
              await page.getByTestId('position-block').waitFor()
            }
          },
          {
            name: 'inventory-position',
            hash: '#/inventory?view=position&filter=short',
            ready: () => page.getByTestId('position-table').locator('[data-col="merchantCode"]').first().waitFor()
          },
          {
            name: 'incoming',
            hash: '#/incoming',
            ready: () => page.getByTestId('incoming-table').locator('[data-col="merchantCode"]').first().waitFor()
          },
          {
            name: 'reorder',
            hash: '#/reorder',
            ready: async () => {
              await page.getByTestId('reorder-group').first().waitFor()
              await page.getByTestId('reorder-group').first().locator('.toggle-btn').first().click()
              await page.getByTestId('formulas').first().waitFor()
            }
          },
          {
            // The supply-chain review: the summary in words and the causes Pareto.
            name: 'review',
            hash: '#/review',
            ready: () => page.getByTestId('review-causes').locator('.recharts-bar-rectangle').first().waitFor()
          },
          {
            // 90 days: the suppliers' cases and scorecard, and the weekly trend below.
            name: 'review-suppliers',
            hash: '#/review?days=90',
            ready: async () => {
              await page.getByTestId('supplier-scorecard').waitFor()
              await page.getByTestId('review-trend').locator('.recharts-bar-rectangle').first().waitFor()
              await page.evaluate(`document.querySelector('[data-testid="review-suppliers"]').scrollIntoView({ block: 'start' })`)
            }
          },
          {
            // A bar clicked: the cases behind the biggest cause.
            name: 'review-cases',
            hash: '#/review',
            ready: async () => {
              await page.getByTestId('review-causes').locator('.recharts-bar-rectangle path').first().click()
              await page.getByTestId('review-cases').getByTestId('review-case').first().waitFor()
            }
          },
          { name: 'import', hash: '#/import', ready: () => page.getByTestId('import-guide').waitFor() },
          { name: 'settings', hash: '#/settings', ready: () => page.getByTestId('about').waitFor() },
          {
            name: 'settings-rules',
            hash: '#/settings?section=rules',
            ready: () => page.getByTestId('rule-card').first().waitFor()
          }
        ]
        for (const shot of shots) {
          await app.open(shot.hash)
          await shot.ready()
          await settle(page)
          const file = join(size.dir, `${lang}-${shot.name}.png`)
          await page.screenshot({ path: file })
          console.log('saved', file)
        }
        // The Import screen with a file chosen and its preview on screen (nothing imported).
        await app.open('#/import')
        await page
          .locator('input[type="file"]')
          .setInputFiles({ name: 'pdd-orders-20261126.csv', mimeType: 'text/csv', buffer: Buffer.from(fixture) })
        await page.getByTestId('import-preview').waitFor()
        await page.getByTestId('import-progress').waitFor({ state: 'detached' })
        await settle(page)
        const file = join(size.dir, `${lang}-import-preview.png`)
        await page.screenshot({ path: file })
        console.log('saved', file)
        await app.close()
        // The first start: an empty shop's three steps.
        const empty = openShopDb()
        try {
          await empty.invoke('settings.update', { language: lang })
          const first = await openAppPage(harness.browser, harness.baseUrl, empty, { locale: lang, viewport: size.viewport })
          await first.open('#/alerts')
          await first.page.getByTestId('first-run').waitFor()
          await settle(first.page)
          const welcome = join(size.dir, `${lang}-welcome.png`)
          await first.page.screenshot({ path: welcome })
          console.log('saved', welcome)
          await first.close()
        } finally {
          empty.close()
        }
      }
  } finally {
    shop.close()
    await harness.close()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
