// The case's state machine. A case's step is not stored freely: it is derived
// from what has been recorded (stepOf) and stored only so the queue can be
// filtered and counted by index. Each action has one guard (refusalOf) used both
// to refuse an illegal step and to tell the screen which keys are live.
//
// The merchant's path, with the detours that make sense:
//   notify → offer → answer ┬ accepted_substitute → (order ships) → followup → cause → close
//                           ├ will_wait → waiting → (order ready/shipped) → followup → cause → close
//                           ├ agreed_cancel ┐
//                           └ no_reply ─────┴→ cancel → refund → followup → cause → close
// - A buyer may ask to cancel at any time, even before being told: agreed_cancel
//   needs nothing before it, and cancel then needs no notice.
// - A new offer can follow no reply or a wait that went wrong; it clears the answer.
// - An order that became ready or shipped by itself (stock arrived) skips to the
//   follow-up (if the buyer was told) and the cause, and closes without a cancel;
//   one cancelled outside the queue goes to the refund.
// - The cause can be set at any time; closing needs it.
import type { Answer, CaseAction, CaseStep } from '../../../shared/queue-types'
import type { CaseRow, OrderFacts } from './rows'

export type StepFacts = Pick<
  CaseRow,
  'closed_at' | 'situation' | 'notified_at' | 'offer_kind' | 'answer' | 'refunded_at' | 'feedback' | 'cause_code'
>

export function stepOf(c: StepFacts): CaseStep {
  if (c.closed_at) return 'closed'
  // Settled: what remains is hearing how the buyer took it (if they were told), then the cause.
  const settled = (): CaseStep => (c.notified_at && !c.feedback ? 'followup' : !c.cause_code ? 'cause' : 'close')
  if (c.situation === 'cancelled') return c.refunded_at ? settled() : 'refund'
  if (c.situation === 'shipped') return settled()
  // The buyer asked to cancel: cancel even if stock turned up meanwhile (they were promised it).
  if (c.answer === 'agreed_cancel') return 'cancel'
  if (c.situation === 'ready' || c.answer === 'accepted_substitute') return settled()
  if (c.answer === 'no_reply') return 'cancel'
  if (!c.notified_at) return 'notify'
  if (c.answer === 'will_wait') return 'waiting'
  if (!c.offer_kind) return 'offer'
  return 'answer'
}

export interface Refusal {
  /** i18n key under errors. */
  key: string
  params?: Record<string, string | number>
}

const refuse = (name: string, params?: Record<string, string | number>): Refusal => ({
  key: `errors.${name}`,
  ...(params ? { params } : {})
})

const cancelled = (c: CaseRow, o: Pick<OrderFacts, 'status'>): boolean => o.status === 'cancelled' || c.cancelled_at !== null
const shipped = (o: Pick<OrderFacts, 'status'>): boolean => o.status === 'shipped' || o.status === 'received'

/** Why `answer` cannot be recorded now, or null. */
export function answerRefusal(answer: Answer, c: CaseRow, o: Pick<OrderFacts, 'status'>): Refusal | null {
  if (c.closed_at) return refuse('case_closed')
  if (cancelled(c, o)) return refuse('case_order_cancelled')
  if (shipped(o)) return refuse('case_order_shipped')
  if (c.answer === 'accepted_substitute') return refuse('case_substitute_accepted')
  switch (answer) {
    case 'accepted_substitute':
      return c.offer_kind === 'substitute' && c.offer_substitute_id !== null ? null : refuse('case_no_substitute_offer')
    case 'agreed_cancel':
      return null
    case 'will_wait':
    case 'no_reply':
      return c.notified_at ? null : refuse('case_notify_first')
  }
}

/**
 * Why `action` is illegal on this case now, or null when it is legal. `undoable`:
 * whether the case has an action left to undo. For `answer` this is the most
 * permissive answer (agreed_cancel); answerRefusal checks a particular one.
 */
export function refusalOf(action: CaseAction, c: CaseRow, o: Pick<OrderFacts, 'status'>, undoable: boolean): Refusal | null {
  if (action === 'undo') return undoable ? null : refuse('case_nothing_to_undo')
  if (c.closed_at) return refuse('case_closed')
  const step = stepOf(c)
  switch (action) {
    case 'notify':
      return c.notified_at ? refuse('case_already_notified') : null
    case 'offer':
      if (!c.notified_at) return refuse('case_notify_first')
      if (cancelled(c, o)) return refuse('case_order_cancelled')
      if (shipped(o)) return refuse('case_order_shipped')
      if (c.answer === 'accepted_substitute') return refuse('case_substitute_accepted')
      if (c.answer === 'agreed_cancel') return refuse('case_buyer_agreed_cancel')
      return null
    case 'answer':
      return answerRefusal('agreed_cancel', c, o)
    case 'cancel':
      if (c.cancelled_at) return refuse('case_order_cancelled')
      if (shipped(o)) return refuse('case_order_shipped')
      if (!c.notified_at && c.answer !== 'agreed_cancel') return refuse('case_notify_first')
      return null
    case 'refund':
      if (c.refunded_at) return refuse('case_already_refunded')
      return cancelled(c, o) || c.answer === 'accepted_substitute' ? null : refuse('case_refund_needs_cancel')
    case 'followup':
      return step === 'followup' || step === 'cause' || step === 'close' ? null : refuse('case_followup_too_early')
    case 'cause':
      return null
    case 'close':
      switch (step) {
        case 'close':
          return null
        case 'cause':
          return refuse('case_cause_required')
        case 'followup':
          return refuse('case_followup_required')
        case 'refund':
          return refuse('case_refund_required')
        default:
          return refuse('case_not_settled')
      }
  }
}
