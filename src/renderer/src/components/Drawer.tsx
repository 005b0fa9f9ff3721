// The detail panel that slides in over the right of a list. Esc or the close
// button closes it; focus moves into it on open and back to the list on close.
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useEscape } from '../lib/escape'

export function Drawer(props: { label: string; title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; onClose: () => void; children: ReactNode; testId?: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  useEscape(props.onClose)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    ref.current?.focus()
    return () => {
      if (previous && document.contains(previous)) previous.focus({ preventScroll: true })
    }
  }, [])
  return (
    <aside className="drawer" aria-label={props.label} ref={ref} tabIndex={-1} data-testid={props.testId}>
      <header className="drawer-head">
        <div className="drawer-titles">
          <h2 className="drawer-title">{props.title}</h2>
          {props.subtitle ? <div className="drawer-subtitle">{props.subtitle}</div> : null}
        </div>
        <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.actions ? <div className="drawer-actions">{props.actions}</div> : null}
      <div className="drawer-body">{props.children}</div>
    </aside>
  )
}
