// One import, start to finish, in whichever thread runs it: read the file,
// parse it, then preview or apply it. Progress and cancellation are callbacks so
// the same code serves the worker thread (desktop app) and the CLI (in-process).
import { Buffer } from 'node:buffer'
import { createHash, webcrypto } from 'node:crypto'
import type { CoreContext } from '../context'
import { importOrders } from './import-orders'
import { importStock } from './import-stock'
import { readTable, type ColumnMapping, type SourcePlatform, type StoredRowDigests } from './parse'
import { loadOrderIndex, type OrderIndex } from './existing-orders'
import type { ImportPhase, OrderStatus, Platform, SheetInfo } from '../../../shared/types'
import { joinFiles, type NamedFile } from './join-files'
import { parseOrderSheets } from './sheets'
import { statusMapsOf } from './status-meanings'
import type { ImportReport } from './report'
import { IMPORT_LIMITS } from '../../../shared/import-limits'
import { limitError, withFileName } from './parse/limits'
import { releaseMemory, RELEASE_FROM_BYTES } from './release-memory'

export interface ImportRequest {
  kind: 'orders' | 'stock'
  fileName: string
  /**
   * The file as read. runImport takes it: once the file is parsed it empties this field and those of
   * moreFiles, so a 57 MB export can be freed before the orders are written rather than held beside them.
   */
  bytes: Uint8Array
  /** Further files of the same import (orders only). */
  moreFiles?: { fileName: string; bytes: Uint8Array }[]
  statusMap?: Record<string, OrderStatus> | null
  sheet?: string | null
  platform: 'auto' | SourcePlatform
  mapping: ColumnMapping | null
  dryRun: boolean
  skipBadRows: boolean
  /** Orders import: the shop picked for orders the file names no shop for (issue #16). */
  shopId?: number | null
}

export interface ImportHooks {
  onProgress: (phase: ImportPhase, done: number, total: number) => void
  shouldCancel: () => boolean
}

/**
 * The import's page cache (SQLite's cache_size: negative = KiB), in force only while it runs. Indexes
 * are rebuilt once after a big insert (insert-orders.ts), so the insert touches few pages twice: at
 * 200,000 orders 16 MB imports as fast as the connection's usual 64 MB (bench, issue 15), and the
 * 48 MB it does not fill is a quarter of what the import may use at its peak.
 */
export const IMPORT_CACHE_SIZE = -16_384

/** How far into a big file's read (in tenths) its parse garbage is collected. */
const COLLECT_AT_TENTHS = [4, 7, 9]

/** A file past one of the import limits is refused here, naming the file; nothing has been written at that point. */
export async function runImport(ctx: CoreContext, req: ImportRequest, hooks: ImportHooks): Promise<ImportReport> {
  const files = takeFiles(req)
  // Every file of a several-file import is held to the limits; the refusal names the file that passed one.
  for (const f of files) {
    if (f.bytes.byteLength > IMPORT_LIMITS.fileBytes) throw limitError('fileBytes', f.fileName)
  }
  let current = req.fileName
  const big = files.reduce((n, f) => n + f.bytes.byteLength, 0) >= RELEASE_FROM_BYTES
  const cacheBefore = ctx.db.pragma('cache_size', { simple: true }) as number
  ctx.db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`)
  try {
    return await readAndApply(ctx, req, files, big, hooks, (name) => (current = name))
  } catch (e) {
    throw withFileName(e, current)
  } finally {
    ctx.db.pragma(`cache_size = ${cacheBefore}`)
    // What runs next (the engine's recompute after a big import) starts without the import's orders in the heap.
    if (big) releaseMemory()
  }
}

const NO_BYTES = new Uint8Array(0)

/**
 * The files' SHA-256 (hex), as the import batch records it. One file is hashed by WebCrypto, which
 * copies the bytes and hashes them on libuv's thread pool while this thread parses: the 60 ms a
 * 57 MB export takes come off the import's time on a two-core machine.
 */
async function fileDigest(files: { bytes: Uint8Array }[]): Promise<string> {
  if (files.length === 1) return Buffer.from(await webcrypto.subtle.digest('SHA-256', files[0]!.bytes)).toString('hex')
  const hash = createHash('sha256')
  for (const f of files) hash.update(f.bytes)
  return hash.digest('hex')
}

/** The request's files, now held only by the import (see ImportRequest.bytes). */
function takeFiles(req: ImportRequest): { fileName: string; bytes: Uint8Array }[] {
  const more = req.kind === 'orders' ? (req.moreFiles ?? []) : []
  const files = [{ fileName: req.fileName, bytes: req.bytes }, ...more.map((f) => ({ fileName: f.fileName, bytes: f.bytes }))]
  req.bytes = NO_BYTES
  for (const f of more) f.bytes = NO_BYTES
  return files
}

async function readAndApply(
  ctx: CoreContext,
  req: ImportRequest,
  files: { fileName: string; bytes: Uint8Array }[],
  big: boolean,
  hooks: ImportHooks,
  reading: (fileName: string) => void
): Promise<ImportReport> {
  const digest = fileDigest(files)
  // Awaited once the file is read; an import that stops before (cancelled, refused) leaves it unawaited.
  digest.catch(() => {})
  hooks.onProgress('reading', 0, 1)
  const opts = {
    fileName: req.fileName,
    sha256: '',
    dryRun: req.dryRun,
    skipBadRows: req.skipBadRows,
    shouldCancel: hooks.shouldCancel,
    onProgress: (done: number, total: number) => hooks.onProgress('writing', done, total)
  }
  if (req.kind === 'stock') {
    const table = await readTable(files[0]!.bytes, req.fileName)
    files[0]!.bytes = NO_BYTES
    hooks.onProgress('checking', 0, 1)
    return importStock(ctx, table, { ...opts, sha256: await digest })
  }
  let nextCollection = 0
  // One file read alone may pass over the orders the shop holds as it has them (parse/row-digest.ts);
  // the stored orders are read once, for the parse and then the plan.
  const indexes = new Map<Platform, OrderIndex>()
  const orderIndex = (platform: Platform): OrderIndex => {
    let index = indexes.get(platform)
    if (!index) indexes.set(platform, (index = loadOrderIndex(ctx.db, platform)))
    return index
  }
  const stored: StoredRowDigests | undefined =
    files.length === 1
      ? {
          appVersion: ctx.appVersion,
          forPlatform: orderIndex
        }
      : undefined
  const parseOptions = {
    platform: req.platform,
    ...(req.mapping ? { mapping: req.mapping } : {}),
    statusMaps: statusMapsOf(ctx),
    ...(req.statusMap ? { statusMap: req.statusMap } : {}),
    onProgress: (done: number, total: number) => {
      // At these points of a big file's read its parse garbage goes: the read is the import's memory
      // peak, with the file's bytes still held (see release-memory.ts).
      if (big && nextCollection < COLLECT_AT_TENTHS.length && done * 10 >= total * COLLECT_AT_TENTHS[nextCollection]! && done < total) {
        nextCollection++
        releaseMemory()
      }
      hooks.onProgress('reading', done, total)
    },
    shouldCancel: hooks.shouldCancel,
    ...(stored ? { stored } : {})
  }
  const named: NamedFile[] = []
  const sheets: SheetInfo[] = []
  for (const f of files) {
    reading(f.fileName)
    const read = await parseOrderSheets(f.bytes, f.fileName, parseOptions, req.sheet ?? null)
    // Parsed: the bytes can go before the write, the import's busiest moment for memory.
    f.bytes = NO_BYTES
    for (const p of read.files) named.push({ label: read.sheets.length && p.sheet ? `${f.fileName} › ${p.sheet}` : f.fileName, parsed: p })
    sheets.push(...read.sheets.map((s) => ({ file: f.fileName, ...s })))
  }
  reading(req.fileName)
  hooks.onProgress('checking', 0, 1)
  if (big) releaseMemory()
  return importOrders(ctx, joinFiles(named), {
    ...opts,
    sha256: await digest,
    files: files.map((f) => f.fileName),
    sheets,
    ...(req.statusMap ? { statusMap: req.statusMap } : {}),
    shopId: req.shopId ?? null,
    orderIndex,
    afterPlan: () => {
      // Planned: the stored orders' index is garbage (it would be a big re-import's peak otherwise).
      indexes.clear()
      if (big) releaseMemory()
    }
  })
}
