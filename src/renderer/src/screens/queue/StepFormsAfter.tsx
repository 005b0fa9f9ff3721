// The step forms after the cancel: refund, follow-up, cause, close.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Feedback } from '@shared/queue-types'
import { FEEDBACKS } from '@shared/queue-types'
import { Field } from '../../components/Field'
import { fenToYuanInput, formatMoney, parseYuan } from '../../lib/format'
import { useApp } from '../../lib/app-context'
import { wallToIso } from '@shared/time'
import { causeLabel } from '@shared/queue-format'
import { SupplierOptions } from '../../components/SupplierOptions'
import { ErrorNotice } from '../../components/ErrorNotice'
import { CauseSuggestion } from './CauseSuggestion'
import { Choice, StepForm, yuanToFen, type FormProps } from './step-form'
import { DateTimeField, NoteField, YuanField } from '../../components/FormFields'

export function RefundForm({ c, act }: FormProps) {
  const { t } = useTranslation()
  const [refund, setRefund] = useState(fenToYuanInput(c.refundDefaultFen))
  const [comp, setComp] = useState('0')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<{ refund?: string; comp?: string }>({})
  const parsed = parseYuan(refund)
  const full = parsed.ok && parsed.fen === c.paidFen

  async function submit(): Promise<string | null> {
    const r = yuanToFen(t, refund, c.paidFen)
    const k = yuanToFen(t, comp, null)
    const errs = { ...('error' in r ? { refund: r.error } : {}), ...('error' in k ? { comp: k.error } : {}) }
    setErrors(errs)
    if ('error' in r) return r.error
    if ('error' in k) return k.error
    return act('queue.refund', { caseId: c.caseId, refundFen: r.fen, compensationFen: k.fen, note })
  }

  return (
    <StepForm title={t('queue.form.refundTitle')} testId="form-refund" submitLabel={t('cases.actions.refund')} onSubmit={submit}>
      <Field
        label={t('queue.form.refundYuan')}
        error={errors.refund ?? null}
        hint={
          <span data-testid="refund-limit">
            {t('queue.form.maxPaid', { max: formatMoney(c.paidFen) })} ·{' '}
            {full ? t('queue.form.full') : parsed.ok ? t('queue.form.partial') : ''}
          </span>
        }
        suffix={t('queue.form.yuan')}
        required
      >
        <input inputMode="decimal" value={refund} onChange={(e) => setRefund(e.target.value)} />
      </Field>
      <YuanField
        label={t('queue.form.compensationYuan')}
        error={errors.comp ?? null}
        hint={t('queue.form.compensationHint')}
        suffix={t('queue.form.yuan')}
        value={comp}
        onChange={setComp}
      />
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
    </StepForm>
  )
}

export function FollowupForm({ c, act }: FormProps) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [feedback, setFeedback] = useState<Feedback>(c.followup?.feedback ?? 'satisfied')
  const [note, setNote] = useState('')
  const [at, setAt] = useState('')
  return (
    <StepForm
      title={t('queue.form.followupTitle')}
      testId="form-followup"
      submitLabel={t('cases.actions.followup')}
      onSubmit={() => act('queue.followup', { caseId: c.caseId, feedback, note, followUpAt: at ? wallToIso(at, timeZone) : null })}
    >
      <Choice
        legend={t('queue.form.feedback')}
        options={FEEDBACKS}
        value={feedback}
        onChange={setFeedback}
        label={(v) => t(`queue.feedback.${v}`)}
      />
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
      <DateTimeField label={t('queue.form.followUpAt')} hint={t('queue.form.optional')} value={at} onChange={setAt} />
    </StepForm>
  )
}

export function CauseForm({ c, act, causes, suppliers }: FormProps) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const list = causes.filter((x) => !x.archived)
  // Nothing is chosen for the merchant: a cause picked by default would be recorded by one
  // Ctrl+Enter and poison the supply-chain review with a reason nobody gave.
  const [cause, setCause] = useState(c.cause?.code ?? '')
  const [causeError, setCauseError] = useState<string | null>(null)
  const [supplierId, setSupplierId] = useState<number | null>(c.cause?.supplierId ?? null)
  const [note, setNote] = useState(c.cause?.note ?? '')
  const [confirming, setConfirming] = useState(false)
  const [confirmError, setConfirmError] = useState<string | null>(null)
  async function confirm(code: string): Promise<void> {
    setConfirming(true)
    setCause(code)
    setCauseError(null)
    const err = await act('queue.cause', { caseId: c.caseId, cause: code, supplierId, note })
    setConfirming(false)
    setConfirmError(err)
  }
  return (
    <StepForm
      title={t('queue.form.causeTitle')}
      testId="form-cause"
      submitLabel={t('cases.actions.cause')}
      onSubmit={() => {
        if (!cause) {
          setCauseError(t('queueWork.cause.required'))
          return Promise.resolve(null)
        }
        return act('queue.cause', { caseId: c.caseId, cause, supplierId, note })
      }}
    >
      {c.cause === null ? <CauseSuggestion caseId={c.caseId} busy={confirming} onConfirm={(code) => void confirm(code)} /> : null}
      {confirmError ? <ErrorNotice error={confirmError} testId="step-error" /> : null}
      <Field label={t('queue.form.cause')} required hint={t('queue.form.causeHint')} error={causeError}>
        <select
          value={cause}
          data-autofocus
          data-testid="cause-select"
          onChange={(e) => {
            setCause(e.target.value)
            setCauseError(null)
          }}
        >
          <option value="" disabled>
            {t('queueWork.cause.choose')}
          </option>
          {list.map((x) => (
            <option key={x.code} value={x.code}>
              {causeLabel(lang, x)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('queue.form.supplier')} hint={t('queue.form.supplierHint')}>
        <select value={supplierId ?? ''} onChange={(e) => setSupplierId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('queue.form.supplierAuto')}</option>
          <SupplierOptions suppliers={suppliers} />
        </select>
      </Field>
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
    </StepForm>
  )
}

export function CloseForm({ c, act }: FormProps) {
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  return (
    <StepForm
      title={t('queue.form.closeTitle')}
      testId="form-close"
      submitLabel={t('cases.actions.close')}
      onSubmit={() => act('queue.close', { caseId: c.caseId, note })}
    >
      <p className="q-note">{t('queue.form.closeHint')}</p>
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
    </StepForm>
  )
}
