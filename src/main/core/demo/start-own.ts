// Leaving the demo shop: "start my own shop". The demo is set aside whole as a
// verified backup (listed in Settings › Data, restorable like any backup, never
// pruned), and an empty shop takes its place: every table as a new install has it
// (rules, templates, causes and presets at their defaults), with the shop's own
// settings (language, time zone, service level) carried over. Refused for a shop
// that is not the demo, so real data is never emptied; files imported into the
// demo go into the backup too, and only when the caller said it knows.
import type Database from 'better-sqlite3'
import type { StartOwnResult } from '../../../shared/calls/first-run'
import { AppError } from '../../../shared/errors'
import type { DemoState } from '../../../shared/types'
import { backupServiceFor } from '../backup/service'
import type { CoreContext } from '../context'
import { openDatabase, closeDatabase } from '../db/open'
import { prepared } from '../db/prepared'

/**
 * The demo state, derived from the audit log: demo.load writes its entry in the
 * same transaction as the shop, and only an empty shop takes the demo, so a shop
 * whose log has it is the demo shop (plus whatever was done in it since).
 */
export function demoState(ctx: CoreContext): DemoState | null {
  const loaded = prepared<[], { id: number | null }>(ctx.db, `SELECT MAX(id) AS id FROM audit_log WHERE action = 'demo.load'`).get()
  if (!loaded || loaded.id === null) return null
  const imported = prepared<[number], { n: number }>(
    ctx.db,
    `SELECT COUNT(*) AS n FROM audit_log WHERE action IN ('import.orders', 'import.stock') AND id > ?`
  ).get(loaded.id)
  return { importedFiles: imported?.n ?? 0 }
}

function checkDemo(ctx: CoreContext, includeImported: boolean): DemoState {
  const demo = demoState(ctx)
  if (!demo) throw new AppError('conflict', {}, undefined, 'firstRun.errors.notDemo')
  if (demo.importedFiles > 0 && !includeImported) {
    throw new AppError('conflict', { count: demo.importedFiles }, 'includeImported', 'firstRun.errors.importedIntoDemo')
  }
  return demo
}

/** Writes the empty shop at `path`: the schema of a new install, this shop's settings, and one audit entry saying where the demo went. */
function buildEmptyShop(ctx: CoreContext, path: string, detail: Record<string, unknown>): void {
  const settings = prepared<[], { key: string; value: string }>(ctx.db, 'SELECT key, value FROM settings').all()
  const fresh: Database.Database = openDatabase(path)
  try {
    fresh.transaction(() => {
      const put = fresh.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      for (const s of settings) put.run(s.key, s.value)
      fresh
        .prepare(`INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'shop.start_own', 'shop', NULL, ?)`)
        .run(ctx.now().toISOString(), JSON.stringify(detail))
    })()
  } finally {
    closeDatabase(fresh)
  }
}

export async function startOwnShop(ctx: CoreContext, input: { includeImported: boolean }): Promise<StartOwnResult> {
  // Asked before the backup is made too, so a refusal costs nothing.
  let demo = checkDemo(ctx, input.includeImported)
  const backup = await backupServiceFor(ctx).setAsideAndReplace(
    'demo',
    () => {
      demo = checkDemo(ctx, input.includeImported)
    },
    (fresh, aside) => buildEmptyShop(ctx, fresh, { keptAside: aside.fileName, importedFiles: demo.importedFiles })
  )
  return { backup, importedFiles: demo.importedFiles }
}
