// Builds the command-line tool into one file, out/cli/index.cjs (package.json's `bin`):
// bundled and minified like the app's own main process, so a command starts in a
// fraction of the time that transpiling the TypeScript sources on every call took
// (issue 15). better-sqlite3 stays outside: it is a native module, loaded from
// node_modules as the app loads it. Run by `npm run build`, and by `npm run cli`
// when a source file is newer than the built file (scripts/cli.mjs).
import { build } from 'esbuild'
import { chmodSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUT = join(ROOT, 'out', 'cli', 'index.cjs')

export async function buildCli() {
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'index.ts')],
    outfile: CLI_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // src/cli/index.ts starts with the #!/usr/bin/env node line; esbuild keeps it.
    external: ['better-sqlite3'],
    alias: { '@shared': join(ROOT, 'src', 'shared') },
    logLevel: 'warning'
  })
  chmodSync(CLI_OUT, 0o755)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli()
