// A modal dialog: focus starts on the first field and stays inside; Esc and the
// backdrop close it; Enter in any field submits the form the dialog holds.
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useEscape } from '../lib/escape'

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

export function Modal(props: { title: ReactNode; subtitle?: ReactNode; onClose: () => void; children: ReactNode; width?: number; testId?: string }) {
  const { t } = useTranslation()
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEscape(props.onClose)

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const el = ref.current
    const first = el?.querySelector<HTMLElement>('[data-autofocus]') ?? el?.querySelector<HTMLElement>('.modal-body ' + FOCUSABLE.split(', ').join(', .modal-body '))
    ;(first ?? el)?.focus()
    return () => {
      if (previous && document.contains(previous)) previous.focus({ preventScroll: true })
    }
  }, [])

  function trap(e: React.KeyboardEvent<HTMLDivElement>): void {
    if (e.key !== 'Tab' || !ref.current) return
    const nodes = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((n) => n.offsetParent !== null)
    if (nodes.length === 0) return
    const firstNode = nodes[0]!
    const lastNode = nodes[nodes.length - 1]!
    if (e.shiftKey && document.activeElement === firstNode) {
      e.preventDefault()
      lastNode.focus()
    } else if (!e.shiftKey && document.activeElement === lastNode) {
      e.preventDefault()
      firstNode.focus()
    }
  }

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={ref}
        tabIndex={-1}
        style={props.width ? { width: props.width } : undefined}
        onKeyDown={trap}
        data-testid={props.testId}
      >
        <header className="modal-head">
          <div>
            <h2 id={titleId} className="modal-title">
              {props.title}
            </h2>
            {props.subtitle ? <div className="modal-subtitle">{props.subtitle}</div> : null}
          </div>
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={props.onClose}>
            ×
          </button>
        </header>
        {props.children}
      </div>
    </div>
  )
}
