// The backup calls of the handler table (src/shared/calls/backup.ts).
import { dirname } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Handlers } from '../../../shared/contract'
import type { backupCalls } from '../../../shared/calls/backup'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { backupServiceFor } from './service'
import { KEPT_ASIDE_POLICY } from './kept-aside'

type BackupHandlers = { [K in keyof typeof backupCalls]: Handlers[K] }

export function backupHandlers(ctx: CoreContext): BackupHandlers {
  const svc = backupServiceFor(ctx)
  return {
    'backups.status': () => svc.status(),
    'backups.list': () => svc.list(),
    'backups.create': (input) => svc.create('manual', input.toFolder),
    'backups.restore': (input) => svc.restore(input.path),
    'backups.undoRestore': () => svc.undoRestore(),
    'backups.recoveryOffer': (input) => svc.recoveryOffer(input.path),
    'backups.recover': (input) => svc.recover(input.path),
    'backups.keptAside': () => ({ files: svc.keptAside(), ...KEPT_ASIDE_POLICY }),
    'backups.tidyKeptAside': () => {
      const removed = svc.tidyKeptAside().remove.length
      return { files: svc.keptAside(), ...KEPT_ASIDE_POLICY, removed }
    },
    'backups.settings.get': () => svc.settings(),
    'backups.settings.set': (input) => svc.updateSettings(input),
    'backups.chooseFolder': async () => {
      if (!ctx.desktop?.chooseFolder) throw new AppError('desktop_unavailable')
      return { path: await ctx.desktop.chooseFolder() }
    },
    'app.openFolder': async (input) => {
      if (!ctx.desktop) throw new AppError('desktop_unavailable')
      // The folder is the core's own choice; no path from the renderer reaches the shell.
      const folder = input.which === 'data' ? dirname(ctx.dbPath) : svc.folder()
      if (input.which === 'backups' && svc.settings().folder === null) mkdirSync(folder, { recursive: true })
      await ctx.desktop.openFolder(folder)
      return { opened: true }
    }
  }
}
