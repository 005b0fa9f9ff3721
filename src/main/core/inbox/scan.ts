// The inbox: which files in one folder are order exports or stock lists, and were they imported
// already. It never imports. A file still being written waits for a later look: a browser's
// partial download, a file modified within the last few seconds (by the app clock), or one whose
// size changed since the previous look. Recognition is remembered per (path, size, mtime), so the
// app's periodic look reads only new or changed files.
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { InboxScan, InboxWaiting } from '../../../shared/inbox-types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { recogniseFile, type Recognised } from './recognise'

/** Chrome/Edge, Firefox, Safari and generic partial-download names. */
const PARTIAL_EXTENSIONS = new Set(['.crdownload', '.part', '.partial', '.download', '.tmp', '.opdownload'])
/** Younger than this (by the app clock) and the browser may still be writing it. */
export const SETTLE_MS = 5_000
/** Exports are downloaded to be imported the same day: older files are not "new". */
export const MAX_AGE_MS = 7 * 24 * 3_600_000
/** Newest files looked at per scan, so a Downloads folder of thousands stays quick. */
export const MAX_FILES = 200

interface Look {
  size: number
  mtimeMs: number
  /** Absent until the settled file was read; null: read, and not an export. */
  recognised?: Recognised | null
}

export class Inbox {
  /** What each file looked like last time, and what it was. */
  private readonly looks = new Map<string, Look>()

  constructor(private readonly ctx: CoreContext) {}

  async scan(folder: string, enabled = true): Promise<InboxScan> {
    const result: InboxScan = { folder, enabled, unreadable: false, files: [], waiting: [] }
    if (!enabled) return result
    let names: string[]
    try {
      names = (await readdir(folder, { withFileTypes: true })).filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name)
    } catch {
      return { ...result, unreadable: true }
    }
    const now = this.ctx.now().getTime()
    const entries: { name: string; path: string; size: number; mtimeMs: number }[] = []
    for (const name of names) {
      const path = join(folder, name)
      if (PARTIAL_EXTENSIONS.has(extname(name).toLowerCase())) {
        result.waiting.push({ path, name, reason: 'partial_download' })
        continue
      }
      try {
        const s = await stat(path)
        if (now - s.mtimeMs <= MAX_AGE_MS) entries.push({ name, path, size: s.size, mtimeMs: s.mtimeMs })
      } catch {
        // Gone or locked between the listing and the look: the next look sees it.
      }
    }
    entries.sort((a, b) => b.mtimeMs - a.mtimeMs || a.name.localeCompare(b.name))
    const seen = new Set<string>()
    for (const e of entries.slice(0, MAX_FILES)) {
      seen.add(e.path)
      const waiting = await this.look(e, now)
      if (waiting) {
        result.waiting.push(waiting)
        continue
      }
      const r = this.looks.get(e.path)?.recognised
      if (!r) continue
      result.files.push({
        path: e.path,
        name: e.name,
        platform: r.platform,
        kind: r.kind,
        rows: r.rows,
        size: e.size,
        modifiedAt: new Date(e.mtimeMs).toISOString(),
        imported: this.imported(r)
      })
    }
    for (const path of this.looks.keys()) if (!seen.has(path)) this.looks.delete(path)
    return result
  }

  /** The recognised file by name, as of the last look (null when it was not an export). */
  async recognised(folder: string, name: string): Promise<Recognised | null> {
    const path = join(folder, basename(name))
    const s = await stat(path)
    const last = this.looks.get(path)
    if (last?.recognised !== undefined && last.size === s.size && last.mtimeMs === s.mtimeMs) return last.recognised
    return recogniseFile(path, s.size)
  }

  /** Null when the file is settled and recognised (or skipped); otherwise why it waits. */
  private async look(e: { name: string; path: string; size: number; mtimeMs: number }, now: number): Promise<InboxWaiting | null> {
    const last = this.looks.get(e.path)
    const changed = !last || last.size !== e.size || last.mtimeMs !== e.mtimeMs
    if (now - e.mtimeMs < SETTLE_MS) {
      this.looks.set(e.path, { size: e.size, mtimeMs: e.mtimeMs })
      return { path: e.path, name: e.name, reason: 'recently_modified' }
    }
    if (last && last.size !== e.size) {
      // It grew (or shrank) since the last look: look again next time before trusting it.
      this.looks.set(e.path, { size: e.size, mtimeMs: e.mtimeMs })
      return { path: e.path, name: e.name, reason: 'growing' }
    }
    if (changed || last.recognised === undefined) {
      this.looks.set(e.path, { size: e.size, mtimeMs: e.mtimeMs, recognised: await recogniseFile(e.path, e.size) })
    }
    return null
  }

  private imported(r: Recognised): boolean {
    return (
      prepared(this.ctx.db, 'SELECT 1 FROM import_batches WHERE kind = ? AND file_sha256 = ? AND undone_at IS NULL LIMIT 1').get(r.kind, r.sha256) !==
      undefined
    )
  }
}
