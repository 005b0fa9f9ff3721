import type { Db } from './db/open'

/** Where long work runs: a worker thread script (desktop app), or in-process when absent (CLI, tests on :memory:). */
export interface WorkerScript {
  /** A JavaScript file: out/main/import-worker.js in the app, a tsx bootstrap in tests. */
  path: string
  /** V8 limits for the worker (import workers default to IMPORT_WORKER_LIMITS); tests set small ones. */
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number; stackSizeMb?: number }
}

/**
 * What the desktop offers the core (Electron's shell and dialogs, implemented in
 * main); absent in the CLI and in tests, which may stub it.
 */
export interface DesktopPort {
  /** Opens a folder the core chose (never a path from the renderer) in the file manager. */
  openFolder(path: string): Promise<void>
  /** A system folder picker; resolves to null when the user cancels. */
  chooseFolder?(): Promise<string | null>
}

/** What every core function needs: the database and a clock (injectable for tests and what-if). */
export interface CoreContext {
  db: Db
  now: () => Date
  dbPath: string
  appVersion: string
  importWorker?: WorkerScript
  /** Where backups are written and checked off the main thread (out/main/backup-worker.js); in-process when absent. */
  backupWorker?: WorkerScript
  desktop?: DesktopPort
  /** The user's Downloads folder as the desktop reports it: the inbox's default folder. */
  downloadsDir?: string
}

export const isoNow = (ctx: CoreContext): string => ctx.now().toISOString()
