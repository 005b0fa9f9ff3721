import { useTranslation } from 'react-i18next'
import { formatInt } from '../lib/format'

/** "1–50 of 120  ‹ ›" under a short in-memory list shown a page at a time. */
export function Pager(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void; label: string }) {
  const { t } = useTranslation()
  const { page, pageSize, total } = props
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (total <= pageSize) return null
  const from = page * pageSize + 1
  const to = Math.min(total, (page + 1) * pageSize)
  return (
    <nav className="pager" aria-label={props.label}>
      <span className="muted small num">{t('pager.range', { from: formatInt(from), to: formatInt(to), total: formatInt(total) })}</span>
      <button type="button" className="btn btn-small" disabled={page === 0} onClick={() => props.onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <button type="button" className="btn btn-small" disabled={page >= pages - 1} onClick={() => props.onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  )
}
