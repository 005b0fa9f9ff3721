// Loads the BUILT main process (out/main/index.js, after `electron-vite build`) in Node with a
// stand-in `electron` module, and checks what it does: the shell has never run on these machines
// (Electron's binary cannot be downloaded), so this is what proves `npm start` would work.
import Module from 'node:module'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES, channelOf } from '../../src/shared/contract'
import { DB_FILE_NAME } from '../../src/main/core/paths'
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations'
import { messageFor } from '../../src/shared/i18n/translate'
import { corruptCopy } from '../backup/helpers'
import { tempDir } from '../helpers/shop'
import { fakeElectron, type Recorder } from './fake-electron'

const ROOT = join(__dirname, '../..')
const OUT = join(ROOT, 'out')
const MAIN = join(OUT, 'main/index.js')

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown
const mod = Module as unknown as { _load: Loader }
const originalLoad = mod._load
const temps: (() => void)[] = []

afterEach(() => {
  mod._load = originalLoad
})
afterAll(() => temps.splice(0).forEach((c) => c()))

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run `npx electron-vite build` first (npm test does)')
})

/** Loads a fresh copy of the built main with the stand-in electron and a recording SQLite driver. */
async function runMain(opts: { lock?: boolean; prepare?: (dataDir: string) => void; messageResponse?: number } = {}): Promise<{ rec: Recorder; dataDir: string }> {
  const t = tempDir()
  temps.push(t.cleanup)
  const dataDir = join(t.dir, 'data')
  mkdirSync(dataDir, { recursive: true })
  opts.prepare?.(dataDir)
  const { module: electron, rec } = fakeElectron(dataDir, { lock: opts.lock ?? true, ...(opts.messageResponse !== undefined ? { messageResponse: opts.messageResponse } : {}) })
  class RecordingDatabase extends Database {
    constructor(...args: ConstructorParameters<typeof Database>) {
      rec.events.push(`db-open ${String(args[0]).endsWith(DB_FILE_NAME) ? 'shop' : String(args[0])}`)
      super(...args)
    }
    override close(): this {
      rec.events.push('db-close')
      return super.close()
    }
  }
  mod._load = function (request, parent, isMain) {
    if (request === 'electron') return electron
    if (request === 'better-sqlite3') return RecordingDatabase
    return originalLoad.call(this, request, parent, isMain)
  }
  for (const key of Object.keys(require.cache)) if (key.startsWith(OUT)) delete require.cache[key]
  const req = Module.createRequire(MAIN)
  req(MAIN)
  // Let whenReady's callback run to its first real wait (dialogs resolve at once).
  if (opts.lock !== false) await rec.ready
  for (let i = 0; i < 50 && !rec.windows.length && rec.exitCode === null; i++) await new Promise((r) => setTimeout(r, 20))
  return { rec, dataDir }
}

function quit(rec: Recorder): void {
  rec.app.emit('window-all-closed')
  rec.app.emit('will-quit')
}

describe('the built main process, run with a stand-in electron', () => {
  it('takes the single-instance lock before opening the database, and a second instance only focuses the first window', async () => {
    const { rec } = await runMain()
    const lock = rec.events.indexOf('lock')
    const open = rec.events.findIndex((e) => e === 'db-open shop')
    expect(lock).toBeGreaterThanOrEqual(0)
    expect(open).toBeGreaterThan(lock)
    expect(rec.windows).toHaveLength(1)
    const win = rec.windows[0]!
    win.minimized = true
    rec.app.emit('second-instance')
    expect(win.restored).toBe(1)
    expect(win.focused).toBe(1)
    expect(rec.windows).toHaveLength(1)
    quit(rec)
  })

  it('a second instance that does not get the lock quits without touching the database', async () => {
    const { rec } = await runMain({ lock: false })
    expect(rec.quit).toBe(true)
    expect(rec.events.filter((e) => e.startsWith('db-open'))).toEqual([])
    expect(rec.handlers.size).toBe(0)
    expect(rec.windows).toHaveLength(0)
  })

  it('binds an IPC handler for every contract call and nothing else', async () => {
    const { rec } = await runMain()
    expect([...rec.handlers.keys()].sort()).toEqual(CALL_NAMES.map((n) => channelOf(n)).sort())
    quit(rec)
  })

  it('opens a window with the secure webPreferences, and its preload, page and icon exist where main points', async () => {
    const { rec } = await runMain()
    const o = rec.windows[0]!.options as { icon: string; webPreferences: Record<string, unknown> }
    expect(o.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(o.webPreferences.nodeIntegrationInWorker).not.toBe(true)
    expect(existsSync(o.webPreferences.preload as string)).toBe(true)
    expect(rec.windows[0]!.loaded).toBe(join(OUT, 'renderer/index.html'))
    expect(existsSync(rec.windows[0]!.loaded!)).toBe(true)
    expect(existsSync(o.icon)).toBe(true)
    quit(rec)
  })

  it('the import and backup worker files exist where main points', () => {
    const src = readFileSync(join(ROOT, 'src/main/index.ts'), 'utf8')
    const workers = [...src.matchAll(/join\(__dirname,\s*'([^']+-worker\.js)'\)/g)].map((m) => m[1]!)
    expect(workers.sort()).toEqual(['backup-worker.js', 'import-worker.js'])
    for (const w of workers) expect(existsSync(join(OUT, 'main', w)), w).toBe(true)
  })

  it('closes the database on will-quit', async () => {
    const { rec } = await runMain()
    expect(rec.events).not.toContain('db-close')
    quit(rec)
    expect(rec.events).toContain('db-close')
  })

  it('a damaged database leads to the recovery offer, and the app still opens its window', async () => {
    const { rec, dataDir } = await runMain({
      prepare: (dir) => {
        const path = join(dir, DB_FILE_NAME)
        const db = new Database(path)
        db.exec('CREATE TABLE t (x TEXT); INSERT INTO t SELECT hex(randomblob(500)) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 400) SELECT i FROM c)')
        db.close()
        writeFileSync(path, corruptCopy(path))
      }
    })
    expect(rec.messageBoxes[0]).toMatchObject({ message: messageFor('en', 'backup.dialog.noBackup'), detail: messageFor('en', 'backup.dialog.noBackupDetail', { path: join(dataDir, DB_FILE_NAME) }) })
    expect(rec.windows).toHaveLength(1)
    quit(rec)
  })

  it('a database from a newer version is explained and the app quits without opening a window', async () => {
    const { rec } = await runMain({
      prepare: (dir) => {
        const db = new Database(join(dir, DB_FILE_NAME))
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
        db.close()
      }
    })
    expect(rec.errorBoxes).toHaveLength(1)
    expect(rec.errorBoxes[0]!.content).toContain(`schema ${LATEST_SCHEMA_VERSION + 5}`)
    expect(rec.exitCode).toBe(1)
    expect(rec.windows).toHaveLength(0)
    expect(rec.handlers.size).toBe(0)
  })
})

describe('the built files the shell depends on', () => {
  it('the built preload requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const preload = readFileSync(join(OUT, 'preload/index.js'), 'utf8')
    const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(required.length).toBeGreaterThan(0)
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(preload).not.toMatch(/\bimport\s*\(/)
  })

  it('the packaged layout unpacks better-sqlite3’s native binding from the asar', async () => {
    const { getConfig } = await import('app-builder-lib/out/util/config/config')
    const { minimatch } = await import('minimatch')
    const config = await getConfig(ROOT, null, null)
    const patterns = ([] as string[]).concat((config.asarUnpack as string[] | string | null | undefined) ?? [])
    const binding = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'
    expect(existsSync(join(ROOT, binding))).toBe(true)
    expect(patterns.some((p) => minimatch(binding, p, { dot: true }))).toBe(true)
    expect(config.asar).not.toBe(false)
  })
})
