import type { Db } from './db/open'

/** What every core function needs: the database and a clock (injectable for tests and what-if). */
export interface CoreContext {
  db: Db
  now: () => Date
  dbPath: string
  appVersion: string
}

export const isoNow = (ctx: CoreContext): string => ctx.now().toISOString()
