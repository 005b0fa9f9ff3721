// Every problem the check found, a page at a time: row, column, what is wrong.
// Blocking ones (the row is not imported unless skipped) are marked and listed first by default.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from '@shared/types'
import { Chips } from '../../components/Chips'
import { Pager } from '../../components/Pager'
import { formatInt } from '../../lib/format'
import { problemText } from './report-text'
import { TableHead } from '../../components/TableHead'
import { BoxHead } from '../../components/PageHeader'

const PAGE = 50
type Show = 'all' | 'blocking' | 'notes'

export function ProblemTable({ errors, warnings }: { errors: ImportProblem[]; warnings: ImportProblem[] }) {
  const { t } = useTranslation()
  const [show, setShow] = useState<Show>(errors.length ? 'blocking' : 'all')
  const [page, setPage] = useState(0)
  const list = useMemo(() => {
    const chosen = show === 'blocking' ? errors : show === 'notes' ? warnings : [...errors, ...warnings]
    return [...chosen].sort((a, b) => a.row - b.row || Number(b.blocking) - Number(a.blocking))
  }, [errors, warnings, show])
  const total = errors.length + warnings.length
  if (total === 0) return null
  const rows = list.slice(page * PAGE, (page + 1) * PAGE)

  const options = [
    { value: 'all' as const, label: t('common.all'), count: total },
    { value: 'blocking' as const, label: t('import.problems.blocking'), count: errors.length },
    { value: 'notes' as const, label: t('import.problems.notes'), count: warnings.length }
  ]

  return (
    <section className="box" aria-labelledby="import-problems-title" data-testid="import-problems">
      <BoxHead
        id="import-problems-title"
        title={
          <>
            {t('import.problems.title')} <span className="section-count">{formatInt(total)}</span>
          </>
        }
      >
        {errors.length && warnings.length ? (
          <Chips
            label={t('import.problems.filter')}
            options={options}
            value={show}
            onChange={(v) => {
              setShow(v)
              setPage(0)
            }}
          />
        ) : null}
      </BoxHead>
      <p className="muted small">{t('import.problems.hint')}</p>
      <table className="mini-table problem-table">
        <TableHead
          cols={[
            { label: t('import.problems.row'), end: true, className: 'col-row' },
            { label: t('import.problems.column'), className: 'col-column' },
            t('import.problems.message')
          ]}
        />
        <tbody>
          {rows.map((p, i) => (
            <tr key={`${page}-${i}`} className={p.blocking ? 'problem-blocking' : undefined}>
              <td className="col-row align-end num">{p.row === 0 ? <span className="muted">{t('import.problems.wholeFile')}</span> : formatInt(p.row)}</td>
              <td className="col-column">{p.column ? <span className="break">{p.column}</span> : <span className="muted">—</span>}</td>
              <td>
                {p.blocking ? <span className="tag tag-danger">{t('import.problems.blockingTag')}</span> : <span className="tag tag-muted">{t('import.problems.noteTag')}</span>}{' '}
                {problemText(t, p)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pageSize={PAGE} total={list.length} onPage={setPage} label={t('import.problems.pager')} />
    </section>
  )
}
