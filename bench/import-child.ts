// Runs one order import in a fresh process so its time and peak memory are its own.
// argv: FILE DB  → prints {"ms", "maxRssMb", "report": {...counts}}
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { openDatabase, closeDatabase } from '../src/main/core/db/open'
import { runImport } from '../src/main/core/import/run-import'

function bytesOf(file: string): Uint8Array {
  const read = readFileSync(file)
  return new Uint8Array(read.buffer, read.byteOffset, read.byteLength)
}

async function main(): Promise<void> {
  const [file, dbPath] = process.argv.slice(2) as [string, string]
  const db = openDatabase(dbPath)
  const t0 = performance.now()
  // Read inside the timing (sqlite3 reads the file in its time too) and not kept in a local, as the CLI
  // does: the import frees the bytes once parsed.
  const report = await runImport(
    { db, now: () => new Date(), dbPath, appVersion: 'bench' },
    {
      kind: 'orders',
      fileName: basename(file),
      bytes: bytesOf(file),
      platform: 'auto',
      mapping: null,
      dryRun: false,
      skipBadRows: false
    },
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
