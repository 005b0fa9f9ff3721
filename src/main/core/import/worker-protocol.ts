import type { ApiError } from '../../../shared/errors'
import type { ImportReport } from './report'
import type { ImportPhase } from '../../../shared/types'
import type { ImportRequest } from './run-import'

/** What the job manager hands the worker thread. */
export interface WorkerStart {
  dbPath: string
  appVersion: string
  request: ImportRequest
  /**
   * The app's clock when the job started (epoch ms). The worker counts on from it
   * rather than reading its own wall clock, so an import is stamped on the same
   * clock as the rest of the app (and a test's pinned clock holds in the worker).
   */
  startedAtMs: number
  /** Set to 1 by the main thread to ask the worker to stop (checked between batches). */
  cancelFlag: Int32Array
}

export type WorkerReply =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  /** recomputed: the worker already brought the engine's stored results up to date. */
  | { type: 'done'; report: ImportReport; recomputed: boolean }
  | { type: 'cancelled' }
  | { type: 'failed'; error: ApiError }
