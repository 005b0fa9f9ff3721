// The crash test: a child process applies imports, stock movements and backups to
// one shop database and is killed (SIGKILL) at a random moment, again and again.
// After every kill: the database passes integrity_check, every change the child
// acknowledged is there, and every product's on-hand equals its ledger sum.
// `npm run test:crash` runs 50 kills; `npm test` runs a reduced count.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listBackups } from '../../src/main/core/backup/catalog'
import { defaultBackupFolder } from '../../src/main/core/backup/names'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { ACTIONS, rng, type Ack } from './crash-actions'

export interface CrashReport {
  seed: number
  kills: number
  /** Kills that landed while the child was still working (not after it had already died). */
  killedMidWork: number
  acknowledged: Record<string, number>
  failures: string[]
}

const CHILD = join(__dirname, 'crash-child.ts')

export async function runCrashTest(opts: { kills: number; seed?: number; maxDelayMs?: number; log?: (s: string) => void }): Promise<CrashReport> {
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31)
  const rnd = rng(seed)
  const dir = mkdtempSync(join(tmpdir(), 'stockout-crash-'))
  const dbPath = join(dir, 'shop.db')
  const acks: Ack[] = []
  const report: CrashReport = { seed, kills: 0, killedMidWork: 0, acknowledged: {}, failures: [] }
  try {
    for (let run = 1; run <= opts.kills; run++) {
      const delay = 10 + Math.floor(rnd() * (opts.maxDelayMs ?? 400))
      const { lines, midWork, stderr } = await runChildUntilKilled(dbPath, Math.floor(rnd() * 2 ** 31), run, delay)
      report.kills++
      if (midWork) report.killedMidWork++
      if (stderr.trim()) report.failures.push(`run ${run}: child wrote to stderr: ${stderr.trim().slice(0, 500)}`)
      for (const line of lines) {
        const ack = JSON.parse(line) as Ack
        acks.push(ack)
        report.acknowledged[ack.kind] = (report.acknowledged[ack.kind] ?? 0) + 1
      }
      const problems = checkDatabase(dbPath, acks)
      for (const p of problems) report.failures.push(`run ${run} (killed after ${delay} ms): ${p}`)
      opts.log?.(`kill ${run}/${opts.kills} after ${delay} ms: ${lines.length} new acks, ${problems.length ? problems.join('; ') : 'database ok'}`)
      if (report.failures.length) break
    }
    return report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function runChildUntilKilled(dbPath: string, seed: number, run: number, delayMs: number): Promise<{ lines: string[]; midWork: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, String(seed), String(run)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let stderr = ''
    let timer: NodeJS.Timeout | null = null
    let exitedByItself = false
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      // The clock starts once the child has opened the shop: the kill lands in the middle of its work.
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer)
      exitedByItself = signal !== 'SIGKILL'
      if (exitedByItself && code !== 0) stderr += `\n(exit code ${code})`
      // Only whole lines count: a line cut by the kill was never acknowledged.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1)
      const lines = complete.split('\n').filter((l) => l && l !== 'ready')
      resolve({ lines, midWork: !exitedByItself, stderr })
    })
  })
}

function checkDatabase(dbPath: string, acks: Ack[]): string[] {
  const problems: string[] = []
  // Opening runs WAL recovery exactly as the app would after a crash.
  const db = openDatabase(dbPath)
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const byKind = new Map(ACTIONS.map((a) => [a.kind, a]))
    for (const ack of acks) if (!byKind.get(ack.kind)?.verify(db, ack)) problems.push(`acknowledged ${ack.kind} missing: ${JSON.stringify(ack).slice(0, 200)}`)
    const drift = db
      .prepare('SELECT merchant_code AS code, on_hand AS onHand, (SELECT COALESCE(SUM(quantity), 0) FROM stock_movements m WHERE m.product_id = p.id) AS ledger FROM products p WHERE on_hand <> ledger')
      .all()
    if (drift.length) problems.push(`on-hand differs from the ledger: ${JSON.stringify(drift)}`)
    // A backup cut short by the kill is a .partial file, never listed as a backup.
    const folder = defaultBackupFolder(dbPath)
    const listed = listBackups(dbPath, folder)
    if (listed.some((b) => b.fileName.endsWith('.partial'))) problems.push('a partial backup is listed')
    for (const f of safeList(folder)) if (f.endsWith('.db') && !listed.some((b) => b.fileName === f)) problems.push(`unlisted file in the backup folder: ${f}`)
  } finally {
    closeDatabase(db)
  }
  return problems
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

// `tsx tests/security/crash-run.ts --kills 50 [--seed N]` (npm run test:crash).
if (process.argv[1] && /crash-run\.ts$/.test(process.argv[1])) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  const kills = Number(arg('kills') ?? 50)
  const seed = arg('seed') ? Number(arg('seed')) : undefined
  void runCrashTest({ kills, seed, log: (s) => console.log(s) }).then((r) => {
    console.log(
      `\ncrash test (seed ${r.seed}): ${r.kills} kills (${r.killedMidWork} mid-work), acknowledged ${JSON.stringify(r.acknowledged)}; ${r.failures.length ? 'FAILED' : 'every kill survived'}`
    )
    for (const f of r.failures) console.log(`  ${f}`)
    console.log(r.failures.length ? `0 passed, 1 failed` : `1 passed, 0 failed`)
    process.exitCode = r.failures.length ? 1 : 0
  })
}
