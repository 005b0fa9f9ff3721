import { CALL_NAMES, channelOf, type Api } from '../shared/contract'

/** One forwarding function per contract call; `invoke` is ipcRenderer.invoke in the app. */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const name of CALL_NAMES) api[name] = (input: unknown) => invoke(channelOf(name), input ?? {})
  return Object.freeze(api) as unknown as Api
}
