// What the file changes in records the shop already has: order no. / SKU, field, before → after.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '@shared/types'
import { Pager } from '../../components/Pager'
import { useApp } from '../../lib/app-context'
import { formatInt } from '../../lib/format'
import { changeValue, fieldLabel } from './report-text'
import { TableHead } from '../../components/TableHead'

const PAGE = 20

export function ChangeList({ report }: { report: ImportReport }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [page, setPage] = useState(0)
  if (report.changes.length === 0) return null
  const rows = report.changes.slice(page * PAGE, (page + 1) * PAGE)
  const more = report.updated - report.changes.length
  return (
    <section className="box" aria-labelledby="import-changes-title" data-testid="import-changes">
      <h2 className="box-title" id="import-changes-title">
        {t(`import.changes.title.${report.kind}`)} <span className="section-count">{formatInt(report.updated)}</span>
      </h2>
      <table className="mini-table change-table">
        <TableHead cols={[t(`import.changes.key.${report.kind}`), t('import.changes.field'), t('import.changes.change')]} />
        <tbody>
          {rows.flatMap((c) =>
            c.changes.map((ch, i) => (
              <tr key={`${c.key}-${ch.field}`}>
                <td className="mono">{i === 0 ? c.key : ''}</td>
                <td>{fieldLabel(t, ch.field)}</td>
                <td>
                  <span className="muted">{changeValue(t, ch, 'from', timeZone)}</span>
                  <span className="change-arrow" aria-label={t('import.changes.to')}>
                    {' → '}
                  </span>
                  <span className="strong">{changeValue(t, ch, 'to', timeZone)}</span>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <Pager page={page} pageSize={PAGE} total={report.changes.length} onPage={setPage} label={t('import.changes.pager')} />
      {more > 0 ? <p className="muted small">{t('import.changes.more', { count: more })}</p> : null}
    </section>
  )
}
