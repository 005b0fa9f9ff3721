// A dropdown's behaviour, once: open and close, Esc closes it and gives the focus
// back to its button, a click outside closes it, opening focuses its first control
// (`focus`, a selector inside the menu), and ↑/↓ move between its menu items.
// Used by ExportMenu, the review's ChartCard and the what-if control; `act` runs
// a picked item's work and says how it went.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { toApiError } from '../api'
import { errorText } from '../i18n'
import { useApp } from './app-context'
import { useEscape } from './escape'

export function useMenu(focus = '[role="menuitem"]') {
  const { t } = useTranslation()
  const { notify } = useApp()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  /** Wraps the button and the menu: a mousedown outside it closes the menu. */
  const ref = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  useEscape(() => {
    setOpen(false)
    buttonRef.current?.focus()
  }, open)

  useEffect(() => {
    if (!open) return
    ref.current?.querySelector<HTMLElement>(focus)?.focus()
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open, focus])

  function onMenuKey(e: KeyboardEvent<HTMLElement>): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])]
    const i = items.indexOf(document.activeElement as HTMLElement)
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
  }

  /** Runs a picked item's work: the menu closes, the button is busy meanwhile, the outcome (or the failure, translated) is announced, and the focus returns to the button. */
  async function act(work: () => Promise<string | null>): Promise<void> {
    setOpen(false)
    setBusy(true)
    try {
      const done = await work()
      if (done) notify(done)
    } catch (e) {
      notify(errorText(t, toApiError(e)), 'error')
    } finally {
      setBusy(false)
      buttonRef.current?.focus()
    }
  }

  return { open, setOpen, ref, buttonRef, onMenuKey, busy, act }
}
