// Helpers for the import-undo tests: a dump of every table to compare the shop before an
// import with the shop after its undo, and imports run through the contract as the app runs them.
import type { Db } from '../../src/main/core/db/open'
import type { ImportJobStatus } from '../../src/shared/types'
import type { TestShop } from '../helpers/shop'

/**
 * The import history itself (the batch stays, marked undone, with its skipped rows), its journal,
 * and the audit log (which gains the import and its undo) are what undo leaves changed on purpose.
 */
const HISTORY = new Set(['import_batches', 'import_skipped_rows', 'import_undo', 'import_undo_rows', 'audit_log'])

/** Every other table, row by row (rowid included, so a row put back must come back under its own id). */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string
  }[]
  const out: Record<string, unknown[]> = {}
  for (const { name } of tables) {
    if (HISTORY.has(name)) continue
    const rows = db.prepare(`SELECT rowid AS _rowid, * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]
    // The recompute's own timing is not data.
    out[name] = name === 'engine_state' ? rows.map((r) => ({ ...r, duration_ms: 0 })) : rows
  }
  return out
}

export async function runFiles(
  s: TestShop,
  kind: 'orders' | 'stock',
  files: { fileName: string; bytes: Uint8Array }[]
): Promise<ImportJobStatus> {
  const [first, ...more] = files
  let job = await s.call('import.start', { kind, ...first!, moreFiles: more, dryRun: false })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  if (job.error) throw new Error(JSON.stringify(job.error))
  return job
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
