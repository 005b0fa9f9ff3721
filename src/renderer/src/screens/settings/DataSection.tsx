// Settings › Data: the backups (time, size, counts), Back up now, Restore with a
// clear statement of what it undoes, Undo restore, the backup folder and schedule,
// and — when the database was found damaged — recovery from the newest good backup.
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '@shared/backup-types'
import type { ApiError } from '@shared/errors'
import { formatFileSize } from '@shared/file-size'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Modal } from '../../components/Modal'
import { errorText } from '../../i18n'
import { useAction } from '../../lib/use-action'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'
import { formatDateTime, formatInt } from '../../lib/format'
import { KeptAsideList } from './KeptAsideList'
import { endCol, TableHead } from '../../components/TableHead'
import './data-section.css'

const INTERVALS = [5, 10, 15, 30, 60, 120, 240] as const
const KEEP_TODAY = [3, 5, 10, 20, 50] as const
const KEEP_DAYS = [7, 14, 30, 60, 90, 365] as const

/** The options of a select, with the current value added when it is not one of them (set by the CLI or by hand). */
const withCurrent = (list: readonly number[], current: number): number[] => (list.includes(current) ? [...list] : [...list, current].sort((a, b) => a - b))

/** After a restore every screen and the settings must be read again: a fresh page is the simple, sure way. */
const reloadApp = (): void => window.location.reload()

export function DataSection() {
  const { t } = useTranslation()
  const { timeZone, notify } = useApp()
  const [restoring, setRestoring] = useState<{ backup: BackupInfo | null; recover: boolean } | null>(null)

  /** Bumped to read the status, the backups and the kept-aside copies again. */
  const [version, setVersion] = useState(0)
  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  const statusCall = useCall('backups.status', {}, [version])
  const listCall = useCall('backups.list', {}, [version])
  const status = statusCall.data
  const list = listCall.data ?? []
  const action = useAction<'backup' | 'undo' | 'settings'>()
  const { busy } = action
  const error = action.error ?? statusCall.error ?? listCall.error

  const run = <T,>(kind: 'backup' | 'undo' | 'settings', work: () => Promise<T>, done?: (v: T) => void): Promise<void> =>
    action.run(kind, work, done, refresh)

  const backUpNow = () =>
    run('backup', () => call('backups.create', {}), (b) => notify(t('backup.backedUp', { skus: b.skus ?? '?', orders: b.orders ?? '?' })))
  const undo = () => run('undo', () => call('backups.undoRestore', {}), reloadApp)
  const saveSettings = (patch: { intervalMinutes?: number; keepToday?: number; keepDays?: number; folder?: string | null }) =>
    run('settings', () => call('backups.settings.set', patch))
  const changeFolder = () =>
    run('settings', async () => {
      const { path } = await call('backups.chooseFolder', {})
      if (path) await call('backups.settings.set', { folder: path })
    })
  const openFolder = (which: 'data' | 'backups') => run('settings', () => call('app.openFolder', { which }))

  const when = (iso: string) => formatDateTime(iso, timeZone)
  const settings = status?.settings

  return (
    <section className="box data-section" aria-labelledby="data-title">
      <h2 className="box-title" id="data-title">
        {t('backup.title')}
      </h2>
      <p className="muted small">{t('backup.hint')}</p>

      {status?.damaged ? (
        <div className="notice notice-error data-damaged" role="alert" data-testid="damaged">
          <span>
            <strong>{t('backup.damagedTitle')}</strong> {t('backup.damagedBody')}
          </span>
          <button type="button" className="btn btn-small btn-primary" onClick={() => setRestoring({ backup: null, recover: true })}>
            {t('backup.recover')}
          </button>
        </div>
      ) : null}

      {status?.lastRestore ? (
        <div className="notice notice-info data-undo" data-testid="last-restore">
          <span>{t('backup.restoredFrom', { at: when(list.find((b) => b.path === status.lastRestore?.from)?.at ?? status.lastRestore.at) })}</span>
          <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void undo()}>
            {busy === 'undo' ? t('backup.undoing') : t('backup.undoRestore')}
          </button>
        </div>
      ) : null}

      {status?.lastError ? (
        <div className="notice notice-error" role="status">
          <span>{t('backup.lastError', { message: errorText(t, status.lastError as ApiError) })}</span>
        </div>
      ) : null}

      <div className="toolbar data-actions">
        <button type="button" className="btn btn-primary" disabled={busy !== null || !!status?.damaged} onClick={() => void backUpNow()}>
          {busy === 'backup' ? t('backup.backingUp') : t('backup.backUpNow')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void openFolder('data')}>
          {t('backup.openDataFolder')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void openFolder('backups')}>
          {t('backup.openBackupFolder')}
        </button>
      </div>

      {error ? <ErrorNotice error={error} /> : null}

      {status && settings ? (
        <div className="data-settings">
          <div className="data-folder">
            <span className="field-label">{t('backup.folder')}</span>
            <span className="mono break" data-testid="backup-folder">
              {status.folder}
            </span>
            {settings.folder === null ? <span className="muted small">{t('backup.folderDefault')}</span> : null}
            <span className="muted small">{t('backup.folderHint')}</span>
            <div className="toolbar">
              <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void changeFolder()}>
                {t('backup.changeFolder')}
              </button>
              {settings.folder !== null ? (
                <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void saveSettings({ folder: null })}>
                  {t('backup.useDefaultFolder')}
                </button>
              ) : null}
            </div>
          </div>
          <fieldset className="setting data-schedule" disabled={busy !== null}>
            <legend className="field-label">{t('backup.schedule')}</legend>
            <label>
              <span>{t('backup.every')}</span>
              <select value={settings.intervalMinutes} onChange={(e) => void saveSettings({ intervalMinutes: Number(e.target.value) })}>
                {withCurrent(INTERVALS, settings.intervalMinutes).map((m) => (
                  <option key={m} value={m}>
                    {t('backup.minutes', { count: m })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('backup.keepToday')}</span>
              <select value={settings.keepToday} onChange={(e) => void saveSettings({ keepToday: Number(e.target.value) })}>
                {withCurrent(KEEP_TODAY, settings.keepToday).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('backup.keepDays')}</span>
              <select value={settings.keepDays} onChange={(e) => void saveSettings({ keepDays: Number(e.target.value) })}>
                {withCurrent(KEEP_DAYS, settings.keepDays).map((n) => (
                  <option key={n} value={n}>
                    {t('common.days', { count: n })}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </div>
      ) : null}

      <h3 className="section-title">{t('backup.backups')}</h3>
      {list.length === 0 ? (
        <p className="muted">{t('backup.none')}</p>
      ) : (
        <div className="data-table-wrap">
          <table className="mini-table" data-testid="backup-list">
            <TableHead
              cols={[
                t('backup.col.at'),
                t('backup.col.reason'),
                endCol(t('backup.col.size')),
                endCol(t('backup.col.skus')),
                endCol(t('backup.col.orders')),
                { label: t('backup.col.actions'), hidden: true }
              ]}
            />
            <tbody>
              {list.map((b) => (
                <tr key={b.path}>
                  <td className="mono">
                    {when(b.at)}
                    {!b.verified ? <span className="muted small"> ({t('backup.unverified')})</span> : null}
                  </td>
                  <td>{t(`backup.reason.${b.reason}`)}</td>
                  <td className="num">{formatFileSize(b.bytes)}</td>
                  <td className="num">{b.skus === null ? '?' : formatInt(b.skus)}</td>
                  <td className="num">{b.orders === null ? '?' : formatInt(b.orders)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy !== null || !!status?.damaged}
                      aria-label={`${t('backup.restore')} ${when(b.at)}`}
                      onClick={() => setRestoring({ backup: b, recover: false })}
                    >
                      {t('backup.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <KeptAsideList version={version} />

      {restoring ? <RestoreDialog target={restoring} onClose={() => setRestoring(null)} /> : null}
    </section>
  )
}

/** Says what a restore brings back and what it undoes, before anything happens. */
function RestoreDialog({ target, onClose }: { target: { backup: BackupInfo | null; recover: boolean }; onClose: () => void }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const path = target.backup?.path
  const offerCall = useCall('backups.recoveryOffer', path ? { path } : {}, [path])
  const offer = offerCall.data
  const [error, setError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(false)

  async function confirm(): Promise<void> {
    if (!offer?.backup || pending) return
    setPending(true)
    setError(null)
    try {
      if (target.recover) await call('backups.recover', { path: offer.backup.path })
      else await call('backups.restore', { path: offer.backup.path })
      reloadApp()
    } catch (e) {
      setError(toApiError(e))
      setPending(false)
    }
  }
  const shownError = error ?? offerCall.error

  const b = offer?.backup
  const at = b ? formatDateTime(b.at, timeZone) : ''
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '?' : formatInt(v))
  return (
    <Modal title={b ? t('backup.restoreTitle', { at }) : t('backup.restore')} onClose={onClose} width={520} testId="restore-dialog">
      <div className="modal-body">
        {!offer && !shownError ? <p className="muted">{t('common.loading')}</p> : null}
        {offer && !b ? <p>{t('backup.recoverNone', { path: '' })}</p> : null}
        {b ? (
          <>
            <p>{t('backup.restoreBody', { skus: n(b.skus), orders: n(b.orders) })}</p>
            <p>
              <strong>{t('backup.restoreLoss', { at, actions: n(offer?.loss?.actionsSince) })}</strong>
            </p>
            {!target.recover ? <p className="muted">{t('backup.restoreSafe')}</p> : null}
          </>
        ) : null}
        {shownError ? <ErrorNotice error={shownError} /> : null}
      </div>
      <footer className="modal-foot">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!b || pending} onClick={() => void confirm()}>
          {pending ? t('backup.restoring') : t('backup.restoreConfirm')}
        </button>
      </footer>
    </Modal>
  )
}
