// Runs backup file work off the main thread when the app provides a worker
// script (integrity_check of a large shop takes seconds, and the window must not
// freeze), and in-process otherwise (CLI, tests, in-memory databases).
import { Worker } from 'node:worker_threads'
import type { BackupInfo } from '../../../shared/backup-types'
import { AppError, type ApiError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { toApiError } from '../dispatch'
import { inspectDbFile, writeBackup, type Inspection, type WriteBackupRequest } from './file'

export type FileTask = { op: 'backup'; request: Omit<WriteBackupRequest, 'source'> } | { op: 'inspect'; path: string }
export type FileTaskReply = { ok: true; value: unknown } | { ok: false; error: ApiError }

/** Executes one task; in the worker `source` is the database's path, in-process the open connection. */
export function executeFileTask(task: FileTask, source: WriteBackupRequest['source']): unknown {
  return task.op === 'backup' ? writeBackup({ ...task.request, source }) : inspectDbFile(task.path)
}

export function backupInto(ctx: CoreContext, request: Omit<WriteBackupRequest, 'source'>): Promise<BackupInfo> {
  return run(ctx, { op: 'backup', request }) as Promise<BackupInfo>
}

export function inspectFile(ctx: CoreContext, path: string): Promise<Inspection> {
  return run(ctx, { op: 'inspect', path }) as Promise<Inspection>
}

async function run(ctx: CoreContext, task: FileTask): Promise<unknown> {
  if (!ctx.backupWorker || ctx.dbPath === ':memory:') return executeFileTask(task, ctx.db)
  const reply = await new Promise<FileTaskReply>((resolve) => {
    const w = new Worker(ctx.backupWorker!.path, { workerData: { task, dbPath: ctx.dbPath } })
    let settled = false
    const end = (r: FileTaskReply) => {
      if (settled) return
      settled = true
      resolve(r)
    }
    w.once('message', (m: FileTaskReply) => end(m))
    w.once('error', (e) => end({ ok: false, error: toApiError(e) }))
    w.once('exit', () => end({ ok: false, error: new AppError('internal').toApiError() }))
  })
  if (reply.ok) return reply.value
  throw new AppError(reply.error.code, reply.error.params ?? {}, reply.error.field, reply.error.messageKey)
}
