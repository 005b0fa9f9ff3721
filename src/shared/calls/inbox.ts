// Issue #16 points 2 and 3: the inbox (exports found in the downloads folder, opened in the
// usual import preview) and reminders (what is due now), with their settings.
import { z } from 'zod'
import type { AlertPrefs, InboxKind, InboxScan, RemindersDue } from '../inbox-types'
import { call, text } from './define'
import { isoInstant } from './engine'

export const MAX_REMINDER_HOURS = 72

export const inboxCalls = {
  /** folder: another folder than the one in Settings (the CLI's `inbox scan FOLDER`). */
  'inbox.scan': call<InboxScan>()(z.strictObject({ folder: text(1000).min(1).nullable().default(null) })),
  /** One file of the inbox folder, by name (the folder is the core's own choice), to open in the import preview. */
  'inbox.file': call<{ name: string; kind: InboxKind; size: number; bytes: Uint8Array }>()(
    z.strictObject({ name: text(255).min(1) })
  ),
  'inbox.prefs.get': call<AlertPrefs>()(z.strictObject({})),
  'inbox.prefs.set': call<AlertPrefs>()(
    z.strictObject({
      inboxEnabled: z.boolean().optional(),
      /** An absolute folder from the system picker; null: back to the default. */
      inboxFolder: text(1000).min(1).nullable().optional(),
      reminderHours: z.number().int().min(1).max(MAX_REMINDER_HOURS).optional(),
      remindersEnabled: z.boolean().optional(),
      keepInTray: z.boolean().optional()
    })
  ),
  'inbox.chooseFolder': call<{ path: string | null }>()(z.strictObject({})),
  /** What would be reminded now (nothing is marked shown: only the app's notifications mark). */
  'reminders.due': call<RemindersDue>()(z.strictObject({ now: isoInstant.nullable().default(null) }))
} as const
