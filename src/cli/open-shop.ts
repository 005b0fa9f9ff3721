// Opening the shop for a CLI command, with the app's own start-up check: quick_check (the CLI used
// to print counts from a damaged file and exit 0). A damaged file gets the app's recovery message
// and exit 1 — except for `restore`, which must work over a damaged database without opening it:
// it runs on a stand-in connection with the backup service marked damaged, as the app does.
import { createHandlers } from '../main/core/handlers'
import { closeDatabase, openDatabase, type Db } from '../main/core/db/open'
import { toApiError } from '../main/core/dispatch'
import { backupBeforeMigrate } from '../main/core/backup/before-migrate'
import { inspectOpen } from '../main/core/backup/file'
import { guardHandlers } from '../main/core/backup/guard'
import { recoveryDialog } from '../main/core/backup/messages'
import { backupServiceFor } from '../main/core/backup/service'
import type { Handlers } from '../shared/contract'
import type { ApiError } from '../shared/errors'
import type { Lang } from '../shared/i18n/translate'

/** Commands that may run over a damaged shop (they only look at or restore backups). */
export const RECOVERY_COMMANDS = new Set(['restore', 'backups list', 'kept-aside list'])

export type Opened =
  | { kind: 'ok'; db: Db; handlers: Handlers; close(): void }
  | { kind: 'error'; error: ApiError }
  | { kind: 'damaged'; message: string }

/** The start-up check: open (migrating after a backup), then quick_check; false when the file is damaged. */
function openChecked(dbPath: string): { db: Db } | { damaged: true } {
  let db: Db
  try {
    db = openDatabase(dbPath, { beforeMigrate: backupBeforeMigrate(dbPath) })
  } catch (e) {
    if (toApiError(e).code === 'db_corrupt') return { damaged: true }
    throw e
  }
  let healthy = false
  try {
    healthy = inspectOpen(db, 'quick_check').problem !== 'damaged'
  } catch {
    healthy = false
  }
  if (healthy) return { db }
  try {
    db.close()
  } catch {
    /* a damaged connection may refuse even closing cleanly */
  }
  return { damaged: true }
}

export async function openShopForCli(dbPath: string, command: string, appVersion: string, lang: Lang, now: () => Date): Promise<Opened> {
  let checked: ReturnType<typeof openChecked>
  try {
    checked = openChecked(dbPath)
  } catch (e) {
    return { kind: 'error', error: toApiError(e) }
  }
  if ('db' in checked) {
    const db = checked.db
    return { kind: 'ok', db, handlers: createHandlers({ db, now, dbPath, appVersion }), close: () => closeDatabase(db) }
  }
  const stand = openDatabase(':memory:')
  const ctx = { db: stand, now, dbPath, appVersion }
  const service = backupServiceFor(ctx)
  service.markDamaged('startup')
  if (RECOVERY_COMMANDS.has(command)) {
    return { kind: 'ok', db: stand, handlers: guardHandlers(createHandlers(ctx), service, () => undefined), close: () => stand.close() }
  }
  try {
    const text = recoveryDialog(lang, await service.recoveryOffer(), dbPath, Intl.DateTimeFormat().resolvedOptions().timeZone)
    return { kind: 'damaged', message: `${text.message}\n${text.detail}` }
  } finally {
    stand.close()
  }
}
