import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bindHandlers } from '../../src/main/ipc'
import { isAppUrl, isTrustedSender, secureWebPreferences } from '../../src/main/security'
import { CALL_NAMES, channelOf } from '../../src/shared/contract'
import { testShop } from '../helpers/shop'

const APP = 'file:///opt/Stockout%20Desk/resources/app.asar/out/renderer/index.html'

describe('Electron security defaults', () => {
  it('the window runs with context isolation, the sandbox, and no Node integration', async () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('only the app’s own page counts as the app: no other file, site or scheme', async () => {
    expect(isAppUrl(APP, APP)).toBe(true)
    expect(isAppUrl(APP + '#/inventory', APP)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false)
    expect(isAppUrl('https://evil.example/', APP)).toBe(false)
    expect(isAppUrl('javascript:alert(1)', APP)).toBe(false)
    expect(isAppUrl('not a url', APP)).toBe(false)
    expect(isAppUrl('http://localhost:5173/x', APP, 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5174/x', APP, 'http://localhost:5173')).toBe(false)
  })

  it('IPC answers only the app’s top-level frame', async () => {
    expect(isTrustedSender({ url: APP, isMainFrame: true }, APP)).toBe(true)
    expect(isTrustedSender({ url: APP, isMainFrame: false }, APP)).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example', isMainFrame: true }, APP)).toBe(false)
    expect(isTrustedSender(null, APP)).toBe(false)
  })

  it('main binds every contract call and refuses a foreign sender with a typed error', async () => {
    const registered = new Map<string, (event: unknown, input: unknown) => unknown>()
    const { handlers } = testShop()
    bindHandlers({ handle: (ch: string, fn: (e: unknown, i: unknown) => unknown) => registered.set(ch, fn) } as never, () => handlers, APP)
    expect([...registered.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort())
    const fn = registered.get(channelOf('shop.status'))!
    expect(await fn({ senderFrame: { url: APP, parent: null } }, {})).toMatchObject({ ok: true })
    expect(await fn({ senderFrame: { url: 'https://evil.example', parent: null } }, {})).toEqual({
      ok: false,
      error: { code: 'forbidden_sender', messageKey: 'errors.forbidden_sender' }
    })
    expect(await fn({ senderFrame: { url: APP, parent: {} } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
    expect(await fn({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
  })

  it('main takes the single-instance lock before it opens the database, and denies new windows and navigation', async () => {
    const src = readFileSync(join(__dirname, '../../src/main/index.ts'), 'utf8')
    const lock = src.indexOf('requestSingleInstanceLock()')
    expect(lock).toBeGreaterThan(0)
    expect(src.indexOf('openDatabase(')).toBeGreaterThan(lock)
    // The handlers themselves are proved on fake web contents in tests/security/hardening.test.ts.
    expect(src).toMatch(/app\.on\('web-contents-created', \(_e, contents\) => hardenWebContents\(contents, appIndexFileUrl, devServerUrl\)\)/)
    expect(src).toMatch(/denyAllPermissions\(session\.defaultSession\)/)
    expect(src).not.toMatch(/openExternal/)
  })

  it('the page declares a Content-Security-Policy that only allows the app itself', async () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/unsafe-eval/)
  })
})
