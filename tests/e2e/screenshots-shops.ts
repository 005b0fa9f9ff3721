// Part of `npm run screenshots` (issue 16): the demo shop's four shops in Settings and
// the shop filter on the queue, the Alerts inbox with a morning's exports in Downloads,
// a supplier's purchase list from Reorder, and the cause suggested with its evidence.
// Saved to docs/screenshots/<lang>-<name>.png at 1280×800.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { tempDir } from '../helpers/shop'
import { fillInbox } from '../inbox/folder'
import { openAppPage, openShopDb, ROOT, startHarness, type Harness, type ShopDb } from './harness'

const OUT_DIR = join(ROOT, 'docs', 'screenshots')
const VIEWPORT = { width: 1280, height: 800 }
const LANGS = ['zh-CN', 'en'] as const
type Lang = (typeof LANGS)[number]

async function settle(page: Page): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => undefined)')
  // Let virtualized rows and pending pages finish before the picture is taken.
  await page.waitForTimeout(400)
}

async function shoot(harness: Harness, shop: ShopDb, lang: Lang, name: string, go: (page: Page, open: (hash: string) => Promise<void>) => Promise<void>) {
  const app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: lang, viewport: VIEWPORT })
  try {
    await go(app.page, (hash) => app.open(hash))
    await settle(app.page)
    await app.page.screenshot({ path: join(OUT_DIR, `${lang}-${name}.png`) })
  } finally {
    await app.close()
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true })
  const harness = await startHarness()
  const folder = tempDir()
  try {
    for (const lang of LANGS) {
      const shop = openShopDb()
      try {
        await shop.invoke('settings.update', { language: lang })
        await shop.invoke('demo.load', {})
        fillInbox(folder.dir)
        shop.ctx.downloadsDir = folder.dir

        await shoot(harness, shop, lang, 'settings-shops', async (page, open) => {
          await open('#/settings')
          const section = page.getByTestId('shops-section')
          await section.getByTestId('shop-row').first().waitFor()
          await section.scrollIntoViewIfNeeded()
        })
        await shoot(harness, shop, lang, 'alerts-inbox', async (page, open) => {
          await open('#/alerts')
          await page.getByTestId('inbox').getByTestId('inbox-file').first().waitFor()
        })
        await shoot(harness, shop, lang, 'queue-one-shop', async (page, open) => {
          const second = (await shop.invoke('shops.list', {})).find((s) => s.platform === 'pdd' && !s.isDefault)!
          await open('#/queue')
          await page.getByTestId('shop-picker').locator('select').selectOption(String(second.id))
          await page.getByTestId('shop-filter-banner').waitFor()
          await page.getByTestId('queue-list').locator('[data-index="0"][data-case-id]').click()
          await page.getByTestId('case-detail').waitFor()
        })
        await shoot(harness, shop, lang, 'purchase-list', async (page, open) => {
          await open('#/reorder')
          await page.getByRole('button', { name: lang === 'en' ? /^Purchase list for / : /采购单/ }).first().click()
          await page.getByTestId('purchase-dialog').getByTestId('purchase-text').waitFor()
        })
        await shoot(harness, shop, lang, 'cause-suggestion', async (page, open) => {
          // A case whose data points to a cause: the first open case with a suggestion.
          const cases = (await shop.invoke('queue.list', { limit: 200 })).rows
          let target: number | null = null
          for (const c of cases) {
            if (await shop.invoke('queue.suggestCause', { caseId: c.caseId })) {
              target = c.caseId
              break
            }
          }
          if (target === null) throw new Error('the demo shop has no open case with a suggested cause')
          await open(`#/queue?case=${target}`)
          const detail = page.getByTestId('case-detail')
          await detail.waitFor()
          await page.keyboard.press('7')
          await detail.getByTestId('form-cause').getByTestId('cause-suggestion').waitFor()
        })
      } finally {
        shop.close()
      }
    }
  } finally {
    folder.cleanup()
    await harness.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
