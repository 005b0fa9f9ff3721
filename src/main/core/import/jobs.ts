// Import jobs: long imports run in a worker thread with their own database
// connection so the app stays responsive; the renderer polls a job's progress and
// may cancel it (the worker's transaction then rolls back and nothing is written).
import { randomUUID } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import type { ImportJobStatus, ImportReport } from '../../../shared/types'
import type { CoreContext } from '../context'
import { toApiError } from '../dispatch'
import { ImportCancelled } from './cancel'
import { runImport, type ImportRequest } from './run-import'
import type { WorkerReply, WorkerStart } from './worker-protocol'

interface Job {
  status: ImportJobStatus
  cancelFlag: Int32Array
  finished: Promise<void>
}

const KEEP_FINISHED = 20

/** The import worker's V8 limits, in MB (Node's defaults would let it grow until the whole app dies). */
export const IMPORT_WORKER_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 }

const isOutOfMemory = (e: unknown): boolean => typeof e === 'object' && e !== null && 'code' in e && e.code === 'ERR_WORKER_OUT_OF_MEMORY'

export class ImportJobs {
  private readonly jobs = new Map<string, Job>()
  /** `onApplied` runs after a job's changes are committed (not for previews or rejected files): the engine recomputes there. */
  constructor(
    private readonly ctx: CoreContext,
    private readonly onApplied?: (report: ImportReport) => void
  ) {}

  start(req: ImportRequest): ImportJobStatus {
    const jobId = randomUUID()
    const status: ImportJobStatus = {
      jobId,
      kind: req.kind,
      dryRun: req.dryRun,
      state: 'running',
      phase: 'reading',
      done: 0,
      total: 0,
      report: null,
      error: null
    }
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4))
    const settle = (s: Partial<ImportJobStatus>) => Object.assign(status, s)
    const worker = this.ctx.importWorker && this.ctx.dbPath !== ':memory:' ? this.ctx.importWorker : null
    const finished = worker ? this.inWorker(worker, req, cancelFlag, settle) : this.inProcess(req, cancelFlag, settle)
    this.jobs.set(jobId, { status, cancelFlag, finished })
    this.prune()
    return { ...status }
  }

  get(jobId: string): ImportJobStatus {
    const job = this.jobs.get(jobId)
    if (!job) throw new AppError('not_found', { entity: 'import job' })
    return { ...job.status }
  }

  cancel(jobId: string): ImportJobStatus {
    const job = this.jobs.get(jobId)
    if (!job) throw new AppError('not_found', { entity: 'import job' })
    Atomics.store(job.cancelFlag, 0, 1)
    return { ...job.status }
  }

  /** Resolves when the job has ended (done, failed or cancelled). */
  async wait(jobId: string): Promise<ImportJobStatus> {
    const job = this.jobs.get(jobId)
    if (!job) throw new AppError('not_found', { entity: 'import job' })
    await job.finished
    return { ...job.status }
  }

  private async inProcess(req: ImportRequest, cancelFlag: Int32Array, settle: (s: Partial<ImportJobStatus>) => void): Promise<void> {
    // Let start() return the job id before the work begins.
    await new Promise((r) => setImmediate(r))
    try {
      const report = await runImport(this.ctx, req, {
        onProgress: (phase, done, total) => settle({ phase, done, total }),
        shouldCancel: () => Atomics.load(cancelFlag, 0) === 1
      })
      settle({ state: 'done', report })
      if (report.applied) this.onApplied?.(report)
    } catch (e) {
      if (e instanceof ImportCancelled) settle({ state: 'cancelled' })
      else settle({ state: 'failed', error: toApiError(e) })
    }
  }

  private inWorker(
    script: NonNullable<CoreContext['importWorker']>,
    req: ImportRequest,
    cancelFlag: Int32Array,
    settle: (s: Partial<ImportJobStatus>) => void
  ): Promise<void> {
    return new Promise((resolve) => {
      const data: WorkerStart = {
        dbPath: this.ctx.dbPath,
        appVersion: this.ctx.appVersion,
        request: req,
        startedAtMs: this.ctx.now().getTime(),
        cancelFlag
      }
      // A heap of its own, well below the process's: a file that still needs more (one inside every
      // import limit, but pathological) kills this worker, not the app.
      const options = { workerData: data, resourceLimits: script.resourceLimits ?? IMPORT_WORKER_LIMITS }
      let w: Worker
      try {
        w = new Worker(script.path, { ...options, transferList: movableBuffers(req) })
      } catch {
        // A buffer that cannot move after all: copy it, as before.
        w = new Worker(script.path, options)
      }
      const died = (reason: 'memory' | 'crash') => new AppError('import_worker_died', { file: req.fileName, reason }).toApiError()
      let ended = false
      const end = (s: Partial<ImportJobStatus>) => {
        if (ended) return
        ended = true
        settle(s)
        resolve()
      }
      w.on('message', (m: WorkerReply) => {
        if (m.type === 'progress') settle({ phase: m.phase, done: m.done, total: m.total })
        else if (m.type === 'done') {
          end({ state: 'done', report: m.report })
          if (m.report.applied && !m.recomputed) this.onApplied?.(m.report)
        } else if (m.type === 'cancelled') end({ state: 'cancelled' })
        else end({ state: 'failed', error: m.error })
      })
      w.on('error', (e) => end({ state: 'failed', error: died(isOutOfMemory(e) ? 'memory' : 'crash') }))
      // A worker that ends without saying how (crash, killed) failed; its transaction never committed.
      w.on('exit', () => end({ state: 'failed', error: died('crash') }))
    })
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.status.state !== 'running')
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id)
  }
}

/**
 * The file's bytes move to the import worker instead of being copied (issue 15): the app then holds a
 * 57 MB export once, not twice, while it imports. Only a buffer the bytes fill whole moves; a view into
 * a larger or pooled buffer is copied, since moving it would take its neighbours away.
 */
export function movableBuffers(req: ImportRequest): ArrayBuffer[] {
  const views = [req.bytes, ...(req.kind === 'orders' ? (req.moreFiles ?? []).map((f) => f.bytes) : [])]
  const out = new Set<ArrayBuffer>()
  for (const v of views) if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) out.add(v.buffer)
  return [...out]
}
