// The CLI as users run it: the one bundled file `npm run build` writes (package.json's
// `bin`), started by Node with no TypeScript tooling. How fast it starts is measured
// by `npm run bench`, not here.
import { execFileSync, spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/shop'

const ROOT = join(__dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }
const BIN = join(ROOT, pkg.bin['stockout-desk']!)

let dir: ReturnType<typeof tempDir>
beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${pkg.bin['stockout-desk']} is missing: run \`npm run build\` first (npm test does)`)
  dir = tempDir()
})
afterAll(() => dir.cleanup())

describe('the built command-line tool', () => {
  it('is the executable named in package.json bin, started by Node from its #! line', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    accessSync(BIN, constants.X_OK)
  })

  it('creates a shop, loads the demo and answers status as JSON, without TypeScript tooling', () => {
    const db = join(dir.dir, 'shop.db')
    const run = (...args: string[]) => execFileSync(process.execPath, [BIN, ...args, '--db', db], { cwd: dir.dir, encoding: 'utf8' })
    run('demo', '--json')
    const status = JSON.parse(run('status', '--json')) as { skus: number; orders: number }
    expect(status.skus).toBeGreaterThan(100)
    expect(status.orders).toBeGreaterThan(1000)
  })

  it('exits 2 with the usage for an unknown command, and 0 for --help', () => {
    const bad = spawnSync(process.execPath, [BIN, 'no-such-command'], { encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('unknown command')
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('orders import')
  })

  it('runs when started through a link named after the bin, as a global install and npx start it', () => {
    const link = join(dir.dir, 'stockout-desk')
    symlinkSync(BIN, link)
    const help = spawnSync(process.execPath, [link, '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('orders import')
  })
})
