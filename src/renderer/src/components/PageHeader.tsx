import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function PageHeader(props: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1 className="page-title">{props.title}</h1>
        {props.subtitle ? <div className="page-subtitle">{props.subtitle}</div> : null}
      </div>
      {props.actions ? <div className="page-actions">{props.actions}</div> : null}
    </header>
  )
}

/** A list screen's subtitle: how many rows the query found ("1,234 orders"), or that it is still loading. */
export function ResultCount({ total, text }: { total: number | null; text: (count: number) => string }) {
  const { t } = useTranslation()
  return total !== null ? <span data-testid="result-count">{text(total)}</span> : <span className="muted">{t('common.loading')}</span>
}
