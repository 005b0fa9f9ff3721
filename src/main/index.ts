// Electron glue: lifecycle, single-instance lock, the window and its security
// settings, binding the core's handler table to IPC, and driving the backup
// service (start-up check and backup, the schedule, recovery dialogs). No domain
// logic here.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createHandlers } from './core/handlers'
import { closeDatabase, openDatabase, type Db } from './core/db/open'
import { DB_FILE_NAME, defaultDataDir } from './core/paths'
import type { CoreContext } from './core/context'
import { toApiError } from './core/dispatch'
import { backupBeforeMigrate } from './core/backup/before-migrate'
import { inspectOpen } from './core/backup/file'
import { guardHandlers } from './core/backup/guard'
import { recoveryDialog } from './core/backup/messages'
import { backupServiceFor, type BackupService } from './core/backup/service'
import { AppError } from '../shared/errors'
import { langFromLocale, messageFor, type Lang } from '../shared/i18n/translate'
import { bindHandlers } from './ipc'
import { denyAllPermissions, hardenWebContents, secureWebPreferences } from './security'
import { startReminders, type DesktopReminders } from './reminders-desktop'

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const appIndexPath = join(__dirname, '../renderer/index.html')
const appIndexFileUrl = pathToFileURL(appIndexPath).href
/** How often main asks the backup service whether a scheduled backup is due; the interval itself is a setting. */
const BACKUP_TICK_MS = 60_000
const TITLE = 'Stockout Desk / 缺货工作台'

// The lock comes before anything touches the database: a second instance only
// brings the first one's window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.setName('Stockout Desk')
  app.setPath('userData', defaultDataDir())
  let ctx: CoreContext | null = null
  let mainWindow: BrowserWindow | null = null
  let backupTimer: NodeJS.Timeout | null = null
  let reminders: DesktopReminders | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show() // it may be hidden in the tray
    mainWindow.focus()
  })

  // Every web contents (including any the app never meant to create) may not open
  // windows or navigate away from the app.
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, appIndexFileUrl, devServerUrl))

  app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    const lang: Lang = langFromLocale(app.getLocale())
    const dataDir = app.getPath('userData')
    mkdirSync(dataDir, { recursive: true })
    const dbPath = join(dataDir, DB_FILE_NAME)

    const opened = openShop(dbPath, lang)
    if (!opened) {
      app.exit(1)
      return
    }
    ctx = {
      db: opened.db,
      now: () => new Date(),
      dbPath,
      appVersion: app.getVersion(),
      downloadsDir: app.getPath('downloads'),
      importWorker: { path: join(__dirname, 'import-worker.js') },
      backupWorker: { path: join(__dirname, 'backup-worker.js') },
      desktop: {
        openFolder: async (folder) => {
          // shell.openPath only ever gets a folder the core chose (the data or backup folder), never a renderer string.
          const problem = await shell.openPath(folder)
          if (problem) throw new AppError('backup_folder_unavailable', { folder })
        },
        chooseFolder: async () => {
          const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
          const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
          return r.canceled ? null : (r.filePaths[0] ?? null)
        }
      }
    }
    const backups = backupServiceFor(ctx)
    const handlers = guardHandlers(createHandlers(ctx), backups, () => void offerRecovery(backups, dbPath, lang, () => mainWindow))
    if (opened.damaged) {
      backups.markDamaged('startup')
      await offerRecovery(backups, dbPath, lang, () => mainWindow)
    }
    bindHandlers(ipcMain, () => handlers, appIndexFileUrl, devServerUrl)
    const openWindow = (): BrowserWindow => {
      const win = createWindow()
      mainWindow = win
      win.on('closed', () => (mainWindow = null))
      reminders?.attach(win)
      return win
    }
    reminders = startReminders(ctx, lang, join(__dirname, '../../resources/icon.png'), () => mainWindow, openWindow)
    openWindow()
    // Off the window's critical path: the backup itself runs in a worker thread.
    void backups.startupBackup()
    backupTimer = setInterval(() => void backups.tick(), BACKUP_TICK_MS)
  })

  // With "keep running in the tray" the window hides instead of closing, so this fires only when the app should go.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    if (backupTimer) clearInterval(backupTimer)
    reminders?.stop()
    if (ctx) closeQuietly(ctx.db)
    ctx = null
  })
}

/**
 * Opens the shop database; migrations run only after a backup of the old version
 * is written. A damaged database (open fails with corruption, or quick_check
 * finds it) does not stop the app: it starts with a stand-in connection and the
 * recovery offer. Any other failure (newer version, locked, read-only, disk full)
 * is explained in the user's language and the app quits without touching the file.
 */
function openShop(dbPath: string, lang: Lang): { db: Db; damaged: boolean } | null {
  let db: Db
  try {
    db = openDatabase(dbPath, { beforeMigrate: backupBeforeMigrate(dbPath) })
  } catch (e) {
    const error = toApiError(e)
    if (error.code === 'db_corrupt') return { db: openDatabase(':memory:'), damaged: true }
    dialog.showErrorBox(TITLE, messageFor(lang, error.messageKey, { ...error.params, path: dbPath }))
    return null
  }
  let healthy = false
  try {
    healthy = inspectOpen(db, 'quick_check').problem !== 'damaged'
  } catch {
    healthy = false
  }
  if (healthy) return { db, damaged: false }
  closeQuietly(db)
  return { db: openDatabase(':memory:'), damaged: true }
}

let offering = false

/** Shows what restoring the newest good backup would lose and, if the user agrees, recovers. */
async function offerRecovery(backups: BackupService, dbPath: string, lang: Lang, win: () => BrowserWindow | null): Promise<void> {
  if (offering) return
  offering = true
  try {
    const offer = await backups.recoveryOffer()
    const t = (key: string, params: Record<string, string | number> = {}) => messageFor(lang, `backup.dialog.${key}`, params)
    const text = recoveryDialog(lang, offer, dbPath, Intl.DateTimeFormat().resolvedOptions().timeZone)
    const w = win()
    if (!offer.backup) {
      const options = { type: 'error' as const, title: TITLE, message: text.message, detail: text.detail, buttons: [t('later')] }
      if (w) await dialog.showMessageBox(w, options)
      else await dialog.showMessageBox(options)
      return
    }
    const options = {
      type: 'warning' as const,
      title: TITLE,
      message: text.message,
      detail: text.detail,
      buttons: [t('restore'), t('later')],
      defaultId: 0,
      cancelId: 1,
      noLink: true
    }
    const { response } = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options)
    if (response !== 0) return
    try {
      const r = await backups.recover(offer.backup.path)
      const done = { type: 'info' as const, title: TITLE, message: t('restored'), detail: t('restoredDetail', { path: r.keptAside }) }
      if (w) await dialog.showMessageBox(w, done)
      else await dialog.showMessageBox(done)
      w?.reload()
    } catch (e) {
      const error = toApiError(e)
      dialog.showErrorBox(TITLE, messageFor(lang, error.messageKey, error.params ?? {}))
    }
  } finally {
    offering = false
  }
}

/** Closing must not throw on the way out: a damaged or read-only connection cannot run PRAGMA optimize. */
function closeQuietly(db: Db): void {
  try {
    closeDatabase(db)
  } catch {
    if (db.open) db.close()
  }
}

function createWindow(): BrowserWindow {
  // electronegativity: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — justified: the webPreferences
  // come from secureWebPreferences() in security.ts (contextIsolation, sandbox, no node integration, Auxclick
  // disabled), which tests/main/security.test.ts proves; the scanner cannot follow that function call.
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
