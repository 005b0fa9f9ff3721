// Exposes exactly the contract's calls as `window.api`, nothing else: no raw
// ipcRenderer, no event objects. Each call forwards one plain input object and
// resolves to the `{ok, value} | {ok:false, error}` envelope main returns.
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from './api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)
