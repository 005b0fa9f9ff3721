// One import, start to finish, in whichever thread runs it: read the file,
// parse it, then preview or apply it. Progress and cancellation are callbacks so
// the same code serves the worker thread (desktop app) and the CLI (in-process).
import { createHash } from 'node:crypto'
import type { CoreContext } from '../context'
import { importOrders } from './import-orders'
import { importStock } from './import-stock'
import { parseOrderFile, readTable, type ColumnMapping, type SourcePlatform } from './parse'
import type { ImportPhase } from '../../../shared/types'
import type { ImportReport } from './report'
import { IMPORT_LIMITS } from '../../../shared/import-limits'
import { limitError, withFileName } from './parse/limits'

export interface ImportRequest {
  kind: 'orders' | 'stock'
  fileName: string
  bytes: Uint8Array
  platform: 'auto' | SourcePlatform
  mapping: ColumnMapping | null
  dryRun: boolean
  skipBadRows: boolean
}

export interface ImportHooks {
  onProgress: (phase: ImportPhase, done: number, total: number) => void
  shouldCancel: () => boolean
}

/** A file past one of the import limits is refused here, naming the file; nothing has been written at that point. */
export async function runImport(ctx: CoreContext, req: ImportRequest, hooks: ImportHooks): Promise<ImportReport> {
  try {
    if (req.bytes.byteLength > IMPORT_LIMITS.fileBytes) throw limitError('fileBytes')
    return await readAndApply(ctx, req, hooks)
  } catch (e) {
    throw withFileName(e, req.fileName)
  }
}

async function readAndApply(ctx: CoreContext, req: ImportRequest, hooks: ImportHooks): Promise<ImportReport> {
  const sha256 = createHash('sha256').update(req.bytes).digest('hex')
  hooks.onProgress('reading', 0, 1)
  const opts = {
    fileName: req.fileName,
    sha256,
    dryRun: req.dryRun,
    skipBadRows: req.skipBadRows,
    shouldCancel: hooks.shouldCancel,
    onProgress: (done: number, total: number) => hooks.onProgress('writing', done, total)
  }
  if (req.kind === 'stock') {
    const table = await readTable(req.bytes, req.fileName)
    hooks.onProgress('checking', 0, 1)
    return importStock(ctx, table, opts)
  }
  const parsed = await parseOrderFile(req.bytes, req.fileName, {
    platform: req.platform,
    ...(req.mapping ? { mapping: req.mapping } : {}),
    onProgress: (done, total) => hooks.onProgress('reading', done, total),
    shouldCancel: hooks.shouldCancel
  })
  hooks.onProgress('checking', 0, 1)
  return importOrders(ctx, parsed, opts)
}
