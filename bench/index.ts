// `npm run bench`: speed and memory goals as ratios against a reference measured
// in the same run, so the numbers mean the same on a slow or a fast machine.
import { benchImport } from './import'
import { reportEngineBench } from './engine'
import { reportReviewBench } from './review'
import { reportRefusalBench } from './refusals'
import { reportQueueBench } from './queue'
import { reportCliStartBench } from './cli-start'

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })

async function main(): Promise<void> {
  // The file-to-triage run uses the built CLI, as users run it.
  const { buildCli } = await import('../scripts/build-cli.mjs')
  await buildCli()
  const rows = Number(process.env.BENCH_ROWS ?? 200_000)
  console.log(`import: generating a ${fmt(rows)}-row Pinduoduo export …`)
  const b = benchImport(rows)
  const goal = (ratio: number, max: number) => (ratio <= max ? `ok (goal ≤ ${max})` : `OVER GOAL (≤ ${max})`)
  console.log(`import: file ${fmt(b.fileMb, 1)} MB, ${fmt(b.rows)} rows`)
  console.log(`  sqlite3 .import (reference)  ${fmt(b.sqliteImportMs)} ms  (median of three runs; each ratio is against the run just before its step)`)
  console.log(
    `  first import                 ${fmt(b.firstImportMs)} ms  (${fmt(b.rowsPerSecond)} rows/s)  ratio ${fmt(b.ratioFirst, 2)}  ${goal(b.ratioFirst, 2)}`
  )
  console.log(`  full re-import (no changes)  ${fmt(b.reimportMs)} ms  ratio ${fmt(b.ratioReimport, 2)}  ${goal(b.ratioReimport, 1.5)}`)
  console.log(
    `  re-import, the next day      ${fmt(b.nextDayMs)} ms  ratio ${fmt(b.ratioNextDay, 2)}  (no goal: ${fmt(b.nextDayUpdated)} orders shipped since, read and written)`
  )
  console.log(
    `  write floor (sqlite3 alone)  ${fmt(b.writeFloorMs)} ms  ratio ${fmt(b.ratioWriteFloor, 2)}  (no goal: SQLite writing the first import's rows as the import does, no parse)`
  )
  console.log(
    `  file to triage (fresh CLI)   ${fmt(b.fileToTriageMs)} ms  ratio ${fmt(b.ratioFileToTriage, 2)}  ${goal(b.ratioFileToTriage, 3)}  peak ${fmt(b.fileToTriageRssMb)} MB`
  )
  console.log(
    `  peak memory (import alone)   ${fmt(b.peakRssMb)} MB  ${b.peakRssMb <= 300 ? 'ok (goal ≤ 300 MB)' : 'OVER GOAL (≤ 300 MB)'}`
  )
  console.log(JSON.stringify({ import: b }))
}

// One after the other, so their timings do not disturb each other.
// `npm run bench -- --only import` (or `engine`) runs that part alone (the quick loop while tuning it).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
if (only === 'import') void main()
else if (only === 'engine') void reportEngineBench()
else if (only !== null) throw new Error(`--only: unknown part ${only} (known: import, engine)`)
else void main().then(reportEngineBench).then(reportReviewBench).then(reportQueueBench).then(reportRefusalBench).then(reportCliStartBench)
