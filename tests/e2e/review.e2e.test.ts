// The supply-chain review in Chromium on the demo shop: every chart draws the
// core's rows, a filter changes them, a bar lists its cases, PNG and CSV exports
// produce files, the table views and the empty state show, and the print
// stylesheet turns the screen into a report.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ReviewData } from '../../src/shared/review-types'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

const CHARTS = ['causes', 'trend', 'money', 'suppliers', 'skus'] as const

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

async function demo(locale: 'zh-CN' | 'en'): Promise<{ page: Page; shop: ShopDb }> {
  shop = openShopDb()
  await shop.invoke('demo.load', {})
  await shop.invoke('settings.update', { language: locale })
  app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale, viewport: { width: 1280, height: 900 } })
  await app.open('#/review')
  await app.page.getByTestId('review-summary').waitFor()
  return { page: app.page, shop }
}

/** Clicks Export → an item of a chart card's menu and returns the downloaded file. */
async function exportChart(page: Page, chart: string, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const card = page.getByTestId(`review-${chart}`)
  await card.getByRole('button', { name: /导出|Export/ }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('menuitem', { name: item }).click()])
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

const bars = (page: Page, chart: string) => page.getByTestId(`review-${chart}`).locator('.recharts-bar-rectangle path')

describe('Supply-chain review', () => {
  it('draws every chart from the demo shop, with legends, tooltips and the summary in words', async () => {
    const { page, shop } = await demo('zh-CN')
    const data: ReviewData = await shop.invoke('review.data', { days: 30 })
    expect(data.summary.cases).toBeGreaterThan(10)

    for (const chart of CHARTS) {
      const card = page.getByTestId(`review-${chart}`)
      await card.locator('svg.recharts-surface').first().waitFor()
      await expect.poll(() => bars(page, chart).count(), { message: chart }).toBeGreaterThan(0)
      expect(await card.locator('.recharts-legend-item').count(), chart).toBeGreaterThan(0)
      expect(await card.getByTestId('chart-empty').count(), chart).toBe(0)
    }
    // The Pareto draws one bar per cause the core listed (zero bars included), in its order.
    expect(await page.getByTestId('review-causes').locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()).toBe(data.causes.length)
    // Stacked by cause: as many series as causes with cases.
    const withCases = data.causes.filter((c) => c.cases > 0).length
    expect(await page.getByTestId('review-trend').locator('.recharts-legend-item').count()).toBe(withCases + 1)

    const summary = await page.getByTestId('review-summary').innerText()
    const top = data.summary.topCause!
    expect(summary).toContain(`最近 30 天（${data.range.from} 至 ${data.range.to}）`)
    expect(summary).toContain(`${top.pct}% 来自“${top.labelZh}”`)
    if (top.supplierName) expect(summary).toContain(`主要是${top.supplierName}`)
    expect(summary).toContain(`共退款 ¥${Math.round(data.summary.refundFen / 100).toLocaleString('en-US')}`)
    expect(await page.getByTestId('stat-cases').innerText()).toContain(String(data.summary.cases))

    // A tooltip on hover.
    await bars(page, 'causes').first().hover()
    await expect.poll(() => page.getByTestId('review-causes').locator('.recharts-tooltip-wrapper').innerText()).toContain(data.causes[0]!.labelZh)
  })

  it('changes with a filter, and a bar click lists its cases', async () => {
    const { page, shop } = await demo('zh-CN')
    const all: ReviewData = await shop.invoke('review.data', { days: 30 })
    const pdd: ReviewData = await shop.invoke('review.data', { days: 30, platform: 'pdd' })
    expect(pdd.summary.cases).toBeLessThan(all.summary.cases)

    await page.getByRole('combobox', { name: '平台', exact: true }).selectOption('pdd')
    await expect.poll(() => page.getByTestId('stat-cases').innerText()).toContain(String(pdd.summary.cases))
    await expect.poll(() => page.getByTestId('review-range').innerText()).toContain('平台 拼多多')

    // The tallest bar of the Pareto is the cause with most cases: its list has exactly those cases.
    const top = pdd.causes[0]!
    await bars(page, 'causes').first().click()
    const drawer = page.getByTestId('review-cases')
    await drawer.waitFor()
    await expect.poll(() => drawer.getByTestId('review-case').count()).toBe(top.cases)
    expect(await drawer.locator('.drawer-title').innerText()).toBe(`原因：${top.labelZh}`)
    expect(await drawer.getByTestId('review-case').first().innerText()).toContain(top.labelZh)
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })

    // A week's bar on the trend lists that week's cases.
    const week = pdd.trend.findIndex((w) => w.cases > 0)
    await page.getByTestId('review-trend').getByRole('button', { name: '表格' }).click()
    await page.getByTestId('table-trend').locator('tbody tr').nth(week).getByRole('button').click()
    await expect.poll(() => page.getByTestId('review-cases').getByTestId('review-case').count()).toBe(pdd.trend[week]!.cases)
    await page.keyboard.press('Escape')

    // 90 days: a longer trend.
    await page.getByRole('button', { name: '最近 90 天' }).click()
    const ninety: ReviewData = await shop.invoke('review.data', { days: 90, platform: 'pdd' })
    await expect.poll(() => page.getByTestId('review-range').innerText()).toContain(`${ninety.range.from} 至 ${ninety.range.to}`)
    await expect.poll(() => page.getByTestId('table-trend').locator('tbody tr').count()).toBe(ninety.trend.length)
  })

  it('a click on any drawn bar lists its cases, also where the Pareto line’s dot lies over the bar', async () => {
    const { page } = await demo('zh-CN')
    const drawer = page.getByTestId('review-cases')
    // Like a person: press the mouse at a point, whatever element is drawn on top there.
    const clickAt = async (box: { x: number; y: number; width: number; height: number }) => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      await page.mouse.up()
    }
    const closeDrawer = async () => {
      await page.keyboard.press('Escape')
      await drawer.waitFor({ state: 'detached' })
    }

    // Hovering a cause draws the cumulative line's active dot; a click on the dot itself
    // opened nothing when the dot sat over the bar (the first cause, in some demo shops).
    const first = bars(page, 'causes').first()
    await first.scrollIntoViewIfNeeded()
    await first.hover()
    const dot = page.getByTestId('review-causes').locator('.recharts-active-dot circle').first()
    await dot.waitFor()
    await clickAt((await dot.boundingBox())!)
    await drawer.waitFor()
    expect(await drawer.getByTestId('review-case').count()).toBeGreaterThan(0)
    await closeDrawer()

    for (const chart of CHARTS) {
      const count = await bars(page, chart).count()
      expect(count, chart).toBeGreaterThan(0)
      for (let i = 0; i < count; i++) {
        const bar = bars(page, chart).nth(i)
        await bar.scrollIntoViewIfNeeded()
        const box = await bar.boundingBox()
        if (!box || box.height < 1 || box.width < 1) continue
        await clickAt(box)
        await drawer.waitFor()
        await expect.poll(() => drawer.getByTestId('review-case').count(), { message: `${chart} bar ${i}` }).toBeGreaterThan(0)
        await closeDrawer()
      }
    }
  })

  it('exports a chart as PNG and its rows as CSV', async () => {
    const { page, shop } = await demo('en')
    const data: ReviewData = await shop.invoke('review.data', { days: 30 })
    await bars(page, 'causes').first().waitFor()

    const png = await exportChart(page, 'causes', /^Image \(PNG\)/)
    expect(png.name).toBe(`review-causes-${data.range.from}_${data.range.to}.png`)
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // IHDR: width and height, big-endian, at bytes 16–23; drawn at twice the chart's size.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000)
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(500)
    expect(png.bytes.length).toBeGreaterThan(20_000)

    const csv = await exportChart(page, 'causes', /^CSV/)
    expect(csv.name).toBe(`review-causes-${data.range.from}_${data.range.to}.csv`)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean)
    expect(lines[0]!.startsWith('Cause,Code,Cases,Share of cases (%)')).toBe(true)
    expect(lines).toHaveLength(data.causes.length + 1)
    expect(lines[1]!.split(',').slice(1, 3)).toEqual([data.causes[0]!.code, String(data.causes[0]!.cases)])

    const trend = await exportChart(page, 'trend', /^CSV/)
    expect(trend.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(data.trend.length + 1)
    const suppliersPng = await exportChart(page, 'suppliers', /^Image \(PNG\)/)
    expect(suppliersPng.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  it('shows each chart’s data as a table, an empty state for an empty period, and prints as a report', async () => {
    const { page, shop } = await demo('en')
    const data: ReviewData = await shop.invoke('review.data', { days: 30 })
    expect(await page.getByTestId('review-summary').innerText()).toMatch(/^In the last 30 days/)

    for (const chart of CHARTS) {
      await page.getByTestId(`review-${chart}`).getByRole('button', { name: 'Table', exact: true }).click()
      await page.getByTestId(`table-${chart}`).waitFor()
    }
    expect(await page.getByTestId('table-causes').locator('tbody tr').count()).toBe(data.causes.length)
    expect(await page.getByTestId('table-suppliers').locator('tbody tr').count()).toBe(data.suppliers.length)
    expect(await page.getByTestId('table-skus').locator('tbody tr').count()).toBe(data.skusByCases.length)
    const firstSku = data.skusByCases[0]!
    expect(await page.getByTestId('table-skus').locator('tbody tr').first().innerText()).toContain(firstSku.merchantCode)

    // The printed report: no sidebar or controls, the method spelled out, charts kept.
    await page.getByTestId('review-causes').getByRole('button', { name: 'Chart', exact: true }).click()
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.sidebar').isVisible()).toBe(false)
    expect(await page.locator('.review-filters').isVisible()).toBe(false)
    expect(await page.getByTestId('review-print').isVisible()).toBe(false)
    expect(await page.locator('.review-print-head').isVisible()).toBe(true)
    expect(await page.locator('.review-how-body').isVisible()).toBe(true)
    expect(await page.getByTestId('review-causes').locator('svg.recharts-surface').first().isVisible()).toBe(true)
    const overflow = await page.evaluate('getComputedStyle(document.body).overflow')
    expect(overflow).toBe('visible')
    await page.emulateMedia({ media: 'screen' })
    expect(await page.locator('.sidebar').isVisible()).toBe(true)
    expect(await page.locator('.review-how-body').isVisible()).toBe(false)

    // A period with no cases: every chart says so instead of drawing nothing.
    await page.getByRole('button', { name: 'Custom' }).click()
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2021-01-01')
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2021-01-31')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect.poll(() => page.getByTestId('chart-empty').count()).toBe(CHARTS.length)
    expect(await page.getByTestId('review-summary').innerText()).toContain('From 2021-01-01 to 2021-01-31, no stockout case')
    // An impossible range cannot be applied.
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2021-02-10')
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true)
    await page.getByRole('alert').filter({ hasText: 'start date' }).waitFor()
  })
})
