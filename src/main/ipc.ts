import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CALL_NAMES, channelOf, type Handlers } from '../shared/contract'
import { AppError, type Result } from '../shared/errors'
import { dispatch } from './core/dispatch'
import { isTrustedSender } from './security'

/** Binds every contract call to ipcMain.handle through the same dispatch the CLI and tests use. */
export function bindHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  getHandlers: () => Handlers,
  appIndexFileUrl: string,
  devServerUrl?: string
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame
      const trusted = isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, appIndexFileUrl, devServerUrl)
      if (!trusted) return Promise.resolve({ ok: false, error: new AppError('forbidden_sender').toApiError() })
      return dispatch(getHandlers(), name, input)
    })
  }
}
