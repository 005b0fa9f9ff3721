// Issue #3 bench: import a 200,000-row Pinduoduo export (first import and full
// re-import) and compare with loading the same file with the sqlite3 shell's
// `.import`, measured in the same run on the same machine.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { openDatabase, closeDatabase } from '../src/main/core/db/open'
import { pddExport, skuCode } from './pdd-export'

export interface ImportBench {
  rows: number
  fileMb: number
  /** The median of the three reference runs (each ratio is against the run just before its step). */
  sqliteImportMs: number
  firstImportMs: number
  reimportMs: number
  rowsPerSecond: number
  peakRssMb: number
  ratioFirst: number
  ratioReimport: number
  /** A fresh CLI process (the built bin): start, import, the recompute the import triggers, exit. */
  fileToTriageMs: number
  fileToTriageRssMb: number
  ratioFileToTriage: number
}

function sqliteShell(): string {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' })
    return 'sqlite3'
  } catch {
    throw new Error('The bench compares against the sqlite3 command-line shell. Install it: sudo apt-get install -y sqlite3')
  }
}

/** The import as the app runs it: bundled and minified like the worker electron-vite builds, not transpiled on the fly. */
function bundleChild(dir: string): string {
  const out = join(dir, 'import-child.cjs')
  buildSync({
    entryPoints: [join(__dirname, 'import-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    external: ['better-sqlite3'],
    logLevel: 'error'
  })
  return out
}

function child(script: string, file: string, db: string): { ms: number; maxRssMb: number; report: Record<string, number> } {
  const r = spawnSync(process.execPath, [script, file, db], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(__dirname, '../node_modules') }
  })
  if (r.status !== 0) throw new Error(`import child failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!)
}

/** What a user waits for: `stockout-desk orders import FILE` in a fresh process, until it returns. */
function cliImport(file: string, db: string): { ms: number; maxRssMb: number } {
  const t0 = performance.now()
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, join(__dirname, '..', 'out', 'cli', 'index.cjs'), 'orders', 'import', file, '--db', db],
    {
      encoding: 'utf8'
    }
  )
  const ms = performance.now() - t0
  if (r.error || r.status !== 0) throw new Error(`cli import failed: ${r.error?.message ?? r.stderr}`)
  const kb = Number(r.stderr.trim().split('\n').pop())
  return { ms, maxRssMb: kb / 1024 }
}

export function benchImport(rows = 200_000, skus = 2_000): ImportBench {
  const shell = sqliteShell()
  const dir = mkdtempSync(join(tmpdir(), 'stockout-bench-'))
  try {
    const file = join(dir, 'pdd-orders.csv')
    writeFileSync(file, pddExport(rows, skus))

    // Reference: the sqlite3 shell loading the same CSV into a fresh table (WAL + FULL sync like the app).
    // Run right before each measured step and each ratio taken against its own run: on these shared
    // machines the reference alone moved between 1.1 and 1.7 s from one bench run to the next.
    let refRuns = 0
    const reference = (): number => {
      const refDb = join(dir, `ref-${++refRuns}.db`)
      const t0 = performance.now()
      execFileSync(shell, [refDb, 'PRAGMA journal_mode=WAL;', 'PRAGMA synchronous=FULL;', '.mode csv', `.import ${file} orders_raw`])
      const ms = performance.now() - t0
      rmSync(refDb, { force: true })
      rmSync(`${refDb}-wal`, { force: true })
      return ms
    }

    // The app: a shop with the SKUs, then the export imported twice.
    const dbPath = join(dir, 'shop.db')
    const db = openDatabase(dbPath)
    const insert = db.prepare(
      `INSERT INTO products (merchant_code, name, created_at, updated_at) VALUES (?, ?, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`
    )
    db.transaction(() => {
      for (let i = 0; i < skus; i++) insert.run(skuCode(i), `商品 ${i}`)
    })()
    closeDatabase(db)
    const emptyShop = join(dir, 'empty-shop.db')
    copyFileSync(dbPath, emptyShop)
    const script = bundleChild(dir)
    const refFirst = reference()
    const first = child(script, file, dbPath)
    if (first.report.created !== rows) throw new Error(`expected ${rows} orders created, got ${JSON.stringify(first.report)}`)
    const refAgain = reference()
    const again = child(script, file, dbPath)
    if (again.report.unchanged !== rows) throw new Error(`expected ${rows} unchanged on re-import, got ${JSON.stringify(again.report)}`)
    const refTriage = reference()
    const triage = cliImport(file, emptyShop)
    const sqliteImportMs = [refFirst, refAgain, refTriage].sort((a, b) => a - b)[1]!
    return {
      rows,
      fileMb: statSync(file).size / 1024 / 1024,
      sqliteImportMs,
      firstImportMs: first.ms,
      reimportMs: again.ms,
      rowsPerSecond: rows / (first.ms / 1000),
      peakRssMb: Math.max(first.maxRssMb, again.maxRssMb),
      ratioFirst: first.ms / refFirst,
      ratioReimport: again.ms / refAgain,
      fileToTriageMs: triage.ms,
      fileToTriageRssMb: triage.maxRssMb,
      ratioFileToTriage: triage.ms / refTriage
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
