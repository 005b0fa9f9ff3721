// Joins the core's domains that must not import each other: after a declared
// write the engine recomputes, and after the engine stores results the queue
// brings its cases up to date. Called by everything that runs the core (the
// handler table, the import worker); registering twice is harmless.
import { onResultsStored } from './engine/hooks'
import { refreshAfterWrite } from './engine/refresh'
import { syncCases } from './queue/sync'
import { onWrite } from './writes'

export function wireCore(): void {
  onWrite(refreshAfterWrite)
  onResultsStored(syncCases)
}
