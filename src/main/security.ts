// Pure security decisions for the Electron glue, kept free of Electron objects so
// tests can prove each item of the checklist on the code that sets it.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'

export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle click would otherwise try to open a link in a new window (denied anyway by setWindowOpenHandler).
    disableBlinkFeatures: 'Auxclick'
  }
}

/**
 * True when `url` is the app's own page: the packaged index.html (file://) or,
 * in development only, the electron-vite dev server's origin.
 */
export function isAppUrl(url: string, appIndexFileUrl: string, devServerUrl?: string): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (devServerUrl) {
    try {
      if (u.origin === new URL(devServerUrl).origin) return true
    } catch {
      /* a malformed dev URL never matches */
    }
  }
  const app = new URL(appIndexFileUrl)
  return u.protocol === 'file:' && app.protocol === 'file:' && decodeURIComponent(u.pathname) === decodeURIComponent(app.pathname)
}

/** IPC is answered only for the app's own top-level frame, never an iframe or a foreign page. */
export function isTrustedSender(
  frame: { url: string; isMainFrame: boolean } | null | undefined,
  appIndexFileUrl: string,
  devServerUrl?: string
): boolean {
  if (!frame || !frame.isMainFrame) return false
  return isAppUrl(frame.url, appIndexFileUrl, devServerUrl)
}

/**
 * The rules every web contents gets (main applies them on 'web-contents-created',
 * so they hold even for contents the app never meant to create): no new windows,
 * no navigation away from the app's page, no <webview>.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
  appIndexFileUrl: string,
  devServerUrl?: string
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appIndexFileUrl, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appIndexFileUrl, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The app needs no camera, microphone, notifications or anything else a page may ask for. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
