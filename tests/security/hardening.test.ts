// The Electron security checklist (docs/engineering.md, practice 7), each item
// proved on the code or configuration that sets it. Window options, the CSP and
// the IPC sender check are in tests/main/security.test.ts; this file fills the gaps.
import { EventEmitter } from 'node:events'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, hardenWebContents, secureWebPreferences } from '../../src/main/security'
import { CALL_NAMES, channelOf } from '../../src/shared/contract'
import { dispatch } from '../../src/main/core/dispatch'
import { testShop, insertOrder } from '../helpers/shop'
import { NAVIGATE_CHANNEL } from '../../src/main/reminder-glue'

const ROOT = join(__dirname, '../..')
const APP = 'file:///opt/Stockout%20Desk/resources/app.asar/out/renderer/index.html'

class FakeContents extends EventEmitter {
  windowOpen: ((d: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.windowOpen = h
  }
}
const event = () => ({ prevented: false, preventDefault() { this.prevented = true } })

describe('web contents', () => {
  it('every window.open is denied, whatever the URL', () => {
    const c = new FakeContents()
    hardenWebContents(c as never, APP)
    for (const url of ['https://evil.example', APP, 'file:///etc/passwd', 'javascript:alert(1)']) expect(c.windowOpen?.({ url })).toEqual({ action: 'deny' })
  })

  it('navigation and redirects away from the app’s page are stopped; the app’s own page is allowed', () => {
    const c = new FakeContents()
    hardenWebContents(c as never, APP)
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = event()
      c.emit(name, away, 'https://evil.example/login')
      expect(away.prevented, name).toBe(true)
      const file = event()
      c.emit(name, file, 'file:///home/user/Downloads/x.html')
      expect(file.prevented, name).toBe(true)
      const home = event()
      c.emit(name, home, `${APP}#/orders`)
      expect(home.prevented, name).toBe(false)
    }
  })

  it('a <webview> is never attached, and the dev server counts only in development', () => {
    const c = new FakeContents()
    hardenWebContents(c as never, APP)
    const e = event()
    c.emit('will-attach-webview', e, {}, {})
    expect(e.prevented).toBe(true)
    const packaged = new FakeContents()
    hardenWebContents(packaged as never, APP, undefined)
    const toDev = event()
    packaged.emit('will-navigate', toDev, 'http://localhost:5173/')
    expect(toDev.prevented).toBe(true)
  })

  it('every permission request and check is refused', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null
    let check: ((...a: unknown[]) => boolean) | null = null
    denyAllPermissions({ setPermissionRequestHandler: (h: never) => (request = h), setPermissionCheckHandler: (h: never) => (check = h) } as never)
    const answers: boolean[] = []
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) request!(null, p, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false, false])
    expect(check!(null, 'media', 'file://', {})).toBe(false)
  })

  it('middle-click (Auxclick) is disabled and spellcheck does not reach out for dictionaries', () => {
    expect(secureWebPreferences('/p.js')).toMatchObject({ disableBlinkFeatures: 'Auxclick', spellcheck: false, navigateOnDragDrop: false })
  })
})

describe('preload', () => {
  afterEach(() => {
    vi.resetModules()
    vi.doUnmock('electron')
  })

  it('exposes window.api, one frozen function per contract call, and window.appNav, which only hands the page in-app routes, and nothing of ipcRenderer', async () => {
    const exposed = new Map<string, unknown>()
    const invoked: [string, unknown][] = []
    const listeners = new Map<string, (e: unknown, ...args: unknown[]) => void>()
    const ipcRenderer = {
      invoke: async (ch: string, input: unknown) => (invoked.push([ch, input]), { ok: true, value: null }),
      on: (ch: string, fn: (e: unknown, ...args: unknown[]) => void) => void listeners.set(ch, fn),
      send: () => {}
    }
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld: (k: string, v: unknown) => exposed.set(k, v) }, ipcRenderer }))
    await import('../../src/preload/index')
    expect([...exposed.keys()]).toEqual(['api', 'appNav'])
    const api = exposed.get('api') as Record<string, (i: unknown) => Promise<unknown>>
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort())
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function')
    // Values handed to the page are plain functions: no event objects, no ipcRenderer, no way to listen or send.
    const leaked: unknown[] = [ipcRenderer, ipcRenderer.on, ipcRenderer.send, ipcRenderer.invoke]
    expect(Object.values(api).some((v: unknown) => leaked.includes(v))).toBe(false)
    await api['shop.status']!(undefined)
    expect(invoked).toEqual([[channelOf('shop.status'), {}]])

    const nav = exposed.get('appNav') as { onNavigate: (cb: (route: string) => void) => void }
    expect(Object.isFrozen(nav)).toBe(true)
    expect(Object.keys(nav)).toEqual(['onNavigate'])
    const routes: unknown[] = []
    nav.onNavigate((...args: unknown[]) => routes.push(args))
    expect([...listeners.keys()]).toEqual([NAVIGATE_CHANNEL])
    const send = listeners.get(NAVIGATE_CHANNEL)!
    const event = { sender: ipcRenderer }
    send(event, '#/queue?case=12')
    send(event, 'https://example.com/')
    send(event, { route: 'queue' })
    expect(routes).toEqual([['#/queue?case=12']])
  })
})

describe('packaging', () => {
  async function builderConfig() {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config')
    const { DebugLogger } = await import('builder-util')
    const config = await getConfig(ROOT, null, null)
    // electron-builder's own schema check: a misspelt option would fail here.
    await validateConfiguration(config, new DebugLogger(false))
    return config
  }

  it('flips RunAsNode, NodeOptions and NodeCliInspect off and turns on ASAR integrity, as electron-builder will write them', async () => {
    const config = await builderConfig()
    const { PlatformPackager } = await import('app-builder-lib')
    // The same function electron-builder calls to build @electron/fuses' configuration before signing.
    const fuses = (await (PlatformPackager.prototype as unknown as { generateFuseConfig(f: unknown): Promise<Record<number, boolean>> }).generateFuseConfig(
      config.electronFuses
    )) as Record<number, boolean>
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    // The window is loaded from file://, which needs the protocol's usual privileges (module scripts).
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).not.toBe(false)
    // ASAR integrity needs an asar archive: packaging must not turn it off.
    expect(config.asar).not.toBe(false)
  })

  it('the app never spawns a Node child process, which RunAsNode=false would break', () => {
    const files = ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/core/import/jobs.ts', 'src/main/core/backup/tasks.ts']
    for (const f of files) expect(readFileSync(join(ROOT, f), 'utf8'), f).not.toMatch(/child_process|\bfork\(|utilityProcess/)
  })

  it('the built page keeps the Content-Security-Policy of the source page', () => {
    const built = join(ROOT, 'out/renderer/index.html')
    const src = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8')
    const csp = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(csp(src)).toMatch(/default-src 'self'/)
    if (existsSync(built)) expect(csp(readFileSync(built, 'utf8'))).toBe(csp(src))
  })
})

describe('personal data', () => {
  const PHONE = '13800138000'
  const NAME = '王小明'

  it('order lists carry no phone number; only the order detail has it', async () => {
    const { db, call } = testShop()
    const p = await call('products.create', { merchantCode: 'PD-1', name: '杯子' })
    const id = insertOrder(db, { orderNo: '26112600001', buyerName: NAME, lines: [{ productId: p.id, merchantCode: 'PD-1', quantity: 1 }] })
    db.prepare('UPDATE orders SET buyer_phone = ? WHERE id = ?').run(PHONE, id)
    const list = await call('orders.list', {})
    expect(JSON.stringify(list)).not.toContain(PHONE)
    expect((await call('orders.get', { id })).buyerPhone).toBe(PHONE)
  })

  it('the orders and products exports hold no buyer columns (no name, phone or address)', async () => {
    const { db, call } = testShop()
    const p = await call('products.create', { merchantCode: 'PD-2', name: '杯子' })
    const id = insertOrder(db, { orderNo: '26112600002', buyerName: NAME, lines: [{ productId: p.id, merchantCode: 'PD-2', quantity: 1 }] })
    db.prepare('UPDATE orders SET buyer_phone = ?, address = ? WHERE id = ?').run(PHONE, '上海市某路 1 号', id)
    for (const format of ['csv', 'xlsx'] as const) {
      const orders = await call('export.orders', { format, lang: 'zh-CN' })
      const products = await call('export.products', { format, lang: 'zh-CN' })
      expect(orders.rows).toBe(1)
      for (const file of [orders, products]) {
        const text = Buffer.from(file.bytes).toString('utf8')
        expect(text, `${file.fileName}`).not.toContain(PHONE)
        expect(text, `${file.fileName}`).not.toContain('上海市某路')
      }
    }
  })

  it('an unexpected error is logged by type and place only, never with its message (which may quote a name or phone)', async () => {
    const { handlers } = testShop()
    const logged: unknown[][] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args))
    try {
      const broken = { ...handlers, 'shop.status': () => { throw new TypeError(`cannot parse row: ${NAME} ${PHONE}`) } }
      expect(await dispatch(broken, 'shop.status', {})).toMatchObject({ ok: false, error: { code: 'internal' } })
    } finally {
      spy.mockRestore()
    }
    const text = JSON.stringify(logged)
    expect(text).toContain('TypeError')
    expect(text).not.toContain(PHONE)
    expect(text).not.toContain(NAME)
  })
})
