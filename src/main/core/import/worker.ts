// Worker-thread entry for imports (bundled as out/main/import-worker.js). It opens
// its own connection to the shop database; SQLite's WAL lets the app keep reading
// while the import writes.
import { parentPort, workerData } from 'node:worker_threads'
import { closeDatabase, openDatabase } from '../db/open'
import { toApiError } from '../dispatch'
import { ImportCancelled } from './cancel'
import { runImport } from './run-import'
import { runAfterWrite } from '../writes'
import { wireCore } from '../wire'
import { IMPORT_CHANGE } from './change'
import { touchedBy } from './touched'
import type { WorkerReply, WorkerStart } from './worker-protocol'

async function main(): Promise<void> {
  const start = workerData as WorkerStart
  const post = (m: WorkerReply) => parentPort?.postMessage(m)
  let lastPost = 0
  const db = openDatabase(start.dbPath)
  try {
    const t0 = performance.now()
    const now = () => new Date(start.startedAtMs + Math.round(performance.now() - t0))
    const ctx = { db, now, dbPath: start.dbPath, appVersion: start.appVersion }
    const report = await runImport(ctx, start.request, {
      onProgress: (phase, done, total) => {
        const t = performance.now()
        if (t - lastPost < 50 && done !== total) return
        lastPost = t
        post({ type: 'progress', phase, done, total })
      },
      shouldCancel: () => Atomics.load(start.cancelFlag, 0) === 1
    })
    // The engine's recompute after a big import takes seconds: it runs here too, off the app's main thread.
    if (report.applied) {
      wireCore()
      runAfterWrite(ctx, IMPORT_CHANGE, touchedBy(report))
    }
    post({ type: 'done', report, recomputed: report.applied })
  } catch (e) {
    if (e instanceof ImportCancelled) post({ type: 'cancelled' })
    else post({ type: 'failed', error: toApiError(e) })
  } finally {
    closeDatabase(db)
  }
}

void main()
