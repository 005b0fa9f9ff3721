// The latest imports, newest first: when, which file, what it did.
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'
import { formatDateTime, formatInt } from '../../lib/format'
import { sourceLabel } from './report-text'
import { endCol, TableHead } from '../../components/TableHead'

export function ImportHistory({ version }: { version: number }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const { data: batches, error, reload } = useCall('import.history', { limit: 20 }, [version])

  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!batches || batches.length === 0) return null
  return (
    <section className="box" aria-labelledby="import-history-title" data-testid="import-history">
      <h2 className="box-title" id="import-history-title">
        {t('import.history.title')}
      </h2>
      <table className="mini-table history-table">
        <TableHead
          cols={[
            t('import.history.time'),
            t('import.history.file'),
            t('import.history.kind'),
            endCol(t('import.history.created')),
            endCol(t('import.history.updated')),
            endCol(t('import.history.unchanged')),
            endCol(t('import.history.skipped'))
          ]}
        />
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <td className="num nowrap">{formatDateTime(b.importedAt, timeZone)}</td>
              <td className="history-file" title={b.fileName}>
                {b.fileName}
              </td>
              <td className="nowrap">{sourceLabel(t, b.platform, b.kind, b.encoding)}</td>
              <td className="align-end num">{formatInt(b.created)}</td>
              <td className="align-end num">{formatInt(b.updated)}</td>
              <td className="align-end num">{formatInt(b.unchanged)}</td>
              <td className={`align-end num${b.skipped ? ' text-danger' : ''}`}>{formatInt(b.skipped)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
