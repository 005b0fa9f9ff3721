// The backups in a folder: every file named like one of this database's backups,
// with the counts its metadata file recorded when it was checked. A backup
// without metadata (copied in by hand, or a crash between the two renames) is
// listed as unverified rather than hidden.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo } from '../../../shared/backup-types'
import { dbStem, parseBackupFileName, sidecarPath } from './names'

function readSidecar(path: string): Partial<BackupInfo> | null {
  try {
    const raw = JSON.parse(readFileSync(sidecarPath(path), 'utf8')) as Record<string, unknown>
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)
    return { skus: num(raw.skus), orders: num(raw.orders), schemaVersion: num(raw.schemaVersion), verified: raw.verified === true }
  } catch {
    return null
  }
}

/** Newest first. A folder that is missing (an unplugged drive) lists nothing rather than failing. */
export function listBackups(dbPath: string, folder: string): BackupInfo[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const stem = dbStem(dbPath)
  const out: BackupInfo[] = []
  for (const fileName of names) {
    const parsed = parseBackupFileName(stem, fileName)
    if (!parsed) continue
    const path = join(folder, fileName)
    let bytes: number
    try {
      const st = statSync(path)
      if (!st.isFile()) continue
      bytes = st.size
    } catch {
      continue
    }
    const meta = readSidecar(path)
    out.push({
      fileName,
      path,
      at: parsed.at,
      reason: parsed.reason,
      bytes,
      skus: meta?.skus ?? null,
      orders: meta?.orders ?? null,
      schemaVersion: meta?.schemaVersion ?? null,
      verified: meta?.verified ?? false
    })
  }
  return out.sort((a, b) => b.at.localeCompare(a.at) || b.fileName.localeCompare(a.fileName))
}

/** Deletes a backup that retention let go, with its metadata. Only ever called on names parseBackupFileName accepted. */
export function deleteBackup(path: string): void {
  rmSync(path, { force: true })
  if (existsSync(sidecarPath(path))) rmSync(sidecarPath(path), { force: true })
}
