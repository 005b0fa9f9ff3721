// The pure part of the reminder and tray glue: what a notification says and where its click
// leads, and what closing the window does. No Electron here, so it is tested (tests/main).
import type { Lang } from '../shared/i18n/translate'
import type { Reminder } from '../shared/inbox-types'
import type { LanguageSetting } from '../shared/types'
import { reminderText } from '../shared/reminder-text'

/** How often the running app asks the core what is due; the core remembers what was shown. */
export const REMINDER_TICK_MS = 60_000
/** The one channel main uses to move the renderer to a screen (a notification's click). */
export const NAVIGATE_CHANNEL = 'app:navigate'
/** Only in-app hash routes cross that channel: "#/queue?case=12". */
export const NAVIGATE_PATTERN = /^#\/[a-z]+(\?[A-Za-z0-9=&%._-]*)?$/

export interface NotificationSpec {
  title: string
  body: string
  /** The renderer route its click opens. */
  route: string
}

export function notificationFor(lang: Lang, r: Reminder): NotificationSpec {
  const { title, body } = reminderText(lang, r)
  // A short order opens its case in the queue; the summary opens the queue's most urgent first.
  const route = r.kind === 'order' ? `#/queue?case=${r.caseId}` : '#/queue'
  return { title, body, route }
}

/**
 * Closing the window: hide it to the tray when the setting says so and the app is not quitting
 * (tray menu, system shutdown); otherwise let it close, which quits the app.
 */
export function onWindowClose(keepInTray: boolean, quitting: boolean, trayAvailable: boolean): 'hide' | 'close' {
  return keepInTray && trayAvailable && !quitting ? 'hide' : 'close'
}

/** The language notifications and the tray speak: the one chosen in Settings, else the system's (as the window does). */
export function reminderLang(setting: LanguageSetting, systemLang: Lang): Lang {
  return setting === 'auto' ? systemLang : setting
}
