// `npm run screenshots`: the demo shop in a temp database, every screen in zh-CN
// and en at 1280×800, saved to docs/screenshots/<lang>-<screen>.png.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { openAppPage, openShopDb, ROOT, startHarness } from './harness'

const OUT_DIR = join(ROOT, 'docs', 'screenshots')
const LANGS = ['zh-CN', 'en'] as const

async function settle(page: Page): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => undefined)')
  // Let virtualized rows, panel animations and pending pages finish.
  await page.waitForTimeout(400)
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

    for (const lang of LANGS) {
      await shop.invoke('settings.update', { language: lang })
      const app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: lang, viewport: { width: 1280, height: 800 } })
      const { page } = app
      const shots: { name: string; hash: string; ready: () => Promise<unknown> }[] = [
        { name: 'alerts', hash: '#/alerts', ready: () => page.getByTestId('card-skus').waitFor() },
        {
          name: 'orders',
          hash: `#/orders?order=${order.id}`,
          ready: async () => {
            await page.getByTestId('orders-table').locator('[data-col="orderNo"]').first().waitFor()
            await page.getByTestId('order-lines').waitFor()
          }
        },
        { name: 'queue', hash: '#/queue', ready: () => page.locator('.empty-state').waitFor() },
        {
          name: 'inventory',
          hash: `#/inventory?sku=${sku.id}`,
          ready: async () => {
            await page.getByTestId('inventory-table').locator('[data-col="merchantCode"]').first().waitFor()
            await page.getByTestId('detail-on-hand').waitFor()
            await page.getByTestId('movement-history').waitFor()
          }
        },
        { name: 'review', hash: '#/review', ready: () => page.locator('.empty-state').waitFor() },
        { name: 'import', hash: '#/import', ready: () => page.locator('.empty-state').waitFor() },
        { name: 'settings', hash: '#/settings', ready: () => page.getByTestId('about').waitFor() }
      ]
      for (const shot of shots) {
        await app.open(shot.hash)
        await shot.ready()
        await settle(page)
        const file = join(OUT_DIR, `${lang}-${shot.name}.png`)
        await page.screenshot({ path: file })
        console.log('saved', file)
      }
      await app.close()
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
