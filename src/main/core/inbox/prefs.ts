// Inbox and reminder settings, kept in the settings table under their own keys. The default
// folder is the user's Downloads folder as the desktop reports it (ctx.downloadsDir), or
// ~/Downloads for the CLI.
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import type { AlertPrefs } from '../../../shared/inbox-types'
import { AppError } from '../../../shared/errors'
import { recordAudit } from '../audit'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'

export const DEFAULT_REMINDER_HOURS = 6
const KEYS = {
  inboxEnabled: 'inbox.enabled',
  inboxFolder: 'inbox.folder',
  reminderHours: 'reminders.hours',
  remindersEnabled: 'reminders.enabled',
  keepInTray: 'app.keepInTray'
} as const

export const defaultInboxFolder = (ctx: CoreContext): string => ctx.downloadsDir ?? join(homedir(), 'Downloads')

function stored(ctx: CoreContext): Map<string, string> {
  const rows = prepared(
    ctx.db,
    "SELECT key, value FROM settings WHERE key IN ('inbox.enabled','inbox.folder','reminders.hours','reminders.enabled','app.keepInTray')"
  ).all() as { key: string; value: string }[]
  return new Map(rows.map((r) => [r.key, r.value]))
}

export function getAlertPrefs(ctx: CoreContext): AlertPrefs {
  const s = stored(ctx)
  const folder = s.get(KEYS.inboxFolder) || null
  const hours = Number(s.get(KEYS.reminderHours))
  return {
    inboxEnabled: s.get(KEYS.inboxEnabled) !== '0',
    inboxFolder: folder,
    inboxFolderInUse: folder ?? defaultInboxFolder(ctx),
    reminderHours: Number.isInteger(hours) && hours > 0 ? hours : DEFAULT_REMINDER_HOURS,
    remindersEnabled: s.get(KEYS.remindersEnabled) !== '0',
    // On by default: reminders only help while the app runs, and closing the window is how most people "put it away".
    keepInTray: s.get(KEYS.keepInTray) !== '0'
  }
}

export type AlertPrefsPatch = Partial<Omit<AlertPrefs, 'inboxFolderInUse'>>

export function setAlertPrefs(ctx: CoreContext, patch: AlertPrefsPatch): AlertPrefs {
  if (patch.inboxFolder != null && !isAbsolute(patch.inboxFolder)) {
    throw new AppError('invalid_input', { folder: patch.inboxFolder }, 'inboxFolder', 'inbox.errors.folderNotAbsolute')
  }
  const upsert = prepared(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  ctx.db.transaction(() => {
    for (const [field, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
      const v = patch[field]
      if (v === undefined) continue
      upsert.run(key, v === null ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v))
    }
    recordAudit(ctx, 'settings.update', 'settings', null, patch)
  })()
  return getAlertPrefs(ctx)
}
