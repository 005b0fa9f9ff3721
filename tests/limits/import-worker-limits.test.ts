import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/core/handlers'
import { closeDatabase, openDatabase } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import type { WorkerScript } from '../../src/main/core/context'
import type { ImportJobStatus } from '../../src/shared/types'
import { FIXED_NOW, tempDir } from '../helpers/shop'
import { pddCsv } from '../import-apply/pdd-csv'
import { xlsxBomb } from './hostile-files'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const TS_WORKER = join(__dirname, '../helpers/import-worker.cjs')

function shopWithWorker(worker: WorkerScript) {
  const t = tempDir()
  cleanups.push(t.cleanup)
  const dbPath = join(t.dir, 'shop.db')
  const db = openDatabase(dbPath)
  cleanups.unshift(() => closeDatabase(db))
  const handlers = createHandlers({ db, now: () => FIXED_NOW, dbPath, appVersion: 'test', importWorker: worker })
  return { db, handlers, dir: t.dir }
}

async function runJob(handlers: ReturnType<typeof createHandlers>, fileName: string, bytes: Uint8Array): Promise<ImportJobStatus> {
  const start = await dispatch(handlers, 'import.start', { kind: 'orders', fileName, bytes, dryRun: false })
  if (!start.ok) throw new Error(JSON.stringify(start.error))
  return waitFor(handlers, (start.value as ImportJobStatus).jobId)
}

async function waitFor(handlers: ReturnType<typeof createHandlers>, jobId: string): Promise<ImportJobStatus> {
  for (;;) {
    const r = await dispatch(handlers, 'import.job', { jobId })
    const job = (r as { value: ImportJobStatus }).value
    if (job.state !== 'running') return job
    await new Promise((res) => setImmediate(res))
  }
}

const orderCount = (db: ReturnType<typeof openDatabase>) => (db.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n

describe('imports in a worker thread under limits', () => {
  it('the worker refuses the 2 GB bomb with the limit message, and the handler table goes on working', async () => {
    const { db, handlers, dir } = shopWithWorker({ path: TS_WORKER })
    const file = join(dir, 'bomb.xlsx')
    xlsxBomb(file, true)
    const job = await runJob(handlers, 'bomb.xlsx', new Uint8Array(readFileSync(file)))
    expect(job.state).toBe('failed')
    expect(job.error).toMatchObject({ code: 'import_limit', messageKey: 'importLimits.xlsxPartRatio', params: { file: 'bomb.xlsx', limit: 'xlsxPartRatio' } })
    expect(orderCount(db)).toBe(0)
    const ok = await runJob(handlers, 'ok.csv', pddCsv([{ orderNo: '261125-000000000000001' }]))
    expect(ok.state).toBe('done')
    expect(orderCount(db)).toBe(1)
  })

  it('a worker that runs out of its memory is a failed import; the database is unchanged and the next import works', async () => {
    const { db, handlers } = shopWithWorker({ path: TS_WORKER, resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 } })
    const job = await runJob(handlers, 'orders.csv', pddCsv(Array.from({ length: 500 }, (_, i) => ({ orderNo: `261125-${String(i).padStart(15, '0')}` }))))
    expect(job.state).toBe('failed')
    expect(job.error).toMatchObject({ code: 'import_worker_died', params: { file: 'orders.csv', reason: 'memory' } })
    expect(orderCount(db)).toBe(0)
    expect(db.pragma('quick_check', { simple: true })).toBe('ok')
    const history = await dispatch(handlers, 'import.history', {})
    expect(history.ok).toBe(true)
  })

  it('a worker that crashes is a failed import naming the file, and the app lives on', async () => {
    const { db, handlers } = shopWithWorker({ path: join(__dirname, 'crashing-worker.cjs') })
    const job = await runJob(handlers, 'orders.csv', pddCsv([{ orderNo: '261125-000000000000001' }]))
    expect(job.state).toBe('failed')
    expect(job.error).toMatchObject({ code: 'import_worker_died', params: { file: 'orders.csv', reason: 'crash' } })
    expect(orderCount(db)).toBe(0)
    expect((await dispatch(handlers, 'shop.status', {})).ok).toBe(true)
  })
})
