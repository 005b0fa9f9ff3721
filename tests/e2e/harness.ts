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
import { TEST_NOW } from '../helpers/clock'

export const ROOT = resolve(__dirname, '../..')
/** The built renderer; STOCKOUT_E2E_RENDERER_DIR points elsewhere (e.g. a build made with --outDir). */
export const RENDERER_DIR = process.env.STOCKOUT_E2E_RENDERER_DIR ? resolve(process.env.STOCKOUT_E2E_RENDERER_DIR) : join(ROOT, 'out', 'renderer')

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
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, env: browserEnv() })
}

/**
 * The browser's environment without an LD_PRELOAD shim: a run under `faketime`
 * (to prove the suite holds on any date) must move the test process's clock,
 * not Chromium's, whose page clock the harness pins itself.
 */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'LD_PRELOAD' || key.startsWith('FAKETIME')) continue
    env[key] = value
  }
  return env
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

/**
 * A real temporary shop database with the production handler table on top. Its clock is
 * `TEST_NOW` unless a test about time passes its own.
 */
export function openShopDb(now: () => Date = () => TEST_NOW): ShopDb {
  const dir = mkdtempSync(join(tmpdir(), 'stockout-e2e-'))
  const dbPath = join(dir, 'shop.db')
  const db = openDatabase(dbPath)
  // The inbox looks in the test's own (absent) Downloads, never the machine's: a test about the inbox sets its own.
  const ctx: CoreContext = { db, now, dbPath, appVersion: 'e2e', downloadsDir: join(dir, 'Downloads') }
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

/**
 * Runs an import through the handler table and waits for the job to settle. The job runs in this
 * process and reads its file a slice at a time between macrotasks, so each poll yields to the event
 * loop (setImmediate): a loop of bare `await invoke(...)` only ever runs microtasks, never lets the
 * job move, and spins forever.
 */
export async function importAndWait(shop: ShopDb, input: CallInput<'import.start'>): Promise<CallOutput<'import.job'>> {
  let job = await shop.invoke('import.start', input)
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await shop.invoke('import.job', { jobId: job.jobId })
  }
  return job
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
  /** The page's clock (countdowns, default times in forms); the shop's own clock unless given. */
  now?: Date
}

/** A browser page running the built renderer with `window.api` bound to `shop`'s handlers. */
export async function openAppPage(browser: Browser, baseUrl: string, shop: ShopDb, options: AppPageOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1
  })
  // The page computes relative times too (countdowns, "due in", default dates in forms): its
  // Date follows the shop's clock, while timers run as usual so debounces and polls still fire.
  await context.clock.setFixedTime(options.now ?? shop.ctx.now())
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  // exposeFunction carries JSON only, so bytes cross as {__bytes: base64} both ways (Electron's
  // structured clone carries Uint8Array natively; this detour exists only here).
  await page.exposeFunction('__stockoutInvoke', async (name: unknown, input: unknown) =>
    encodeBytes(await dispatch(shop.handlers, name, decodeBytes(input)))
  )
  await page.addInitScript(pageShim(CALL_NAMES as string[]))

  const waitForShell = () => page.locator('nav.sidebar').waitFor({ state: 'visible', timeout: 30_000 })
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

/**
 * Runs in the page (as preload would): one forwarding function per contract call, with
 * Uint8Array ↔ {__bytes: base64} on the way out and back. Plain source text, not a
 * serialised function, so no transpiler helper (tsx's __name) can leak into the page.
 */
function pageShim(names: string[]): string {
  return `(() => {
  const names = ${JSON.stringify(names)};
  const isObject = (v) => v !== null && typeof v === 'object';
  const encode = (v) => {
    if (v instanceof Uint8Array) {
      let bin = '';
      for (let i = 0; i < v.length; i += 0x8000) bin += String.fromCharCode(...v.subarray(i, i + 0x8000));
      return { __bytes: btoa(bin) };
    }
    if (Array.isArray(v)) return v.map(encode);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const decode = (v) => {
    if (Array.isArray(v)) return v.map(decode);
    if (!isObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '__bytes' && typeof v.__bytes === 'string') {
      const bin = atob(v.__bytes);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  };
  const api = {};
  for (const name of names) api[name] = async (input) => decode(await globalThis.__stockoutInvoke(name, encode(input)));
  Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();`
}

type Bytes = { __bytes: string }
const isBytes = (v: object): v is Bytes => {
  const keys = Object.keys(v)
  return keys.length === 1 && keys[0] === '__bytes' && typeof (v as Bytes).__bytes === 'string'
}

/** Node side of the byte bridge: {__bytes: base64} from the page → Uint8Array, anywhere in the value. */
export function decodeBytes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeBytes)
  if (v === null || typeof v !== 'object') return v
  if (isBytes(v)) return new Uint8Array(Buffer.from(v.__bytes, 'base64'))
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decodeBytes(x)]))
}

/** Uint8Array (Buffer included) → {__bytes: base64}, anywhere in a result going to the page. */
export function encodeBytes(v: unknown): unknown {
  if (v instanceof Uint8Array) return { __bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
  if (Array.isArray(v)) return v.map(encodeBytes)
  if (v === null || typeof v !== 'object') return v
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeBytes(x)]))
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
