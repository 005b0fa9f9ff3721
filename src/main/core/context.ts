import type { Db } from './db/open'

/** Where long work runs: a worker thread script (desktop app), or in-process when absent (CLI, tests on :memory:). */
export interface WorkerScript {
  /** A JavaScript file: out/main/import-worker.js in the app, a tsx bootstrap in tests. */
  path: string
}

/** What every core function needs: the database and a clock (injectable for tests and what-if). */
export interface CoreContext {
  db: Db
  now: () => Date
  dbPath: string
  appVersion: string
  importWorker?: WorkerScript
}

export const isoNow = (ctx: CoreContext): string => ctx.now().toISOString()
