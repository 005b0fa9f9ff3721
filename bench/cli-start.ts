// How long the command-line tool takes to say hello: `status` on an empty shop, a
// fresh process each time, run as users run it (the built bin file, with node, not
// through npm, which adds its own half second), against bare Node loading
// better-sqlite3 in the same run (goal ≤ 4, issue 15). Running the TypeScript
// sources through tsx is printed beside it for comparison.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = join(__dirname, '..')
const BIN = join(ROOT, 'out', 'cli', 'index.cjs')
const RUNS = 7

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function timed(args: string[]): number {
  const t0 = performance.now()
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', timeout: 60_000 })
  return performance.now() - t0
}

export interface CliStartBench {
  referenceMs: number
  builtMs: number
  ratio: number
  sourceMs: number
}

export async function benchCliStart(): Promise<CliStartBench> {
  // The bin file as `npm run build` writes it (built here too, so the bench never times a stale one).
  const { buildCli } = (await import(join(ROOT, 'scripts', 'build-cli.mjs'))) as { buildCli: () => Promise<void> }
  await buildCli()
  const dir = mkdtempSync(join(tmpdir(), 'stockout-bench-cli-'))
  try {
    const db = join(dir, 'empty.db')
    timed([BIN, 'status', '--db', db]) // creates the shop: later runs open an existing empty one
    const reference: number[] = []
    const built: number[] = []
    // Interleaved, so a change in the machine's load touches both alike.
    for (let i = 0; i < RUNS; i++) {
      reference.push(timed(['-e', "require('better-sqlite3')"]))
      built.push(timed([BIN, 'status', '--db', db]))
    }
    const source = [0, 1, 2].map(() => timed(['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), 'status', '--db', db]))
    const referenceMs = median(reference)
    const builtMs = median(built)
    return { referenceMs, builtMs, ratio: builtMs / referenceMs, sourceMs: median(source) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function reportCliStartBench(): Promise<void> {
  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
  console.log('cli: start (`status` on an empty shop, a fresh process each) …')
  const b = await benchCliStart()
  console.log(`  node + better-sqlite3 (reference)  ${fmt(b.referenceMs)} ms`)
  console.log(
    `  built bin (out/cli/index.cjs)      ${fmt(b.builtMs)} ms  ratio ${fmt(b.ratio, 2)}  ${b.ratio <= 4 ? 'ok (goal ≤ 4)' : 'OVER GOAL (≤ 4)'}`
  )
  console.log(`  from source through tsx            ${fmt(b.sourceMs)} ms  (for comparison)`)
  console.log(JSON.stringify({ cliStart: b }))
}
