// English words of the cancellation queue (issue #5): steps, answers, the
// timeline, the consequences shown beside the countdown, export headers. Params
// follow the engine's convention (shared/engine-format.ts: …At times, …Fen money)
// plus the queue's own (shared/queue-format.ts: channel, offerKind, answer,
// feedback, from/to, undoneKind, cause).
import { placeholderLabels } from '../template-placeholders'

export const queueEn = {
  steps: {
    notify: 'Notify the buyer',
    offer: 'Offer a solution',
    answer: 'Awaiting the answer',
    waiting: 'Buyer waiting',
    cancel: 'Cancel in the back office',
    refund: 'Confirm the refund',
    followup: 'Follow up',
    cause: 'Record the cause',
    close: 'Ready to close',
    closed: 'Closed'
  },
  situations: {
    short: 'Short',
    unmapped: 'Unmapped SKU',
    ready: 'Stock arrived (ready)',
    shipped: 'Shipped',
    cancelled: 'Cancelled'
  },
  channels: { platform_chat: 'platform chat', phone: 'phone', sms: 'SMS', other: 'another channel' },
  offers: { substitute: 'Substitute', coupon: 'Coupon or compensation', wait: 'Wait until a date', refund: 'Refund' },
  answers: {
    accepted_substitute: 'Accepted the substitute',
    will_wait: 'Will wait',
    agreed_cancel: 'Agreed to cancel',
    no_reply: 'No reply'
  },
  feedback: { satisfied: 'satisfied', neutral: 'neutral', complaint: 'complaint', bad_review_risk: 'bad review risk' },
  actions: {
    notify: 'Mark notified',
    offer: 'Offer',
    answer: 'Record answer',
    cancel: 'Cancel order',
    refund: 'Confirm refund',
    followup: 'Follow up',
    cause: 'Set cause',
    close: 'Close case',
    undo: 'Undo last action'
  },
  eventNames: {
    opened: 'case opened',
    notified: 'buyer notified',
    offered: 'offer',
    answered: 'answer',
    cancelled: 'cancellation',
    refunded: 'refund',
    followed_up: 'follow-up',
    cause_set: 'cause',
    closed: 'closing',
    undone: 'undo',
    situation: 'order change',
    reopened: 'reopening'
  },
  events: {
    opened: 'Case opened: the order is short. Promised ship time {{deadlineAt}}, late compensation {{lateFen}}.',
    notified: 'Buyer told by {{channel}} at {{notifiedAt}}.',
    offered_substitute: 'Offered {{substituteSku}} instead of {{sku}}.',
    offered_coupon: 'Offered {{couponFen}} as compensation.',
    offered_wait: 'Asked the buyer to wait until {{waitUntilAt}}.',
    offered_refund: 'Offered to cancel and refund {{refundFen}}.',
    answered_accepted_substitute: 'Buyer accepted {{substituteSku}}: the order’s {{sku}} lines now take {{substituteSku}}.',
    answered_will_wait: 'Buyer will wait until {{waitUntilAt}} (promised ship time {{deadlineAt}}).',
    answered_will_wait_late:
      'Buyer will wait until {{waitUntilAt}}, after the promised ship time {{deadlineAt}}: late compensation {{lateFen}} applies.',
    answered_agreed_cancel: 'Buyer agreed to cancel.',
    answered_no_reply: 'No reply from the buyer by {{replyByAt}}.',
    cancelled: 'Cancelled in the back office — reason: {{reason}}.',
    refunded: 'Refund confirmed: {{refundFen}}.',
    refunded_compensation: 'Refund confirmed: {{refundFen}}; compensation paid separately: {{compensationFen}}.',
    followed_up: 'Buyer feedback: {{feedback}}.',
    cause_set: 'Cause: {{cause}}.',
    cause_set_supplier: 'Cause: {{cause}} ({{supplier}}).',
    closed: 'Case closed.',
    undone: 'Undone: {{undoneKind}}.',
    situation: 'The order is now {{to}} (was {{from}}).',
    reopened: 'Reopened: the order is short again.'
  },
  consequences: {
    late_compensation: 'Late compensation {{lateFen}} if not shipped by {{deadlineAt}}.',
    late_compensation_due: 'Past the promised ship time {{deadlineAt}}: late compensation {{lateFen}} is due.',
    shop_score: '{{hours}} left before a late shipment counts against the shop’s score (and can restrict shop functions).',
    shop_score_late: 'Late by {{hours}}: it counts against the shop’s score and can restrict shop functions.',
    buyer_not_told: 'The buyer has not been told anything for {{hours}}: unhappy buyers leave bad reviews.',
    buyer_waiting_late: 'The buyer was told but is still waiting, {{hours}} after paying.',
    wait_passed:
      'The buyer agreed to wait until {{waitUntilAt}}; that date has passed and the order still cannot ship. Contact the buyer again.',
    stockout_deduction: 'Cancelling for lack of stock costs {{stockoutFen}}.'
  },
  // One list of placeholder names for the templates, the chips and these words: shared/template-placeholders.ts.
  placeholders: placeholderLabels('en'),
  templateKinds: {
    notify: 'Out-of-stock notice',
    offer_substitute: 'Offer a substitute',
    offer_coupon: 'Offer compensation',
    offer_wait: 'Ask to wait',
    offer_refund: 'Cancel and refund',
    refund_done: 'Refund done'
  },
  export: {
    platform: 'Platform',
    orderNo: 'Order number',
    step: 'Step',
    situation: 'Order now',
    deadline: 'Promised ship time',
    hoursLeft: 'Hours left',
    lateYuan: 'Late compensation (¥)',
    buyerName: 'Buyer',
    items: 'Items',
    shortSkus: 'Short of',
    recommendation: 'Engine advice',
    notifiedAt: 'Buyer told at',
    offer: 'Offer',
    answer: 'Answer',
    cancelReason: 'Cancellation reason',
    refundYuan: 'Refund (¥)',
    compensationYuan: 'Compensation (¥)',
    feedback: 'Feedback',
    cause: 'Cause'
  }
}
