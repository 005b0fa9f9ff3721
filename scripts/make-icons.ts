// Regenerates the app icon's PNGs from resources/icon.svg (only needed after editing the SVG; the
// PNGs are committed). Rasterised by Chromium through playwright-core, which the e2e tests use:
//   npx tsx scripts/make-icons.ts
// resources/icon.png (1024 px) is what the window and electron-builder's Windows (.ico) and macOS
// (.icns) conversions start from; resources/icons/NxN.png is the size set Linux desktops pick from.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium } from './find-chromium'

const ROOT = join(__dirname, '..')
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'resources/icon.svg'), 'utf8')
  const browser = await chromium.launch({ executablePath: findChromium() })
  try {
    const page = await browser.newPage()
    mkdirSync(join(ROOT, 'resources/icons'), { recursive: true })
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size })
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`)
      await page.waitForFunction('document.images[0]?.complete === true')
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
      writeFileSync(join(ROOT, `resources/icons/${size}x${size}.png`), png)
      if (size === 1024) writeFileSync(join(ROOT, 'resources/icon.png'), png)
    }
  } finally {
    await browser.close()
  }
}

void main()
