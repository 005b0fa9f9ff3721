// Issue 14 point 7 in the page: the saved picture of the causes Pareto draws its legend in
// the bars' colours (recharts' own legend gives that series its grey), and the review loads
// on demand without a console error.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppPage, openShopDb, startHarness, type Harness, type ShopDb } from './harness'
import { readPng } from './png-pixels'

let harness: Harness
let shop: ShopDb
beforeAll(async () => {
  harness = await startHarness()
  shop = openShopDb()
  await shop.invoke('demo.load', {})
})
afterAll(async () => {
  shop?.close()
  await harness?.close()
})

describe('small polish', () => {
  it('draws the saved Pareto legend in the colours of its bars', async () => {
    const app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    try {
      await app.open('#/review')
      const card = app.page.getByTestId('review-causes')
      await card.locator('.recharts-bar-rectangle path').first().waitFor()
      const barColors = (await card.locator('.recharts-bar-rectangle path').evaluateAll((els) => {
        // Runs in the page; typed here without the DOM library.
        const style = (globalThis as unknown as { getComputedStyle: (e: unknown) => { fill: string } }).getComputedStyle
        return [...new Set(els.map((e) => style(e).fill))]
      })) as string[]
      expect(barColors.length).toBeGreaterThan(2)
      await card.getByRole('button', { name: /Export/ }).click()
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        card.getByRole('menuitem', { name: /^Image \(PNG\)/ }).click()
      ])
      const png = readPng(new Uint8Array(readFileSync((await download.path())!)))
      // The legend is the strip under the chart: its last 40 px, drawn at twice the size.
      const seen = new Set<string>()
      for (let y = png.height - 80; y < png.height; y++) for (let x = 0; x < png.width; x++) seen.add(png.at(x, y))
      const rgb = (css: string) =>
        css
          .replace(/^rgba?\(|\)$/g, '')
          .split(',')
          .slice(0, 3)
          .map((v) => v.trim())
          .join(',')
      const inLegend = barColors.map(rgb).filter((c) => seen.has(c))
      expect(inLegend).toEqual(barColors.map(rgb))
      expect(app.problems).toEqual([])
    } finally {
      await app.close()
    }
  })
})
