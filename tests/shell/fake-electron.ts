// A stand-in for the `electron` module that records what the built main process does with it:
// which app events it listens to, the lock, windows and their options, dialogs, IPC channels.
import { EventEmitter } from 'node:events'

export interface Recorder {
  events: string[]
  handlers: Map<string, (...args: unknown[]) => unknown>
  windows: FakeWindow[]
  errorBoxes: { title: string; content: string }[]
  messageBoxes: { message: string; detail?: string; type?: string }[]
  exitCode: number | null
  quit: boolean
  app: EventEmitter
  ready: Promise<void>
}

export class FakeWindow extends EventEmitter {
  static recorder: Recorder
  focused = 0
  restored = 0
  minimized = false
  loaded: string | null = null
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeWindow.recorder.windows.push(this)
    FakeWindow.recorder.events.push('window')
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.restored++
    this.minimized = false
  }
  focus(): void {
    this.focused++
  }
  show(): void {}
  reload(): void {}
  loadFile(path: string): Promise<void> {
    this.loaded = path
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url
    return Promise.resolve()
  }
}

export function fakeElectron(userData: string, opts: { lock: boolean; messageResponse?: number }): { module: Record<string, unknown>; rec: Recorder } {
  const app = new EventEmitter()
  let readyResolve: () => void = () => undefined
  const ready = new Promise<void>((r) => (readyResolve = r))
  const rec: Recorder = { events: [], handlers: new Map(), windows: [], errorBoxes: [], messageBoxes: [], exitCode: null, quit: false, app, ready }
  FakeWindow.recorder = rec
  const appApi = Object.assign(app, {
    isPackaged: false,
    requestSingleInstanceLock: () => {
      rec.events.push('lock')
      return opts.lock
    },
    quit: () => {
      rec.quit = true
      rec.events.push('quit')
    },
    exit: (code = 0) => {
      rec.exitCode = code
      rec.events.push(`exit ${code}`)
    },
    setName: () => undefined,
    setPath: () => undefined,
    getPath: () => userData,
    getLocale: () => 'en-US',
    getVersion: () => '0.0.0-test',
    whenReady: () => {
      const p = Promise.resolve()
      void p.then(() => readyResolve())
      return p
    }
  })
  const session = { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } }
  const dialog = {
    showErrorBox: (title: string, content: string) => {
      rec.errorBoxes.push({ title, content })
      rec.events.push('errorBox')
    },
    showMessageBox: (...args: unknown[]) => {
      const o = (args.length > 1 ? args[1] : args[0]) as { message: string; detail?: string; type?: string }
      rec.messageBoxes.push({ message: o.message, detail: o.detail, type: o.type })
      rec.events.push('messageBox')
      return Promise.resolve({ response: opts.messageResponse ?? 1 })
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] })
  }
  const ipcMain = {
    handle: (channel: string, fn: (...args: unknown[]) => unknown) => {
      if (rec.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      rec.handlers.set(channel, fn)
    }
  }
  const shell = { openPath: () => Promise.resolve('') }
  return { module: { app: appApi, BrowserWindow: FakeWindow, dialog, ipcMain, session, shell }, rec }
}
