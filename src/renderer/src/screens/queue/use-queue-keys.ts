// The queue's keyboard: one listener for the screen (j/k or ↑/↓ move, Enter opens,
// n/c/u/x and 1–8 act on the open case, / searches, ? helps, Esc goes back to the
// list, Ctrl/Cmd+Enter submits the step form showing), reading the latest screen
// state through a ref. THE FOCUS RULE: single keys are shortcuts wherever the focus
// is, except in a field that takes typing (a text input, a textarea, contenteditable).
// A select, a button, a radio or a checkbox with the focus does not stop them — else
// Enter into a step form (whose first control is often a select) would leave c, n, u
// and j silently dead. Only the keys such a control needs itself stay with it:
// arrows and Enter on a select, Enter on a button or link.
import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react'
import { useTranslation } from 'react-i18next'
import type { QueueCase } from '@shared/queue-types'
import { useApp } from '../../lib/app-context'
import { BAR, type FormView } from './CaseDetail'
import type { Row } from './QueueList'

const NOT_TYPING = ['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']

/** Text-entry fields keep their keys; selects, radios, checkboxes and buttons let shortcuts through. */
export function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false
  if (el.isContentEditable) return true
  if (el instanceof HTMLTextAreaElement) return true
  return el instanceof HTMLInputElement && !NOT_TYPING.includes(el.type)
}

const inside = (el: EventTarget | null, selector: string): boolean => el instanceof Element && el.closest(selector) !== null

interface QueueKeys {
  cursor: number
  current: QueueCase | null
  view: FormView | null
  help: boolean
  settingsOpen: boolean
  list: { total: number | null; rowAt: (i: number) => Row | undefined }
  listWrapRef: RefObject<HTMLDivElement | null>
  openTimer: RefObject<number | undefined>
  openAt: (index: number, delayMs: number) => void
  undo: () => Promise<void>
  toggle: (caseId: number) => void
  setCursor: Dispatch<SetStateAction<number>>
  setOpenId: Dispatch<SetStateAction<number | null>>
  setFocusToken: Dispatch<SetStateAction<number>>
  setHelp: Dispatch<SetStateAction<boolean>>
}

export function useQueueKeys(k: QueueKeys): void {
  const { t } = useTranslation()
  const { notify } = useApp()
  // prettier-ignore
  const { cursor, current, view, help, settingsOpen, list, listWrapRef, openTimer, openAt, undo, toggle, setCursor, setOpenId, setFocusToken, setHelp } = k
  const state = useRef({ cursor, current, view, help, settingsOpen, total: list.total ?? 0 })
  useEffect(() => {
    state.current = { cursor, current, view, help, settingsOpen, total: list.total ?? 0 }
  })
  useEffect(() => {
    function move(delta: number): void {
      const s = state.current
      if (s.total === 0) return
      const next = Math.max(0, Math.min(s.total - 1, s.cursor + delta))
      setCursor(next)
      openAt(next, 120)
      listWrapRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus({ preventScroll: true })
    }
    function onKey(e: KeyboardEvent): void {
      const s = state.current
      if (e.defaultPrevented || s.help || s.settingsOpen) return
      const typing = isTyping(e.target)
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        const form = document.querySelector<HTMLFormElement>('.q-case [data-step-form]')
        if (form) {
          e.preventDefault()
          form.requestSubmit()
        }
        return
      }
      // Esc: back to the list, from the case or anywhere else on the screen (the search box clears itself first).
      if (e.key === 'Escape') {
        const listbox = listWrapRef.current?.querySelector<HTMLElement>('[role="listbox"]')
        if (listbox && document.activeElement !== listbox) {
          e.preventDefault()
          listbox.focus()
        }
        return
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return
      const click = (name: string): void => {
        const b = document.querySelector<HTMLButtonElement>(`.q-case [data-shortcut="${name}"]`)
        if (b && !b.disabled) b.click()
        else if (name === 'notify' && s.current) notify(t(s.current.allowed.notify.refusal ?? 'errors.illegal_transition'), 'error')
      }
      const key = e.key
      // Arrows belong to the control with the focus (a select's options, a form's radios) outside the list.
      const arrowsTaken = inside(e.target, '.q-case, select')
      if (key === 'j' || key === 'ArrowDown') {
        if (key === 'ArrowDown' && arrowsTaken) return
        e.preventDefault()
        move(1)
      } else if (key === 'k' || key === 'ArrowUp') {
        if (key === 'ArrowUp' && arrowsTaken) return
        e.preventDefault()
        move(-1)
      } else if (key === 'Enter') {
        if (inside(e.target, 'button, a, select, .q-case')) return
        e.preventDefault()
        window.clearTimeout(openTimer.current)
        const row = list.rowAt(s.cursor)
        if (row) setOpenId(row.caseId)
        setFocusToken((n) => n + 1)
      } else if (key === 'n') {
        e.preventDefault()
        click('notify')
      } else if (key === 'c') {
        e.preventDefault()
        click('copy')
      } else if (key === 'u') {
        e.preventDefault()
        void undo()
      } else if (key === 'x') {
        const row = list.rowAt(s.cursor)
        if (row) {
          e.preventDefault()
          toggle(row.caseId)
        }
      } else if (key === '/') {
        e.preventDefault()
        document.querySelector<HTMLInputElement>('.q-toolbar input[type="search"]')?.focus()
      } else if (key === '?') {
        e.preventDefault()
        setHelp(true)
      } else if (/^[1-8]$/.test(key) && s.current) {
        const v = BAR[Number(key) - 1]!
        e.preventDefault()
        document.querySelector<HTMLButtonElement>(`.q-case [data-step-item="${v}"]`)?.click()
        if (s.current.allowed[v].allowed) setFocusToken((n) => n + 1)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [list, openAt, undo, toggle, notify, t, listWrapRef, openTimer, setCursor, setFocusToken, setHelp, setOpenId])
}
