// What runs right after the engine stores its results, inside the same
// transaction (not for a what-if). The queue opens and updates its cases here
// (registered in wire.ts): the engine does not import the queue, it only runs
// the hooks it is given.
import type { Db } from '../db/open'

export type ResultsStored = (db: Db, nowIso: string) => void

const hooks: ResultsStored[] = []

/** Registers a hook (idempotent: a hook is registered once). */
export function onResultsStored(hook: ResultsStored): void {
  if (!hooks.includes(hook)) hooks.push(hook)
}

export function runResultsStored(db: Db, nowIso: string): void {
  for (const hook of hooks) hook(db, nowIso)
}
