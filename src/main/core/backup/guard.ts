// Wraps the handler table for the desktop app: a call that hits a corruption error
// marks the database damaged (writing stops), and from then on only the calls that
// look at or recover from backups are answered. While a restore copies a backup
// into place, other calls wait for it by being refused with backup_busy.
import type { CallName, Handlers } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { sqliteErrorToAppError } from '../db/sqlite-errors'
import type { BackupService } from './service'
import { keepDeclaration } from '../writes'

/** Answered even when the database is damaged: they read backups or the settings file, not the shop. */
export const RECOVERY_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'app.info',
  'backups.status',
  'backups.list',
  'backups.recoveryOffer',
  'backups.recover',
  'backups.keptAside',
  'backups.settings.get',
  'backups.settings.set',
  'backups.chooseFolder',
  'app.openFolder'
])

export function isCorruption(e: unknown): boolean {
  if (e instanceof AppError) return e.code === 'db_corrupt'
  return sqliteErrorToAppError(e)?.code === 'db_corrupt'
}

/** An import job that failed on corruption reports it in its status rather than throwing. */
function reportsCorruption(value: unknown): boolean {
  if (!value || typeof value !== 'object' || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return !!error && typeof error === 'object' && (error as { code?: unknown }).code === 'db_corrupt'
}

export function guardHandlers(handlers: Handlers, service: BackupService, onDamaged: () => void): Handlers {
  const damaged = (): void => {
    const first = !service.damaged
    service.markDamaged('runtime')
    if (first) onDamaged()
  }
  const guarded: Record<string, (input: unknown, wrote?: () => void) => unknown> = {}
  for (const name of Object.keys(handlers) as CallName[]) {
    const handler = handlers[name] as (input: unknown, wrote?: () => void) => unknown
    // The wrapper keeps the handler's write declaration, so dispatch still recomputes after it.
    guarded[name] = keepDeclaration(handler, (input: unknown, wrote?: () => void) => {
      if (service.restoring && name !== 'backups.status') throw new AppError('backup_busy')
      if (service.damaged && !RECOVERY_CALLS.has(name)) throw new AppError('db_corrupt')
      const settle = (value: unknown): unknown => {
        if (reportsCorruption(value)) damaged()
        return value
      }
      const fail = (e: unknown): never => {
        if (isCorruption(e)) damaged()
        throw e
      }
      try {
        const out = handler(input, wrote)
        return out instanceof Promise ? out.then(settle, fail) : settle(out)
      } catch (e) {
        return fail(e)
      }
    })
  }
  return guarded as Handlers
}
