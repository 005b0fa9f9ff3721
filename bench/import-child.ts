// Runs one order import in a fresh process so its time and peak memory are its own.
// argv: FILE DB  → prints {"ms", "maxRssMb", "report": {...counts}}
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { openDatabase, closeDatabase } from '../src/main/core/db/open'
import { runImport } from '../src/main/core/import/run-import'

async function main(): Promise<void> {
  const [file, dbPath] = process.argv.slice(2) as [string, string]
  const db = openDatabase(dbPath)
  const bytes = new Uint8Array(readFileSync(file))
  const t0 = performance.now()
  const report = await runImport(
    { db, now: () => new Date(), dbPath, appVersion: 'bench' },
    { kind: 'orders', fileName: basename(file), bytes, platform: 'auto', mapping: null, dryRun: false, skipBadRows: false },
    { onProgress: () => {}, shouldCancel: () => false }
  )
  const ms = performance.now() - t0
  closeDatabase(db)
  const { created, updated, unchanged, skipped, rows } = report
  console.log(
    JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, report: { rows, created, updated, unchanged, skipped } })
  )
}

void main()
