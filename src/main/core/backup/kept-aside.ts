// Housekeeping for the files kept beside the shop database: copies made before a restore (or before
// undoing one) and damaged databases moved aside. Rule, per kind: keep the newest KEEP_NEWEST and
// anything younger than KEEP_DAYS; never the only copy of anything — so the newest of each kind and
// the copy the last restore can be undone to always stay. The rule is pure (tested with a pinned
// clock); the file work is a thin layer around it.
import { readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { dbStem, type KeptAsideKind } from './names'

export const KEPT_ASIDE_POLICY = { keepNewest: 3, keepDays: 30 } as const
const KINDS: readonly KeptAsideKind[] = ['before-restore', 'before-undo', 'damaged']
const DAY_MS = 86_400_000

export interface KeptAsideFile {
  path: string
  fileName: string
  kind: KeptAsideKind
  at: string
  bytes: number
}

export interface KeptAsidePlan {
  keep: KeptAsideFile[]
  remove: KeptAsideFile[]
}

/** Which kept-aside files stay; `protect` is the path the last restore can be undone to. */
export function planKeptAside(files: readonly KeptAsideFile[], now: Date, protect: string | null, policy = KEPT_ASIDE_POLICY): KeptAsidePlan {
  const keep: KeptAsideFile[] = []
  const remove: KeptAsideFile[] = []
  for (const kind of KINDS) {
    const newestFirst = files.filter((f) => f.kind === kind).sort((a, b) => b.at.localeCompare(a.at))
    newestFirst.forEach((f, i) => {
      const age = now.getTime() - Date.parse(f.at)
      // A file from "the future" (the clock was changed) is not understood, so it is kept.
      const young = !(age > policy.keepDays * DAY_MS)
      if (i < Math.max(1, policy.keepNewest) || young || f.path === protect) keep.push(f)
      else remove.push(f)
    })
  }
  return { keep, remove }
}

/** The kept-aside files beside `dbPath`, from their names (`<stem>.<kind>-<stamp>.db`). */
export function listKeptAside(dbPath: string): KeptAsideFile[] {
  const folder = dirname(dbPath)
  const stem = dbStem(dbPath)
  const re = /^\.(before-restore|before-undo|damaged)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.db$/
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const files: KeptAsideFile[] = []
  for (const fileName of names) {
    if (!fileName.startsWith(stem)) continue
    const m = re.exec(fileName.slice(stem.length))
    if (!m) continue
    const at = `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}.${m[8]}Z`
    if (Number.isNaN(Date.parse(at))) continue
    const path = join(folder, fileName)
    let bytes = 0
    try {
      bytes = statSync(path).size
    } catch {
      continue
    }
    files.push({ path, fileName, kind: m[1] as KeptAsideKind, at, bytes })
  }
  return files.sort((a, b) => b.at.localeCompare(a.at))
}

/** Applies the rule: removes what it says may go (with any -wal/-shm beside it); returns the plan carried out. */
export function pruneKeptAside(dbPath: string, now: Date, protect: string | null): KeptAsidePlan {
  const plan = planKeptAside(listKeptAside(dbPath), now, protect)
  for (const f of plan.remove) for (const suffix of ['', '-wal', '-shm']) rmSync(f.path + suffix, { force: true })
  return plan
}
