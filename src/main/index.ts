// Electron glue: lifecycle, single-instance lock, the window and its security
// settings, and binding the core's handler table to IPC. No domain logic here.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createHandlers } from './core/handlers'
import { closeDatabase, openDatabase, type Db } from './core/db/open'
import { DB_FILE_NAME, defaultDataDir } from './core/paths'
import { AppError } from '../shared/errors'
import { messageFor } from '../shared/i18n/translate'
import { bindHandlers } from './ipc'
import { isAppUrl, secureWebPreferences } from './security'

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const appIndexPath = join(__dirname, '../renderer/index.html')
const appIndexFileUrl = pathToFileURL(appIndexPath).href

// The lock comes before anything touches the database: a second instance only
// brings the first one's window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.setName('Stockout Desk')
  app.setPath('userData', defaultDataDir())
  let db: Db | null = null
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Every web contents (including any the app never meant to create) may not open
  // windows or navigate away from the app.
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appIndexFileUrl, devServerUrl)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    const dataDir = app.getPath('userData')
    mkdirSync(dataDir, { recursive: true })
    const dbPath = join(dataDir, DB_FILE_NAME)
    try {
      db = openDatabase(dbPath)
    } catch (e) {
      const lang = app.getLocale().startsWith('zh') ? 'zh-CN' : 'en'
      const err = e instanceof AppError ? e : new AppError('internal')
      dialog.showErrorBox('Stockout Desk / 缺货工作台', messageFor(lang, err.messageKey, { ...err.params, path: dbPath }))
      app.exit(1)
      return
    }
    const handlers = createHandlers({
      db,
      now: () => new Date(),
      dbPath,
      appVersion: app.getVersion(),
      importWorker: { path: join(__dirname, 'import-worker.js') }
    })
    bindHandlers(ipcMain, () => handlers, appIndexFileUrl, devServerUrl)
    mainWindow = createWindow()
    mainWindow.on('closed', () => (mainWindow = null))
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    if (db) closeDatabase(db)
    db = null
  })
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Stockout Desk 缺货工作台',
    icon: join(__dirname, '../../resources/icon.png'),
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  win.once('ready-to-show', () => win.show())
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(appIndexPath)
  return win
}
