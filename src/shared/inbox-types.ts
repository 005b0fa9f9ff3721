// What the inbox (exports waiting in the downloads folder) and the reminders (short orders
// close to their deadline, the morning summary) hand the renderer, the CLI and the Electron glue.
import type { Platform } from './types'

export type InboxKind = 'orders' | 'stock'

/** A file in the inbox folder that reads as a platform order export or a stock list. */
export interface InboxFile {
  path: string
  /** The file's name, which is what the renderer passes back to open it (never a path). */
  name: string
  /** The platform whose export headers it has; null for a stock list. */
  platform: Platform | null
  kind: InboxKind
  /** Data rows (an order export has one per order line). */
  rows: number
  size: number
  modifiedAt: string
  /** The same bytes were imported before (import_batches.file_sha256). */
  imported: boolean
}

/** Why a file was left for a later look. */
export type InboxWaitReason = 'partial_download' | 'recently_modified' | 'growing'

export interface InboxWaiting {
  path: string
  name: string
  reason: InboxWaitReason
}

export interface InboxScan {
  folder: string
  /** False when the inbox is turned off in Settings (nothing was read). */
  enabled: boolean
  /** The folder does not exist or cannot be read (files and waiting are then empty). */
  unreadable: boolean
  files: InboxFile[]
  waiting: InboxWaiting[]
}

/** Inbox and reminder settings (stored in the settings table). */
export interface AlertPrefs {
  inboxEnabled: boolean
  /** The folder the user chose; null: the default (the user's Downloads folder). */
  inboxFolder: string | null
  /** The folder scanned: the choice, or the default. */
  inboxFolderInUse: string
  /** A short order is reminded this many hours before its deadline. */
  reminderHours: number
  remindersEnabled: boolean
  /** Closing the window keeps the app running in the tray (reminders keep coming). */
  keepInTray: boolean
}

export interface OrderReminder {
  kind: 'order'
  key: string
  orderId: number
  caseId: number
  orderNo: string
  platform: Platform
  deadline: string
  /** Whole minutes left at the time asked. */
  minutesLeft: number
}

export interface SummaryReminder {
  kind: 'summary'
  key: string
  /** The shop-time-zone day it summarises (YYYY-MM-DD). */
  day: string
  /** Open orders whose deadline falls on that day. */
  dueToday: number
  /** Of the open orders, those the engine marks short. */
  short: number
}

export type Reminder = OrderReminder | SummaryReminder

export interface RemindersDue {
  now: string
  hours: number
  reminders: Reminder[]
}
