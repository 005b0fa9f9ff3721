// How fast the CLI refuses hostile import files (a fresh process, start to exit),
// as a ratio against the same CLI importing a one-row export in the same run (the
// process's own fixed cost: Node, tsx, SQLite, migrations). Timing lives here, not in the unit tests,
// so a busy machine can't fail the suite (issue 10).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { bigCellCsv, sparseCsv, wideHeaderCsv, xlsxBomb, xlsxSharedStrings } from '../tests/limits/hostile-files'
import { pddExport } from './pdd-export'

const ROOT = join(__dirname, '..')
const CHILD = join(ROOT, 'tests/limits/hostile-child.ts')

interface ChildResult {
  code: number
  ms: number
  maxRssMb: number
}

/** The whole process, start to exit, as the merchant waits for it. */
function importInChild(file: string, db: string): ChildResult {
  const t0 = performance.now()
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', CHILD, file, db, 'en'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  const r = JSON.parse(stdout) as ChildResult
  return { ...r, ms: Math.round(performance.now() - t0) }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export interface RefusalBench {
  referenceMs: number
  cases: { name: string; ms: number; ratio: number; maxRssMb: number }[]
}

export function benchRefusals(): RefusalBench {
  const dir = mkdtempSync(join(tmpdir(), 'stockout-bench-refusals-'))
  try {
    const one = join(dir, 'one-row.csv')
    writeFileSync(one, pddExport(1, 1))
    const referenceMs = median([0, 1, 2].map((i) => importInChild(one, join(dir, `ref-${i}.db`)).ms))
    const cases: [string, (p: string) => void][] = [
      ['bomb-honest.xlsx', (p) => xlsxBomb(p, false)],
      ['bomb.xlsx', (p) => xlsxBomb(p, true)],
      ['sparse.csv', (p) => sparseCsv(p, 1024 * 1024 * 1024)],
      ['wide.csv', (p) => wideHeaderCsv(p, 100_000)],
      ['cell.csv', (p) => bigCellCsv(p, 10 * 1024 * 1024)],
      ['strings.xlsx', (p) => xlsxSharedStrings(p, 4_200_000)]
    ]
    return {
      referenceMs,
      cases: cases.map(([name, make]) => {
        const file = join(dir, name)
        make(file)
        const r = importInChild(file, join(dir, `${name}.db`))
        if (r.code !== 2) throw new Error(`${name} was not refused (exit ${r.code})`)
        rmSync(file)
        return { name, ms: r.ms, ratio: r.ms / referenceMs, maxRssMb: r.maxRssMb }
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function reportRefusalBench(): void {
  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
  console.log('refusals: hostile import files through the CLI …')
  const b = benchRefusals()
  console.log(`  one-row import (reference)   ${fmt(b.referenceMs)} ms`)
  for (const c of b.cases) {
    const verdict = c.ratio <= 10 ? 'ok (goal ≤ 10)' : 'OVER GOAL (≤ 10)'
    console.log(`  ${c.name.padEnd(28)} ${fmt(c.ms)} ms  ratio ${fmt(c.ratio, 2)}  ${verdict}  peak ${fmt(c.maxRssMb)} MB`)
  }
  console.log(JSON.stringify({ refusals: b }))
}
