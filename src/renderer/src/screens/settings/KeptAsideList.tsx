// Settings › Data › kept-aside copies: the shop as it was before each restore and damaged databases
// moved aside, with what the retention rule (core/backup/kept-aside.ts) keeps, and a tidy-up.
import { useTranslation } from 'react-i18next'
import { formatFileSize } from '@shared/file-size'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useAction } from '../../lib/use-action'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'
import { formatDateTime } from '../../lib/format'
import { endCol, TableHead } from '../../components/TableHead'

/** `version`: bumped by the Data section after a backup or restore, to read the list again. */
export function KeptAsideList({ version }: { version: number }) {
  const { t } = useTranslation()
  const { timeZone, notify } = useApp()
  const { data, error: loadError, reload } = useCall('backups.keptAside', {}, [version])
  const { busy, error: tidyError, run } = useAction()
  const error = tidyError ?? loadError

  const tidy = () => run('run', () => call('backups.tidyKeptAside', {}), (r) => notify(t('backup.keptAside.tidied', { count: r.removed })), reload)

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
            <TableHead
              cols={[t('backup.keptAside.col.at'), t('backup.keptAside.col.kind'), endCol(t('backup.keptAside.col.size')), t('backup.keptAside.col.rule')]}
            />
            <tbody>
              {data.files.map((f) => (
                <tr key={f.path} title={f.path}>
                  <td className="mono">{formatDateTime(f.at, timeZone)}</td>
                  <td>{t(`backup.keptAside.kind.${f.kind}`)}</td>
                  <td className="num">{formatFileSize(f.bytes)}</td>
                  <td>{f.keep ? t('backup.keptAside.keep') : t('backup.keptAside.mayGo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removable ? (
        <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void tidy()}>
          {t('backup.keptAside.tidy')}
        </button>
      ) : null}
    </div>
  )
}
