// What every step form shares: the form frame (a real <form data-step-form> whose
// submit is guarded against double submits and shows the step's error), the
// segmented choice, and yuan typed into exact fen.
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallInput } from '@shared/contract'
import type { CancelReason, QueueCase, StockoutCause } from '@shared/queue-types'
import type { Supplier } from '@shared/types'
import { formatMoney } from '../../lib/format'
import { readYuan } from '../../lib/read-yuan'
import { ErrorNotice } from '../../components/ErrorNotice'

export type StepCall =
  'queue.notify' | 'queue.offer' | 'queue.answer' | 'queue.cancel' | 'queue.refund' | 'queue.followup' | 'queue.cause' | 'queue.close'
export type Act = <K extends StepCall>(name: K, input: CallInput<K>) => Promise<string | null>

export interface FormProps {
  c: QueueCase
  act: Act
  reasons: CancelReason[]
  causes: StockoutCause[]
  suppliers: Supplier[]
  draftText: string
}

export function StepForm(props: {
  title: string
  children: ReactNode
  submitLabel: string
  onSubmit: () => Promise<string | null>
  extra?: ReactNode
  testId: string
  shortcut?: string
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    if (busy) return
    setBusy(true)
    const err = await props.onSubmit()
    setBusy(false)
    setError(err)
  }
  return (
    <form className="q-form" data-step-form data-testid={props.testId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 className="q-form-title">{props.title}</h3>
      <div className="q-form-body">{props.children}</div>
      {error ? <ErrorNotice error={error} testId="step-error" /> : null}
      <div className="q-form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-shortcut={props.shortcut}>
          {props.submitLabel}
          <kbd className="kbd-light">{t('queueWork.keys.names.submit')}</kbd>
        </button>
        {props.extra}
      </div>
    </form>
  )
}

export function Choice<V extends string>(props: {
  legend: string
  options: readonly V[]
  value: V
  onChange: (v: V) => void
  label: (v: V) => string
  disabled?: (v: V) => string | null
}) {
  const name = useId()
  return (
    <fieldset className="segmented-field">
      <legend className="field-label">{props.legend}</legend>
      <div className="q-choices">
        {props.options.map((o) => {
          const why = props.disabled?.(o) ?? null
          return (
            <label key={o} className={`q-choice${o === props.value ? ' active' : ''}${why ? ' disabled' : ''}`} title={why ?? undefined}>
              <input type="radio" name={name} value={o} checked={o === props.value} disabled={!!why} onChange={() => props.onChange(o)} />
              {props.label(o)}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}

/** A yuan amount as fen, or an error message; `max` in fen. */
export function yuanToFen(
  t: (k: string, p?: Record<string, string>) => string,
  text: string,
  max: number | null
): { fen: number } | { error: string } {
  const r = readYuan(t, text)
  if ('error' in r) return r
  if (max !== null && r.fen > max) return { error: t('queue.form.aboveMax', { max: formatMoney(max) }) }
  return r
}
