// The open case: what is at stake beside the countdown, the step bar (the six
// steps and the cause), the form of the step in hand with the buyer's message,
// the order's lines and the timeline. Steps out of order are offered only where
// the core allows them; a refused one says why.
import { ShopTag } from '../../components/ShopPicker'
import { RefundFlag } from '../../components/RefundFlag'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseAction, CaseStep, QueueCase, TemplateKind } from '@shared/queue-types'
import { formatCaseMessage, type CauseLabels } from '@shared/queue-format'
import { PlatformTag } from '../../components/Badges'
import { CountdownHint } from '../../components/Countdown'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatMoney, maskName } from '../../lib/format'
import { useEngineText } from '../../lib/engine-text'
import { MessageDraft } from './MessageDraft'
import { StepBadge } from './QueueList'
import { AnswerForm, CancelForm, CauseForm, CloseForm, FollowupForm, NotifyForm, OfferForm, RefundForm, type FormProps } from './StepForms'
import { ErrorNotice } from '../../components/ErrorNotice'

const FOCUS_ORDER = [
  '[data-autofocus]',
  'input[type="radio"]:checked:not([disabled])',
  'input:not([disabled]), select, textarea',
  'button[type="submit"]'
]

/** A param the core left out shows as a dash, never as {{name}}. */
const caseText = (text: string): string => text.replace(/\{\{\s*\w+\s*\}\}/g, '—')

export type FormView = Exclude<CaseAction, 'undo'>
export const BAR: FormView[] = ['notify', 'offer', 'answer', 'cancel', 'refund', 'followup', 'cause', 'close']

export function viewForStep(step: CaseStep): FormView | null {
  if (step === 'closed') return null
  if (step === 'waiting') return 'answer'
  return step
}

function done(c: QueueCase, v: FormView): boolean {
  switch (v) {
    case 'notify':
      return c.notify !== null
    case 'offer':
      return c.offer !== null
    case 'answer':
      return c.reply !== null
    case 'cancel':
      return c.cancel !== null || c.order.status === 'cancelled'
    case 'refund':
      return c.refund !== null
    case 'followup':
      return c.followup !== null
    case 'cause':
      return c.cause !== null
    case 'close':
      return c.closedAt !== null
  }
}

const FORMS: Record<FormView, (p: FormProps) => React.ReactNode> = {
  notify: NotifyForm,
  offer: OfferForm,
  answer: AnswerForm,
  cancel: CancelForm,
  refund: RefundForm,
  followup: FollowupForm,
  cause: CauseForm,
  close: CloseForm
}

function draftKind(c: QueueCase, view: FormView | null): TemplateKind | null {
  if (view === 'refund' || (view !== 'notify' && view !== 'offer' && c.refund)) return 'refund_done'
  if (c.offer) return `offer_${c.offer.kind}`
  return null
}

export function CaseDetail(
  props: Omit<FormProps, 'c' | 'draftText'> & {
    c: QueueCase
    view: FormView | null
    onView: (v: FormView) => void
    focusToken: number
    onUndo: () => void
    causeLabels: CauseLabels
    /** Changes when the templates may have been edited (the settings closed), so the draft is made again. */
    templatesVersion: number
  }
) {
  const { t } = useTranslation()
  const { lang, timeZone } = useApp()
  const engineText = useEngineText()
  const { c, view } = props
  // A refusal belongs to the case as it was when the step was tried.
  const caseVersion = `${c.caseId}|${c.updatedAt}`
  const [refusalState, setRefusalState] = useState<{ version: string; text: string } | null>(null)
  const refusal = refusalState?.version === caseVersion ? refusalState.text : null
  const setRefusal = (text: string | null) => setRefusalState(text ? { version: caseVersion, text } : null)
  // The message in the draft box, as the merchant may have edited it: what Notify records as sent.
  const [draftText, setDraftText] = useState('')
  const formRef = useRef<HTMLDivElement>(null)
  const onText = useCallback((text: string) => setDraftText(text), [])

  // The step's form takes the focus when asked (Enter on the list, a step done, a step chosen).
  useEffect(() => {
    if (props.focusToken === 0) return
    requestAnimationFrame(() => {
      // In order of preference, not document order: a marked field, the chosen option, any field.
      const root = formRef.current
      const el = FOCUS_ORDER.map((sel) => root?.querySelector<HTMLElement>(sel)).find(Boolean)
      el?.focus()
    })
  }, [props.focusToken])

  const Form = view ? FORMS[view] : null
  const showDraft = view === 'notify' || view === 'offer' || view === 'answer' || view === 'refund' || view === 'followup'
  const version = `${c.caseId}|${c.updatedAt}|${view ?? ''}|${props.templatesVersion}`
  const undoable = c.timeline.find((e) => e.undoable)
  const masked = maskName(c.buyerName)

  return (
    <article className="q-case" aria-label={t('queue.caseLabel', { orderNo: c.orderNo })} data-testid="case-detail" data-step={c.step}>
      <header className="q-case-head">
        <div className="q-case-title">
          <PlatformTag platform={c.platform} />
          <ShopTag name={c.shopName} />
          <h2 className="mono">{c.orderNo}</h2>
          <StepBadge step={c.step} />
        </div>
        <div className="q-case-facts">
          <span>{masked || t('queue.noBuyer')}</span>
          <span>{t('queue.paid', { money: formatMoney(c.paidFen) })}</span>
          <span>
            {t('queue.deadline')} {formatDateTime(c.deadline, timeZone)} {c.step !== 'closed' ? <CountdownHint iso={c.deadline} /> : null}
          </span>
          <span className="muted">{t(`cases.situations.${c.situation}`)}</span>
          <RefundFlag show={c.order.status === 'awaiting_shipment' && c.order.afterSale === 'refunded'} refundFen={c.order.refundFen} />
        </div>
        {c.consequences.length && c.step !== 'closed' ? (
          <ul className="q-consequences" data-testid="consequences" aria-label={t('queue.consequences')}>
            {c.consequences.map((k, i) => (
              <li key={i} className={`q-conseq sev-${k.severity}`} title={caseText(formatCaseMessage(lang, k.message, timeZone))}>
                {caseText(formatCaseMessage(lang, k.message, timeZone))}
              </li>
            ))}
          </ul>
        ) : null}
        {c.engine?.reason ? (
          <p className="q-engine muted small" title={t('queue.engineSays', { text: engineText(c.engine.reason) })}>
            {t('queue.engineSays', { text: engineText(c.engine.reason) })}
          </p>
        ) : null}
      </header>

      <nav className="q-stepbar" aria-label={t('queue.stepsLabel')} data-testid="step-bar">
        {BAR.map((v, i) => {
          const state = c.allowed[v]
          const isDone = done(c, v)
          return (
            <button
              key={v}
              type="button"
              className={`q-stepbar-item${isDone ? ' done' : ''}${v === view ? ' current' : ''}${!state.allowed ? ' blocked' : ''}`}
              aria-current={v === view ? 'step' : undefined}
              aria-disabled={!state.allowed}
              title={state.allowed ? t(`queue.bar.${v}`) : t(state.refusal ?? 'errors.illegal_transition')}
              data-step-item={v}
              onClick={() => {
                if (state.allowed) {
                  setRefusal(null)
                  props.onView(v)
                } else setRefusal(t(state.refusal ?? 'errors.illegal_transition'))
              }}
            >
              <span className="q-stepbar-num">{isDone ? '✓' : i + 1}</span>
              <span className="q-stepbar-label">{t(`queue.bar.${v}`)}</span>
            </button>
          )
        })}
      </nav>
      {refusal ? <ErrorNotice error={refusal} testId="step-refusal" /> : null}

      <div className="q-case-body">
        <div className="q-case-work" ref={formRef}>
          {Form ? (
            <Form key={`${c.caseId}|${c.updatedAt}|${view}`} {...props} c={c} draftText={showDraft ? draftText : ''} />
          ) : (
            <div className="q-closed" data-testid="case-closed">
              {t('queue.closedNote', { at: formatDateTime(c.closedAt, timeZone) })}
            </div>
          )}
          {showDraft ? <MessageDraft caseId={c.caseId} kind={draftKind(c, view)} version={version} step={c.step} onText={onText} /> : null}
        </div>

        <section className="q-lines" aria-label={t('queue.lines')}>
          <h3 className="section-title">{t('queue.lines')}</h3>
          <table className="mini-table">
            <tbody>
              {c.order.lines.map((l) => (
                <tr key={l.lineNo} className={l.short ? 'text-danger' : ''}>
                  <td className="mono">{l.sku ?? l.merchantCode}</td>
                  <td>
                    {l.title} {l.spec}
                    {l.substitutedFrom ? (
                      <span className="tag tag-warning">{t('queue.substituted', { sku: l.substitutedFrom.sku ?? '—' })}</span>
                    ) : null}
                  </td>
                  <td className="num">×{l.quantity}</td>
                  <td className="num">{formatMoney(l.amountFen)}</td>
                  <td>{l.short ? <span className="tag tag-danger">{t('cases.situations.short')}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="q-timeline" aria-label={t('queue.timeline')} data-testid="timeline">
          <div className="q-timeline-head">
            <h3 className="section-title">{t('queue.timeline')}</h3>
            <button
              type="button"
              className="btn btn-small"
              data-shortcut="undo"
              disabled={!c.allowed.undo.allowed}
              title={c.allowed.undo.allowed ? undefined : t(c.allowed.undo.refusal ?? 'errors.case_nothing_to_undo')}
              onClick={props.onUndo}
            >
              {undoable ? t('queue.undoWhat', { what: t(`cases.eventNames.${undoable.kind}`) }) : t('cases.actions.undo')} <kbd>U</kbd>
            </button>
          </div>
          <ol className="q-events">
            {[...c.timeline].reverse().map((e) => (
              <li key={e.id} className={`q-event${e.undone ? ' undone' : ''}`} data-kind={e.kind}>
                <time className="q-event-at">{formatDateTime(e.at, timeZone)}</time>
                <span className="q-event-text">{caseText(formatCaseMessage(lang, e.message, timeZone, props.causeLabels))}</span>
                {e.undone ? <span className="tag tag-muted">{t('queue.undone')}</span> : null}
                {e.actor !== 'user' ? <span className="tag tag-muted">{t(`queue.actor.${e.actor}`)}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  )
}
