// Electron glue for reminders and the tray (issue 16 point 3): a timer asks the core what is due
// and shows each as a desktop Notification (its click brings the window forward and opens the
// case); a tray icon keeps the app running with the window closed. The decision is core logic
// (core/reminders/due.ts); the words and routes are reminder-glue.ts.
import { app, Menu, nativeImage, Notification, Tray, type BrowserWindow } from 'electron'
import type { Lang } from '../shared/i18n/translate'
import { messageFor } from '../shared/i18n/translate'
import type { CoreContext } from './core/context'
import { getAlertPrefs } from './core/inbox/prefs'
import { getSettings } from './core/settings/settings'
import { takeDueReminders } from './core/reminders/due'
import { NAVIGATE_CHANNEL, notificationFor, onWindowClose, REMINDER_TICK_MS, reminderLang } from './reminder-glue'

export interface DesktopReminders {
  /** Wires the close-to-tray behaviour on a (new) main window. */
  attach(win: BrowserWindow): void
  stop(): void
}

export function startReminders(ctx: CoreContext, systemLang: Lang, iconPath: string, window: () => BrowserWindow | null, createWindow: () => BrowserWindow): DesktopReminders {
  let quitting = false
  // Read at each use: the merchant may switch 简体中文/English in Settings while the app runs.
  const lang = (): Lang => reminderLang(getSettings(ctx).language, systemLang)
  let tray: Tray | null = null
  app.on('before-quit', () => (quitting = true))

  const show = (route?: string): void => {
    let win = window()
    if (!win) win = createWindow()
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
    if (route) {
      const send = () => win.webContents.send(NAVIGATE_CHANNEL, route)
      if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send)
      else send()
    }
  }

  try {
    tray = new Tray(nativeImage.createFromPath(iconPath))
    tray.setToolTip(messageFor(lang(), 'inbox.tray.tooltip'))
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: messageFor(lang(), 'inbox.tray.open'), click: () => show() },
        { type: 'separator' },
        { label: messageFor(lang(), 'inbox.tray.quit'), click: () => app.quit() }
      ])
    )
    tray.on('click', () => show())
  } catch (e) {
    // Some Linux desktops have no tray: the app then quits when its window closes, as before.
    console.error('[stockout-desk] no tray:', e instanceof Error ? e.message : String(e))
    tray = null
  }

  const tick = (): void => {
    try {
      if (!getAlertPrefs(ctx).remindersEnabled || !Notification.isSupported()) return
      for (const r of takeDueReminders(ctx)) {
        const spec = notificationFor(lang(), r)
        const n = new Notification({ title: spec.title, body: spec.body, icon: iconPath })
        n.on('click', () => show(spec.route))
        n.show()
      }
    } catch (e) {
      // A failing tick (database busy, damaged) must not take the app down; the next tick tries again.
      console.error('[stockout-desk] reminders:', e instanceof Error ? e.message : String(e))
    }
  }
  const timer = setInterval(tick, REMINDER_TICK_MS)
  setTimeout(tick, 5_000)

  return {
    attach(win) {
      win.on('close', (e) => {
        if (onWindowClose(getAlertPrefs(ctx).keepInTray, quitting, tray !== null) === 'hide') {
          e.preventDefault()
          win.hide()
        }
      })
    },
    stop() {
      clearInterval(timer)
      tray?.destroy()
      tray = null
    }
  }
}
