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

/**
 * The head of a box on a screen: its title (the id names the box for screen readers,
 * `<section aria-labelledby={id}>`), a hint under it, and what sits at its right.
 */
export function BoxHead(props: { id: string; title: ReactNode; hint?: ReactNode; children?: ReactNode }) {
  const title = (
    <h2 className="box-title" id={props.id}>
      {props.title}
    </h2>
  )
  return (
    <div className="box-head">
      {props.hint ? (
        <div>
          {title}
          <p className="muted small">{props.hint}</p>
        </div>
      ) : (
        title
      )}
      {props.children}
    </div>
  )
}
