// Settings › Data › kept-aside copies: the shop as it was before each restore and damaged databases
// moved aside, with what the retention rule (core/backup/kept-aside.ts) keeps, and a tidy-up.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { KeptAsideList as KeptAsideData } from '@shared/backup-types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { formatDateTime } from '../../lib/format'

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`)

export function KeptAsideList({ version }: { version: number }) {
  const { t } = useTranslation()
  const { timeZone, notify } = useApp()
  const [data, setData] = useState<KeptAsideData | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(() => call('backups.keptAside', {}).then(setData, (e: unknown) => setError(toApiError(e))), [])

  useEffect(() => {
    void load()
  }, [load, version])

  const tidy = async () => {
    setBusy(true)
    setError(null)
    try {
      const r = await call('backups.tidyKeptAside', {})
      setData(r)
      notify(t('backup.keptAside.tidied', { count: r.removed }))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  if (!data) return error ? <ErrorNotice error={error} /> : null
  const removable = data.files.some((f) => !f.keep)
  return (
    <div data-testid="kept-aside">
      <h3 className="section-title">{t('backup.keptAside.title')}</h3>
      <p className="muted small">{t('backup.keptAside.rule', { newest: data.keepNewest, days: data.keepDays })}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {data.files.length === 0 ? (
        <p className="muted">{t('backup.keptAside.none')}</p>
      ) : (
        <div className="data-table-wrap">
          <table className="mini-table">
            <thead>
              <tr>
                <th>{t('backup.keptAside.col.at')}</th>
                <th>{t('backup.keptAside.col.kind')}</th>
                <th className="align-end">{t('backup.keptAside.col.size')}</th>
                <th>{t('backup.keptAside.col.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {data.files.map((f) => (
                <tr key={f.path} title={f.path}>
                  <td className="mono">{formatDateTime(f.at, timeZone)}</td>
                  <td>{t(`backup.keptAside.kind.${f.kind}`)}</td>
                  <td className="num">{size(f.bytes)}</td>
                  <td>{f.keep ? t('backup.keptAside.keep') : t('backup.keptAside.mayGo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removable ? (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void tidy()}>
          {t('backup.keptAside.tidy')}
        </button>
      ) : null}
    </div>
  )
}
