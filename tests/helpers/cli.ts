// The CLI as a test calls it: in process, on a shop file, with the tests' pinned clock,
// its printed output and errors collected.
import { runCli } from '../../src/cli/index'
import { TEST_NOW } from './clock'

export async function cli(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(
    [...args, '--db', db],
    (s) => out.push(s),
    (s) => err.push(s),
    () => TEST_NOW
  )
  return { code, out: out.join('\n'), err: err.join('\n') }
}
