// Worker-thread entry for backup file work (bundled as out/main/backup-worker.js).
// It opens its own read-only connection for VACUUM INTO, so the app's connection
// keeps serving the window while a large shop is copied and checked.
import { parentPort, workerData } from 'node:worker_threads'
import { toApiError } from '../dispatch'
import { executeFileTask, type FileTask, type FileTaskReply } from './tasks'

const { task, dbPath } = workerData as { task: FileTask; dbPath: string }
let reply: FileTaskReply
try {
  reply = { ok: true, value: executeFileTask(task, dbPath) }
} catch (e) {
  reply = { ok: false, error: toApiError(e) }
}
parentPort?.postMessage(reply)
