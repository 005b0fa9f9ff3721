// The latest imports, newest first: when, which file, what it did.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import type { ImportBatch } from '@shared/types'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatInt } from '../../lib/format'
import { sourceLabel } from './report-text'
import { endCol, TableHead } from '../../components/TableHead'

export function ImportHistory({ version }: { version: number }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [batches, setBatches] = useState<ImportBatch[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [retry, setRetry] = useState(0)

  useEffect(() => {
    let live = true
    call('import.history', { limit: 20 }).then(
      (list) => {
        if (!live) return
        setBatches(list)
        setError(null)
      },
      (e: unknown) => live && setError(toApiError(e))
    )
    return () => {
      live = false
    }
  }, [version, retry])

  if (error) return <ErrorNotice error={error} onRetry={() => setRetry((r) => r + 1)} />
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
