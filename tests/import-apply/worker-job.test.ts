import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/core/handlers'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import type { ImportJobStatus } from '../../src/shared/types'
import type { ImportRequest } from '../../src/main/core/import/run-import'
import { movableBuffers } from '../../src/main/core/import/jobs'
import { FIXED_NOW, tempDir } from '../helpers/shop'
import { pddCsv } from './pdd-csv'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

describe('imports in a worker thread', () => {
  it('runs off the calling thread with its own connection, reports progress, and its result is visible to the app', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const dbPath = join(t.dir, 'shop.db')
    const db = openDatabase(dbPath)
    cleanups.unshift(() => closeDatabase(db))
    const handlers = createHandlers({
      db,
      now: () => FIXED_NOW,
      dbPath,
      appVersion: 'test',
      importWorker: { path: join(__dirname, '../helpers/import-worker.cjs') }
    })
    const rows = Array.from({ length: 3000 }, (_, i) => ({ orderNo: `261125-${String(i).padStart(15, '0')}` }))
    const bytes = pddCsv(rows)
    const size = bytes.byteLength
    const start = await dispatch(handlers, 'import.start', { kind: 'orders', fileName: 'big.csv', bytes, dryRun: false })
    expect(start.ok).toBe(true)
    // The file moved to the worker rather than being copied: the calling thread no longer holds it.
    expect(size).toBeGreaterThan(0)
    expect(bytes.byteLength).toBe(0)
    let job = (start as { value: ImportJobStatus }).value
    let polls = 0
    while (job.state === 'running') {
      polls++
      await new Promise((r) => setTimeout(r, 10))
      job = ((await dispatch(handlers, 'import.job', { jobId: job.jobId })) as { value: ImportJobStatus }).value
    }
    expect(job.error).toBeNull()
    expect(job.state).toBe('done')
    expect(job.report).toMatchObject({ created: 3000, applied: true })
    expect(polls).toBeGreaterThan(0)
    expect(db.prepare('SELECT COUNT(*) AS n FROM orders').get()).toEqual({ n: 3000 })
    // The engine's results are up to date by the time the job says it is done.
    expect(db.prepare('SELECT open_orders FROM engine_state').get()).toEqual({ open_orders: 3000 })
    // The worker counts on from the app's clock, not its own: the batch is stamped
    // at the app's moment (here the tests' pinned one), within the job's duration.
    const { importedAt } = db.prepare('SELECT imported_at AS importedAt FROM import_batches').get() as { importedAt: string }
    const offsetMs = Date.parse(importedAt) - FIXED_NOW.getTime()
    expect(offsetMs).toBeGreaterThanOrEqual(0)
    expect(offsetMs).toBeLessThan(60_000)
  })

  it('copies, not moves, bytes that are a view into a larger buffer, and imports them all the same', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const dbPath = join(t.dir, 'shop.db')
    const db = openDatabase(dbPath)
    cleanups.unshift(() => closeDatabase(db))
    const handlers = createHandlers({ db, now: () => FIXED_NOW, dbPath, appVersion: 'test', importWorker: { path: join(__dirname, '../helpers/import-worker.cjs') } })
    const file = pddCsv([{ orderNo: '261125-000000000000001' }])
    const whole = new Uint8Array(file.byteLength + 16)
    whole.set(file, 8)
    const view = whole.subarray(8, 8 + file.byteLength)
    expect(movableBuffers({ kind: 'orders', fileName: 'v.csv', bytes: view, dryRun: false } as ImportRequest)).toEqual([])
    const start = await dispatch(handlers, 'import.start', { kind: 'orders', fileName: 'v.csv', bytes: view, dryRun: false })
    expect(start.ok).toBe(true)
    expect(view.byteLength).toBe(file.byteLength)
    let job = (start as { value: ImportJobStatus }).value
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 10))
      job = ((await dispatch(handlers, 'import.job', { jobId: job.jobId })) as { value: ImportJobStatus }).value
    }
    expect(job).toMatchObject({ state: 'done', error: null, report: { created: 1, applied: true } })
  })
})
