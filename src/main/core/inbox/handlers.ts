// Inbox and reminders calls. Reading the inbox and changing its settings do not change what the
// engine reads, so none of these is declared a write.
import { readFile, stat } from 'node:fs/promises'
import { basename, isAbsolute, join } from 'node:path'
import type { Handlers } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { IMPORT_LIMITS } from '../../../shared/import-limits'
import type { CoreContext } from '../context'
import { remindersDue } from '../reminders/due'
import { getAlertPrefs, setAlertPrefs } from './prefs'
import { Inbox } from './scan'

export function inboxHandlers(ctx: CoreContext) {
  const inbox = new Inbox(ctx)
  return {
    'inbox.scan': async (input) => {
      const prefs = getAlertPrefs(ctx)
      if (input.folder !== null && !isAbsolute(input.folder)) {
        throw new AppError('invalid_input', { folder: input.folder }, 'folder', 'inbox.errors.folderNotAbsolute')
      }
      // A folder named explicitly is scanned even when the inbox is off in Settings.
      const scan = await inbox.scan(input.folder ?? prefs.inboxFolderInUse, input.folder !== null || prefs.inboxEnabled)
      // A computer without a Downloads folder is not a problem to report; a folder the user chose is.
      if (scan.unreadable && input.folder === null && prefs.inboxFolder === null) return { ...scan, unreadable: false }
      return scan
    },
    'inbox.file': async (input) => {
      // Only a plain name inside the inbox folder: the renderer never hands the core a path.
      if (basename(input.name) !== input.name || input.name === '..' || input.name === '.') {
        throw new AppError('invalid_input', { name: input.name }, 'name', 'inbox.errors.notInInbox')
      }
      const folder = getAlertPrefs(ctx).inboxFolderInUse
      const path = join(folder, input.name)
      let size: number
      try {
        size = (await stat(path)).size
      } catch {
        throw new AppError('not_found', { name: input.name }, 'name', 'inbox.errors.fileGone')
      }
      if (size > IMPORT_LIMITS.fileBytes) throw new AppError('import_limit', { file: input.name, limit: 'fileBytes', max: IMPORT_LIMITS.fileBytes })
      const what = await inbox.recognised(folder, input.name)
      if (!what) throw new AppError('invalid_input', { name: input.name }, 'name', 'inbox.errors.notAnExport')
      const bytes = new Uint8Array(await readFile(path))
      return { name: input.name, kind: what.kind, size: bytes.byteLength, bytes }
    },
    'inbox.prefs.get': () => getAlertPrefs(ctx),
    'inbox.prefs.set': (input) => setAlertPrefs(ctx, input),
    'inbox.chooseFolder': async () => {
      if (!ctx.desktop?.chooseFolder) throw new AppError('desktop_unavailable')
      return { path: await ctx.desktop.chooseFolder() }
    },
    'reminders.due': (input) => remindersDue(ctx, input.now)
  } satisfies Partial<Handlers>
}
