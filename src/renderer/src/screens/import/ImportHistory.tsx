// The latest imports, newest first: when, which file, what it did, and whether it can be
// undone. The newest import still standing carries "Undo import"; the dialog says what goes
// back, or why it cannot.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportBatchRow } from '@shared/import-undo-types'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'
import { formatDateTime, formatInt } from '../../lib/format'
import { sourceLabel } from './report-text'
import { endCol, TableHead } from '../../components/TableHead'
import { ImportUndoDialog } from './ImportUndoDialog'

export function ImportHistory({ version }: { version: number }) {
  const { t } = useTranslation()
  const { timeZone, dataVersion, dataChanged, notify } = useApp()
  const { data: batches, error, reload } = useCall('import.batches', { limit: 20 }, [version, dataVersion])
  const [undoing, setUndoing] = useState<ImportBatchRow | null>(null)

  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!batches || batches.length === 0) return null
  const state = (b: ImportBatchRow) =>
    b.undo === 'undone' ? t('importUndo.states.undone', { at: formatDateTime(b.undoneAt, timeZone) }) : t(`importUndo.states.${b.undo}`)
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
            endCol(t('importUndo.rows')),
            endCol(t('import.history.created')),
            endCol(t('import.history.updated')),
            endCol(t('import.history.unchanged')),
            endCol(t('import.history.skipped')),
            t('importUndo.state')
          ]}
        />
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} className={b.undo === 'undone' ? 'history-undone' : undefined} data-testid={`import-batch-${b.id}`}>
              <td className="num nowrap">{formatDateTime(b.importedAt, timeZone)}</td>
              <td className="history-file" title={b.fileName}>
                {b.fileName}
              </td>
              <td className="nowrap">{sourceLabel(t, b.platform, b.kind, b.encoding)}</td>
              <td className="align-end num">{formatInt(b.rows)}</td>
              <td className="align-end num">{formatInt(b.created)}</td>
              <td className="align-end num">{formatInt(b.updated)}</td>
              <td className="align-end num">{formatInt(b.unchanged)}</td>
              <td className={`align-end num${b.skipped ? ' text-danger' : ''}`}>{formatInt(b.skipped)}</td>
              <td className="nowrap">
                {b.undo === 'available' || b.undo === 'refused' ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setUndoing(b)}
                    title={b.undo === 'refused' ? state(b) : undefined}
                  >
                    {t('importUndo.undo')}
                  </button>
                ) : (
                  <span className={b.undo === 'undone' ? 'tag tag-muted' : 'muted'}>{state(b)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {undoing ? (
        <ImportUndoDialog
          batchId={undoing.id}
          onClose={() => setUndoing(null)}
          onDone={(r) => {
            setUndoing(null)
            notify(t('importUndo.done', { file: r.fileName }), 'success')
            // Orders, stock and the engine's results all changed: every screen reads again.
            dataChanged()
            reload()
          }}
        />
      ) : null}
    </section>
  )
}
