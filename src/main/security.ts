// Pure security decisions for the Electron glue, kept free of Electron objects so
// tests can prove each item of the checklist on the code that sets it.
import type { BrowserWindowConstructorOptions } from 'electron'

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
    spellcheck: false
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
