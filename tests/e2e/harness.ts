// The e2e harness plays Electron's main process: it serves the built renderer
// (out/renderer) over http://127.0.0.1, opens a real SQLite file, builds the same
// handler table main binds to ipcMain, and gives the page a `window.api` whose
// every call goes through the same `dispatch`. Nothing test-only lives in src/.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CALL_NAMES, type CallInput, type CallName, type CallOutput, type Handlers } from '../../src/shared/contract'
import type { Result } from '../../src/shared/errors'
import { createHandlers } from '../../src/main/core/handlers'
import { closeDatabase, openDatabase, type Db } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import type { CoreContext } from '../../src/main/core/context'
import { findChromium } from '../../scripts/find-chromium'

export const ROOT = resolve(__dirname, '../..')
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

export function assertBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${join(RENDERER_DIR, 'index.html')} is missing). Run \`npx electron-vite build\` first.`)
  }
}

/** A tiny static server for out/renderer: module scripts don't load from file:// in Chromium. */
export async function serveRenderer(dir = RENDERER_DIR): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      })
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
}

export interface ShopDb {
  db: Db
  ctx: CoreContext
  handlers: Handlers
  dbPath: string
  /** Calls the handler table exactly as the page does; throws on an error envelope. */
  invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>
  close(): void
}

/** A real temporary shop database with the production handler table on top. */
export function openShopDb(): ShopDb {
  const dir = mkdtempSync(join(tmpdir(), 'stockout-e2e-'))
  const dbPath = join(dir, 'shop.db')
  const db = openDatabase(dbPath)
  const ctx: CoreContext = { db, now: () => new Date(), dbPath, appVersion: 'e2e' }
  const handlers = createHandlers(ctx)
  return {
    db,
    ctx,
    handlers,
    dbPath,
    async invoke(name, input) {
      const r = (await dispatch(handlers, name, input)) as Result<CallOutput<typeof name>>
      if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`)
      return r.value
    },
    close() {
      closeDatabase(db)
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export interface AppPage {
  page: Page
  context: BrowserContext
  /** Uncaught exceptions and console errors from the page; tests expect none. */
  problems: string[]
  /** Opens the app at a screen ('#/orders'), waiting until the shell is on screen. */
  open(hash?: string): Promise<void>
  reload(): Promise<void>
  close(): Promise<void>
}

export interface AppPageOptions {
  locale?: 'zh-CN' | 'en'
  viewport?: { width: number; height: number }
}

/** A browser page running the built renderer with `window.api` bound to `shop`'s handlers. */
export async function openAppPage(browser: Browser, baseUrl: string, shop: ShopDb, options: AppPageOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  await page.exposeFunction('__stockoutInvoke', (name: unknown, input: unknown) => dispatch(shop.handlers, name, input))
  await page.addInitScript((names: string[]) => {
    // Runs in the page (as preload would): one forwarding function per contract call.
    const w = globalThis as unknown as { __stockoutInvoke: (n: string, i: unknown) => Promise<unknown> }
    const api: Record<string, (input: unknown) => Promise<unknown>> = {}
    for (const name of names) api[name] = (input: unknown) => w.__stockoutInvoke(name, input)
    Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), writable: false, configurable: false })
  }, CALL_NAMES as string[])

  const waitForShell = () => page.getByRole('navigation').waitFor({ state: 'visible', timeout: 30_000 })
  return {
    page,
    context,
    problems,
    async open(hash = '#/alerts') {
      await page.goto(baseUrl + hash)
      await waitForShell()
    },
    async reload() {
      await page.reload()
      await waitForShell()
    },
    close: () => context.close()
  }
}

/** Everything a test file needs: one browser and one static server, shared by its tests. */
export interface Harness {
  browser: Browser
  baseUrl: string
  close(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  assertBuilt()
  const server = await serveRenderer()
  let browser: Browser
  try {
    browser = await launchChromium()
  } catch (e) {
    await server.close()
    throw e
  }
  return {
    browser,
    baseUrl: server.url,
    async close() {
      await browser.close()
      await server.close()
    }
  }
}
