// Exposes exactly the contract's calls as `window.api`, nothing else: no raw
// ipcRenderer, no event objects. Each call forwards one plain input object and
// resolves to the `{ok, value} | {ok:false, error}` envelope main returns.
// `window.appNav` only lets main move the page to an in-app route (a reminder's click).
import { contextBridge, ipcRenderer } from 'electron'
import { NAVIGATE_CHANNEL, NAVIGATE_PATTERN } from '../main/reminder-glue'
import { buildApi } from './api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)

contextBridge.exposeInMainWorld(
  'appNav',
  Object.freeze({
    onNavigate(cb: (route: string) => void): void {
      // The page gets the route string only, never the IPC event, and only an in-app route.
      ipcRenderer.on(NAVIGATE_CHANNEL, (_e, route: unknown) => {
        if (typeof route === 'string' && NAVIGATE_PATTERN.test(route)) cb(route)
      })
    }
  })
)
