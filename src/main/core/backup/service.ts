// The backup service of one shop database: back up now, on a schedule while the
// shop changes, and keep the retention; restore (keeping the current shop aside
// so it can be undone); and, when the database is found damaged, stop writing
// and recover from the newest good backup. Electron-free: main drives `tick` and
// shows the dialogs; the CLI and tests use the same methods.
import { rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BackupInfo, BackupReason, BackupSettings, BackupStatus, DamageReport, KeptAsideInfo, RecoveryOffer, RestoreResult } from '../../../shared/backup-types'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { toApiError } from '../dispatch'
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../db/migrations'
import { closeDatabase, openDatabase } from '../db/open'
import { getSettings } from '../settings/settings'
import { deleteBackup, listBackups } from './catalog'
import { readBackupConfig, settingsOf, writeBackupConfig } from './config'
import { probeFolder } from './folder'
import { listKeptAside, planKeptAside, pruneKeptAside, type KeptAsidePlan } from './kept-aside'
import { backupFileName, dataFolderOf, dbStem, defaultBackupFolder, keptAsidePath } from './names'
import { copyDatabase, estimateLoss, moveBack, moveDamagedAside } from './recovery'
import { planRetention } from './retention'
import { backupInto, inspectFile } from './tasks'
import type { Inspection } from './file'

const FALLBACK_TIME_ZONE = 'Asia/Shanghai'

export class BackupService {
  /** Set while a backup, restore or recovery runs: they never overlap. */
  private running: 'backup' | 'restore' | null = null
  private damage: DamageReport | null = null
  private lastError: BackupStatus['lastError'] = null
  /** The database's change marker when the last backup of this session started. */
  private markerAtBackup: string | null = null
  private lastBackupAt: number | null = null

  constructor(private readonly ctx: CoreContext) {}

  // ---- settings and status ----

  settings(): BackupSettings {
    return settingsOf(readBackupConfig(this.ctx.dbPath))
  }

  /** The folder backups go to: the one the user chose, or the default beside the database. */
  folder(): string {
    return this.settings().folder ?? defaultBackupFolder(this.ctx.dbPath)
  }

  updateSettings(patch: Partial<BackupSettings>): BackupSettings {
    // A folder must exist and take a file now; finding out at the next backup would be too late.
    if (patch.folder) probeFolder(resolve(patch.folder))
    const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<BackupSettings>
    if (clean.folder) clean.folder = resolve(clean.folder)
    return settingsOf(writeBackupConfig(this.ctx.dbPath, clean))
  }

  list(): BackupInfo[] {
    return listBackups(this.ctx.dbPath, this.folder())
  }

  status(): BackupStatus {
    const config = readBackupConfig(this.ctx.dbPath)
    const newest = this.list()[0]
    return {
      settings: settingsOf(config),
      folder: config.folder ?? defaultBackupFolder(this.ctx.dbPath),
      defaultFolder: defaultBackupFolder(this.ctx.dbPath),
      dataFolder: dataFolderOf(this.ctx.dbPath),
      lastBackupAt: newest?.at ?? null,
      lastRestore: config.lastRestore,
      damaged: this.damage,
      lastError: this.lastError
    }
  }

  get damaged(): DamageReport | null {
    return this.damage
  }

  get restoring(): boolean {
    return this.running === 'restore'
  }

  // ---- backing up ----

  /** Backs up now into the backup folder (or `toFolder`, which must exist), checks it, and applies retention. */
  async create(reason: BackupReason, toFolder?: string): Promise<BackupInfo> {
    if (this.damage) throw new AppError('db_corrupt')
    return this.exclusive('backup', async () => {
      const marker = this.changeMarker()
      const folder = toFolder ? resolve(toFolder) : this.folder()
      const at = this.ctx.now()
      const info = await backupInto(this.ctx, {
        target: this.freeName(folder, at, reason),
        at: at.toISOString(),
        reason,
        createFolder: !toFolder && this.settings().folder === null
      })
      if (!toFolder) {
        this.markerAtBackup = marker
        this.lastBackupAt = at.getTime()
        this.lastError = null
        this.prune(folder)
      }
      return info
    })
  }

  /**
   * Called by main every minute: backs up when the interval has passed since the
   * last backup and the shop changed since. A failure is remembered for Settings
   * (and returned) instead of thrown, so the timer keeps running.
   */
  async tick(): Promise<BackupInfo | null> {
    if (this.damage || this.running) return null
    const { intervalMinutes } = this.settings()
    const now = this.ctx.now().getTime()
    if (this.lastBackupAt === null) {
      const newest = this.list()[0]
      this.lastBackupAt = newest ? Date.parse(newest.at) : 0
    }
    if (now - this.lastBackupAt < intervalMinutes * 60_000) return null
    if (this.markerAtBackup !== null && this.changeMarker() === this.markerAtBackup) return null
    try {
      return await this.create('scheduled')
    } catch (e) {
      this.lastError = toApiError(e)
      return null
    }
  }

  /** Start-up backup: like tick, failures are remembered rather than thrown. */
  async startupBackup(): Promise<BackupInfo | null> {
    try {
      return await this.create('startup')
    } catch (e) {
      this.lastError = toApiError(e)
      return null
    }
  }

  /**
   * Changes since the last backup: data_version moves when another connection
   * (the import worker, the CLI) commits; total_changes counts this connection's.
   */
  private changeMarker(): string {
    const dv = this.ctx.db.pragma('data_version', { simple: true }) as number
    const own = (this.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
    return `${dv}:${own}`
  }

  private freeName(folder: string, at: Date, reason: BackupReason): string {
    const stem = dbStem(this.ctx.dbPath)
    for (let n = 0; ; n++) {
      const path = resolve(folder, backupFileName(stem, at, reason, n))
      try {
        statSync(path)
      } catch {
        return path
      }
    }
  }

  private timeZone(): string {
    try {
      return getSettings(this.ctx).timeZone
    } catch {
      return FALLBACK_TIME_ZONE
    }
  }

  private prune(folder: string): void {
    const backups = listBackups(this.ctx.dbPath, folder)
    const { keepToday, keepDays } = this.settings()
    const { remove } = planRetention(backups, this.ctx.now(), this.timeZone(), { keepToday, keepDays })
    for (const b of backups) if (remove.includes(b.fileName)) deleteBackup(b.path)
  }

  // ---- restoring ----

  /** Replaces the shop with the backup at `path`; the current shop is first kept aside (a verified copy) so this can be undone. */
  async restore(path: string): Promise<RestoreResult> {
    if (this.damage) throw new AppError('db_corrupt')
    const result = await this.replaceLive(path, 'before-restore')
    writeBackupConfig(this.ctx.dbPath, { lastRestore: { at: this.ctx.now().toISOString(), from: result.restoredFrom, keptAside: result.keptAside } })
    this.tidyKeptAside()
    return result
  }

  /** Kept-aside files with the retention rule's verdict on each. */
  keptAside(): KeptAsideInfo[] {
    const files = listKeptAside(this.ctx.dbPath)
    const plan = planKeptAside(files, this.ctx.now(), readBackupConfig(this.ctx.dbPath).lastRestore?.keptAside ?? null)
    const keep = new Set(plan.keep.map((f) => f.path))
    return files.map((f) => ({ ...f, keep: keep.has(f.path) }))
  }

  /** Applies the kept-aside retention rule (after every restore and recovery, and on request). */
  tidyKeptAside(): KeptAsidePlan {
    if (this.ctx.dbPath === ':memory:') return { keep: [], remove: [] }
    return pruneKeptAside(this.ctx.dbPath, this.ctx.now(), readBackupConfig(this.ctx.dbPath).lastRestore?.keptAside ?? null)
  }

  /** Puts back the shop as it was before the last restore; the restored state is kept aside too, so nothing is lost either way. */
  async undoRestore(): Promise<RestoreResult> {
    const last = readBackupConfig(this.ctx.dbPath).lastRestore
    if (!last) throw new AppError('not_found', {}, undefined, 'errors.no_restore_to_undo')
    const result = await this.replaceLive(last.keptAside, 'before-undo')
    writeBackupConfig(this.ctx.dbPath, { lastRestore: null })
    this.tidyKeptAside()
    return result
  }

  private async replaceLive(from: string, keepAs: 'before-restore' | 'before-undo'): Promise<RestoreResult> {
    const source = resolve(from)
    if (this.ctx.dbPath === ':memory:') throw new AppError('desktop_unavailable')
    if (source === resolve(this.ctx.dbPath)) throw new AppError('invalid_input', { field: 'path' }, 'path', 'errors.restore_same_file')
    return this.exclusive('restore', async () => {
      const check = await this.checkSource(source)
      const at = this.ctx.now()
      const aside = keptAsidePath(this.ctx.dbPath, keepAs, at)
      await backupInto(this.ctx, { target: aside, at: at.toISOString(), reason: 'manual', createFolder: false })
      await copyDatabase(source, this.ctx.dbPath)
      // A backup taken before a migration comes back at its old schema: bring it up to date.
      if (schemaVersion(this.ctx.db) < LATEST_SCHEMA_VERSION) migrate(this.ctx.db)
      this.markerAtBackup = null
      return { restoredFrom: source, keptAside: aside, schemaVersion: schemaVersion(this.ctx.db), skus: check.skus ?? 0, orders: check.orders ?? 0 }
    })
  }

  /**
   * Sets the whole shop aside as a verified backup (`reason`, listed with the others and
   * restorable), then puts the database `build` writes at `fresh` in its place. `check`
   * runs first, while every other call is refused, so what it allowed is what is set aside.
   */
  async setAsideAndReplace(reason: BackupReason, check: () => void, build: (fresh: string, backup: BackupInfo) => void): Promise<BackupInfo> {
    if (this.damage) throw new AppError('db_corrupt')
    if (this.ctx.dbPath === ':memory:') throw new AppError('desktop_unavailable')
    return this.exclusive('restore', async () => {
      check()
      const at = this.ctx.now()
      const folder = this.folder()
      const info = await backupInto(this.ctx, { target: this.freeName(folder, at, reason), at: at.toISOString(), reason, createFolder: this.settings().folder === null })
      if (!info.verified) throw new AppError('backup_unverified')
      const fresh = keptAsidePath(this.ctx.dbPath, 'fresh', at)
      try {
        build(fresh, info)
        await copyDatabase(fresh, this.ctx.dbPath)
      } finally {
        for (const suffix of ['', '-wal', '-shm']) rmSync(fresh + suffix, { force: true })
      }
      this.markerAtBackup = null
      return info
    })
  }

  /** A restore source must pass integrity_check and be a shop this version can read. */
  private async checkSource(path: string): Promise<Inspection> {
    const check = await inspectFile(this.ctx, path)
    if (check.problem === 'unreadable') throw new AppError('not_found', { entity: 'backup' }, 'path')
    if (!check.ok) throw new AppError('backup_invalid', {}, 'path')
    if ((check.schemaVersion ?? 0) > LATEST_SCHEMA_VERSION)
      throw new AppError('db_newer_version', { found: check.schemaVersion ?? 0, supported: LATEST_SCHEMA_VERSION })
    return check
  }

  // ---- damage and recovery ----

  /**
   * The database hit a corruption error: stop writing at once (query_only makes
   * SQLite itself refuse), and remember it so Settings and main can offer recovery.
   */
  markDamaged(when: DamageReport['when']): DamageReport {
    if (!this.damage) {
      this.damage = { at: this.ctx.now().toISOString(), when }
      try {
        this.ctx.db.pragma('query_only = ON')
      } catch {
        /* a connection too broken to take the pragma is refused by the guard anyway */
      }
    }
    return this.damage
  }

  /** The newest backup that passes integrity_check now (backups on a failing disk may be damaged too), and what restoring it would lose. */
  async recoveryOffer(path?: string): Promise<RecoveryOffer> {
    const backup = path ? await this.describe(resolve(path)) : await this.newestGood()
    // A separate read-only look at the file: the app's own connection may be a stand-in (start-up) or refusing writes.
    const current = this.ctx.dbPath === ':memory:' ? this.ctx.db : this.ctx.dbPath
    return { backup, loss: backup ? estimateLoss(current, backup) : null }
  }

  /**
   * Recovery from a damaged database: it is closed and moved aside with a
   * timestamp (never deleted), the backup is copied into its place and opened.
   */
  async recover(path?: string): Promise<RestoreResult> {
    // A healthy shop is restored with `restore`, which keeps it aside and can be undone.
    if (!this.damage) throw new AppError('conflict', {}, undefined, 'errors.db_not_damaged')
    const backup = path ? await this.describe(resolve(path)) : await this.newestGood()
    if (!backup) throw new AppError('not_found', { entity: 'backup' })
    return this.exclusive('restore', async () => {
      const check = await this.checkSource(backup.path)
      const dbPath = this.ctx.dbPath
      try {
        closeDatabase(this.ctx.db)
      } catch {
        /* optimize may fail on a damaged file; the connection is closed either way */
      }
      const aside = moveDamagedAside(dbPath, this.ctx.now())
      try {
        await copyDatabase(backup.path, dbPath)
        this.ctx.db = openDatabase(dbPath)
      } catch (e) {
        // Leave things as they were rather than a half-made shop: the damaged file goes back.
        moveBack(aside, dbPath)
        try {
          this.ctx.db = openDatabase(dbPath, { readonly: true })
        } catch {
          /* still damaged: the guard keeps refusing calls until a recovery succeeds */
        }
        throw e
      }
      this.damage = null
      this.markerAtBackup = null
      this.tidyKeptAside()
      return { restoredFrom: backup.path, keptAside: aside, schemaVersion: schemaVersion(this.ctx.db), skus: check.skus ?? 0, orders: check.orders ?? 0 }
    })
  }

  private async describe(path: string): Promise<BackupInfo | null> {
    const found = this.list().find((b) => resolve(b.path) === path)
    if (found) return found
    const check = await inspectFile(this.ctx, path)
    if (!check.ok) throw new AppError(check.problem === 'unreadable' ? 'not_found' : 'backup_invalid', {}, 'path')
    const st = statSync(path)
    return {
      fileName: path.split(/[\\/]/).pop() ?? path,
      path,
      at: st.mtime.toISOString(),
      reason: 'manual',
      bytes: st.size,
      skus: check.skus,
      orders: check.orders,
      schemaVersion: check.schemaVersion,
      verified: true
    }
  }

  private async newestGood(): Promise<BackupInfo | null> {
    for (const b of this.list()) {
      const check = await inspectFile(this.ctx, b.path)
      if (check.ok && (check.schemaVersion ?? 0) <= LATEST_SCHEMA_VERSION) return { ...b, skus: check.skus, orders: check.orders, schemaVersion: check.schemaVersion }
    }
    return null
  }

  private async exclusive<T>(kind: 'backup' | 'restore', work: () => Promise<T>): Promise<T> {
    if (this.running) throw new AppError('backup_busy')
    this.running = kind
    try {
      return await work()
    } finally {
      this.running = null
    }
  }
}

const services = new WeakMap<CoreContext, BackupService>()

/** One service per context, shared by the handler table and main's scheduler. */
export function backupServiceFor(ctx: CoreContext): BackupService {
  let s = services.get(ctx)
  if (!s) {
    s = new BackupService(ctx)
    services.set(ctx, s)
  }
  return s
}
