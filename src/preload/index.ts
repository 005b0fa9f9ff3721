// Exposes exactly the contract's calls as `window.api`, nothing else: no raw
// ipcRenderer, no event objects. Each call forwards one plain input object and
// resolves to the `{ok, value} | {ok:false, error}` envelope main returns.
import { contextBridge, ipcRenderer } from 'electron'
import { CALL_NAMES, channelOf, type Api } from '../shared/contract'

export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const name of CALL_NAMES) api[name] = (input: unknown) => invoke(channelOf(name), input)
  return Object.freeze(api) as unknown as Api
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)
