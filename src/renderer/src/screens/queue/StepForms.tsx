// One form per step of a case. Each is a real <form data-step-form>, so Ctrl/Cmd+Enter
// (handled by the screen) submits whichever is showing; its first control takes
// the focus when the form opens. Amounts are typed in yuan and sent as exact fen.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallInput } from '@shared/contract'
import type { Answer, NotifyChannel, OfferKind, QueueCase } from '@shared/queue-types'
import { ANSWERS, NOTIFY_CHANNELS, OFFER_KINDS } from '@shared/queue-types'
import { Field } from '../../components/Field'
import { fenToYuanInput, formatMoney } from '../../lib/format'
import { useApp } from '../../lib/app-context'
import { isoToWall, wallToIso } from '@shared/time'
import { reasonLabel } from '@shared/queue-format'
import { inputFromNow } from './time'
import { Choice, StepForm, yuanToFen, type FormProps } from './step-form'
import { EnumOptions } from '../../components/EnumOptions'
import { DateTimeField, NoteField, YuanField } from '../../components/FormFields'

export type { Act, FormProps, StepCall } from './step-form'

export function NotifyForm({ c, act, draftText }: FormProps) {
  const { t } = useTranslation()
  const [channel, setChannel] = useState<NotifyChannel>('platform_chat')
  return (
    <StepForm
      title={t('queue.form.notifyTitle')}
      testId="form-notify"
      submitLabel={t('cases.actions.notify')}
      shortcut="notify"
      onSubmit={() => act('queue.notify', { caseId: c.caseId, channel, at: null, message: draftText })}
      extra={
        c.answers.agreed_cancel.allowed ? (
          <button
            type="button"
            className="btn"
            onClick={() =>
              void act('queue.answer', { caseId: c.caseId, answer: 'agreed_cancel', waitUntil: null, replyBy: null, note: '' })
            }
          >
            {t('queue.form.buyerAskedCancel')}
          </button>
        ) : null
      }
    >
      <Field label={t('queue.form.channel')} hint={t('queue.form.notifyHint')}>
        <select value={channel} onChange={(e) => setChannel(e.target.value as NotifyChannel)} data-autofocus>
          <EnumOptions values={NOTIFY_CHANNELS} label={(ch) => t(`queue.channels.${ch}`)} />
        </select>
      </Field>
    </StepForm>
  )
}

/** The time, when it is still ahead (a default date must not be in the past). */
function futureOrNull(iso: string | null | undefined): string | null {
  return iso && Date.parse(iso) > Date.now() ? iso : null
}

function defaultOffer(c: QueueCase): OfferKind {
  const rec = c.engine?.recommendation ?? c.recommendation
  if (rec === 'substitute' && c.engine?.substitute) return 'substitute'
  if (rec === 'wait') return 'wait'
  return 'refund'
}

export function OfferForm({ c, act }: FormProps) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [kind, setKind] = useState<OfferKind>(defaultOffer(c))
  const [coupon, setCoupon] = useState('')
  const readyAt = futureOrNull(c.engine?.readyAt)
  const [waitUntil, setWaitUntil] = useState(readyAt ? isoToWall(readyAt, timeZone) : inputFromNow(72, timeZone))
  const [refund, setRefund] = useState(fenToYuanInput(c.refundDefaultFen))
  const [note, setNote] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const sub = c.engine?.substitute ?? null

  async function submit(): Promise<string | null> {
    setFieldError(null)
    const input: CallInput<'queue.offer'> = {
      caseId: c.caseId,
      kind,
      substituteId: null,
      couponFen: null,
      waitUntil: null,
      refundFen: null,
      note
    }
    if (kind === 'coupon') {
      const r = yuanToFen(t, coupon, c.paidFen)
      if ('error' in r) return (setFieldError(r.error), r.error)
      input.couponFen = r.fen
    } else if (kind === 'wait') {
      input.waitUntil = wallToIso(waitUntil, timeZone)
      if (!input.waitUntil) return (setFieldError(t('queue.form.dateRequired')), t('queue.form.dateRequired'))
    } else if (kind === 'refund') {
      const r = yuanToFen(t, refund, c.paidFen)
      if ('error' in r) return (setFieldError(r.error), r.error)
      input.refundFen = r.fen
    } else if (sub) input.substituteId = sub.productId
    return act('queue.offer', input)
  }

  return (
    <StepForm title={t('queue.form.offerTitle')} testId="form-offer" submitLabel={t('queue.form.offerSubmit')} onSubmit={submit}>
      <Choice
        legend={t('queue.form.offerKind')}
        options={OFFER_KINDS}
        value={kind}
        onChange={(v) => {
          setKind(v)
          setFieldError(null)
        }}
        label={(v) => t(`cases.offers.${v}`)}
        disabled={(v) => (v === 'substitute' && !sub ? t('queue.form.noSubstitute') : null)}
      />
      {kind === 'substitute' && sub ? (
        <p className="q-note" data-testid="offer-substitute">
          {t('queue.form.substituteFromEngine', { sku: sub.sku, name: `${sub.name} ${sub.spec}`.trim(), available: sub.available })}
        </p>
      ) : null}
      {kind === 'coupon' ? (
        <YuanField
          label={t('queue.form.couponYuan')}
          error={fieldError}
          hint={t('queue.form.couponHint')}
          suffix={t('queue.form.yuan')}
          value={coupon}
          onChange={setCoupon}
        />
      ) : null}
      {kind === 'wait' ? (
        <DateTimeField
          label={t('queue.form.waitUntil')}
          error={fieldError}
          hint={readyAt ? t('queue.form.restockHint') : t('queue.form.shopTime', { zone: timeZone })}
          value={waitUntil}
          onChange={setWaitUntil}
        />
      ) : null}
      {kind === 'refund' ? (
        <YuanField
          label={t('queue.form.refundYuan')}
          error={fieldError}
          hint={t('queue.form.maxPaid', { max: formatMoney(c.paidFen) })}
          suffix={t('queue.form.yuan')}
          value={refund}
          onChange={setRefund}
        />
      ) : null}
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
    </StepForm>
  )
}

function defaultAnswer(c: QueueCase): Answer {
  const pref: Answer[] =
    c.offer?.kind === 'substitute'
      ? ['accepted_substitute']
      : c.offer?.kind === 'wait' || c.offer?.kind === 'coupon'
        ? ['will_wait']
        : ['agreed_cancel']
  return [...pref, ...ANSWERS].find((a) => c.answers[a].allowed) ?? 'agreed_cancel'
}

export function AnswerForm({ c, act }: FormProps) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [answer, setAnswer] = useState<Answer>(defaultAnswer(c))
  const waitDefault = c.offer?.waitUntil ?? futureOrNull(c.engine?.readyAt)
  const [waitUntil, setWaitUntil] = useState(waitDefault ? isoToWall(waitDefault, timeZone) : inputFromNow(72, timeZone))
  const [replyBy, setReplyBy] = useState(inputFromNow(0, timeZone))
  const [note, setNote] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)

  async function submit(): Promise<string | null> {
    setFieldError(null)
    const input: CallInput<'queue.answer'> = { caseId: c.caseId, answer, waitUntil: null, replyBy: null, note }
    if (answer === 'will_wait') {
      input.waitUntil = wallToIso(waitUntil, timeZone)
      if (!input.waitUntil) return (setFieldError(t('queue.form.dateRequired')), t('queue.form.dateRequired'))
    }
    if (answer === 'no_reply') {
      input.replyBy = wallToIso(replyBy, timeZone)
      if (!input.replyBy) return (setFieldError(t('queue.form.dateRequired')), t('queue.form.dateRequired'))
    }
    return act('queue.answer', input)
  }

  const past = answer === 'will_wait' && c.deadline && (wallToIso(waitUntil, timeZone) ?? '') > c.deadline
  return (
    <StepForm title={t('queue.form.answerTitle')} testId="form-answer" submitLabel={t('cases.actions.answer')} onSubmit={submit}>
      {c.step === 'waiting' && c.reply?.waitUntil ? (
        <p className="q-note">{t('queue.form.waitingUntil', { at: isoToWall(c.reply.waitUntil, timeZone).replace('T', ' ') })}</p>
      ) : null}
      <Choice
        legend={t('queue.form.answer')}
        options={ANSWERS}
        value={answer}
        onChange={(v) => {
          setAnswer(v)
          setFieldError(null)
        }}
        label={(v) => t(`cases.answers.${v}`)}
        disabled={(v) => (c.answers[v].allowed ? null : t(c.answers[v].refusal ?? 'errors.illegal_transition'))}
      />
      {answer === 'will_wait' ? (
        <DateTimeField
          label={t('queue.form.waitUntil')}
          error={fieldError}
          hint={past ? t('queue.form.waitPastDeadline', { money: formatMoney(c.lateFen) }) : t('queue.form.shopTime', { zone: timeZone })}
          value={waitUntil}
          onChange={setWaitUntil}
        />
      ) : null}
      {answer === 'no_reply' ? (
        <DateTimeField
          label={t('queue.form.replyBy')}
          error={fieldError}
          hint={t('queue.form.shopTime', { zone: timeZone })}
          value={replyBy}
          onChange={setReplyBy}
        />
      ) : null}
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
    </StepForm>
  )
}

export function CancelForm({ c, act, reasons }: FormProps) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const list = reasons.filter((r) => r.platform === c.platform && !r.archived).sort((a, b) => a.position - b.position)
  const [reasonId, setReasonId] = useState<number | null>(list[0]?.id ?? null)
  const [note, setNote] = useState('')
  return (
    <StepForm
      title={t('queue.form.cancelTitle')}
      testId="form-cancel"
      submitLabel={t('queue.form.cancelSubmit')}
      onSubmit={() =>
        reasonId === null ? Promise.resolve(t('errors.case_reason_invalid')) : act('queue.cancel', { caseId: c.caseId, reasonId, note })
      }
    >
      <p className="q-note">{t('queue.form.cancelHint', { platform: t(`platform.${c.platform}`) })}</p>
      <Field label={t('queue.form.reason')} required>
        <select value={reasonId ?? ''} onChange={(e) => setReasonId(Number(e.target.value))}>
          {list.map((r) => (
            <option key={r.id} value={r.id}>
              {reasonLabel(lang, r)}
            </option>
          ))}
        </select>
      </Field>
      <NoteField label={t('queue.form.note')} value={note} onChange={setNote} />
    </StepForm>
  )
}

export { CauseForm, CloseForm, FollowupForm, RefundForm } from './StepFormsAfter'
