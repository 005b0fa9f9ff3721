// `npm run cli -- …`: runs the built CLI (out/cli/index.cjs), building it first when
// it is missing or older than a source file it is made from, so the command never
// runs stale code and is fast on every later call. `npm run cli:dev` runs the
// TypeScript sources directly (tsx), for working on the CLI itself.
import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCli, CLI_OUT } from './build-cli.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Newest modification time under a folder of sources (the CLI is built from src/cli, src/main/core and src/shared). */
function newest(dir) {
  let max = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return max
}

let builtAt = 0
try {
  builtAt = statSync(CLI_OUT).mtimeMs
} catch {
  /* not built yet */
}
const sources = Math.max(
  newest(join(ROOT, 'src', 'cli')),
  newest(join(ROOT, 'src', 'main', 'core')),
  newest(join(ROOT, 'src', 'shared')),
  statSync(join(ROOT, 'package.json')).mtimeMs
)
if (sources > builtAt) await buildCli()

// The built file runs its command when it is the process's main script.
process.argv[1] = CLI_OUT
createRequire(import.meta.url)(CLI_OUT)
