// CLI of the inbox and the reminders: `inbox scan [FOLDER]` lists the exports found (nothing is
// imported), `reminders [--now TIME]` lists what the app would remind of now (nothing is marked).
import { resolve } from 'node:path'
import type { Lang } from '../shared/i18n/translate'
import { inboxFileLine, reminderText } from '../shared/reminder-text'
import type { Flags } from './args'
import type { Call, Outcome } from './call'
import { timeFlag } from './engine-commands'

export const INBOX_USAGE = `
  inbox scan [FOLDER]    order exports and stock lists in FOLDER (default: the inbox folder of Settings), their rows and
                         whether the same bytes were imported already; nothing is imported
  reminders [--now TIME] what the app would remind of now: short orders close to their deadline with no step taken,
                         and the morning summary (--now: as of another moment, shop time unless it has a zone)`

export const INBOX_COMMANDS = {
  'inbox scan': async (call: Call, _f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const scan = await call('inbox.scan', { folder: args[0] ? resolve(args[0]) : null })
    const value = {
      folder: scan.folder,
      enabled: scan.enabled,
      unreadable: scan.unreadable,
      files: scan.files.map((f) => ({ path: f.path, platform: f.platform, kind: f.kind, rows: f.rows, imported: f.imported })),
      waiting: scan.waiting
    }
    const lines = [`${scan.folder}`]
    if (!scan.enabled) lines.push('the inbox is turned off in Settings')
    if (scan.unreadable) lines.push('the folder cannot be read')
    for (const f of scan.files) lines.push(`  ${f.name}   ${inboxFileLine(lang, f)}${f.imported ? '   (imported)' : ''}`)
    for (const w of scan.waiting) lines.push(`  ${w.name}   waiting (${w.reason.replace(/_/g, ' ')})`)
    if (!scan.files.length && !scan.waiting.length && scan.enabled && !scan.unreadable) lines.push('  no order exports or stock lists')
    return { value, text: lines.join('\n') }
  },
  reminders: async (call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> => {
    const tz = (await call('settings.get', {})).timeZone
    const now = f.now ? timeFlag(f.now, tz, 'now') : null
    const due = await call('reminders.due', { now })
    const lines = due.reminders.map((r) => {
      const { title, body } = reminderText(lang, r)
      return `${title}: ${body}`
    })
    return { value: due, text: lines.length ? lines.join('\n') : `nothing to remind of (window: ${due.hours} h)` }
  }
}
