// Worker-thread entry for imports (bundled as out/main/import-worker.js). It opens
// its own connection to the shop database; SQLite's WAL lets the app keep reading
// while the import writes.
import { parentPort, workerData } from 'node:worker_threads'
import { closeDatabase, openDatabase } from '../db/open'
import { toApiError } from '../dispatch'
import { ImportCancelled } from './cancel'
import { runImport } from './run-import'
import type { WorkerReply, WorkerStart } from './worker-protocol'

async function main(): Promise<void> {
  const start = workerData as WorkerStart
  const post = (m: WorkerReply) => parentPort?.postMessage(m)
  let lastPost = 0
  const db = openDatabase(start.dbPath)
  try {
    const report = await runImport({ db, now: () => new Date(), dbPath: start.dbPath, appVersion: start.appVersion }, start.request, {
      onProgress: (phase, done, total) => {
        const t = Date.now()
        if (t - lastPost < 50 && done !== total) return
        lastPost = t
        post({ type: 'progress', phase, done, total })
      },
      shouldCancel: () => Atomics.load(start.cancelFlag, 0) === 1
    })
    post({ type: 'done', report })
  } catch (e) {
    if (e instanceof ImportCancelled) post({ type: 'cancelled' })
    else post({ type: 'failed', error: toApiError(e) })
  } finally {
    closeDatabase(db)
  }
}

void main()
