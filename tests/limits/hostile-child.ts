// Runs one CLI import in a fresh process and reports its exit code, output, time and peak memory
// (process.resourceUsage().maxRSS covers the whole life of the process, so the peak is the import's).
import { performance } from 'node:perf_hooks'
import { runCli } from '../../src/cli/index'

async function main(): Promise<void> {
  const [file, db, lang = 'en'] = process.argv.slice(2)
  const out: string[] = []
  const err: string[] = []
  const t0 = performance.now()
  const code = await runCli(['orders', 'import', file!, '--db', db!, '--lang', lang], (s) => out.push(s), (s) => err.push(s))
  const ms = Math.round(performance.now() - t0)
  process.stdout.write(JSON.stringify({ code, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), out: out.join('\n'), err: err.join('\n') }))
}

void main()
