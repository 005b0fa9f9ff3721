// The demo shop's cancellation queue: what a merchant who used the queue for the
// last 60 days would have. Every order the simulation cancelled for lack of stock
// gets a case that walked the steps — notified, offered, answered, cancelled with
// a reason, refunded (sometimes with compensation), followed up — and was closed
// with a cause: supplier_late and supplier_shortage most often, tied to the
// supplier of the SKU that ran out, so the supply-chain review (issue #6) has
// something true to say. The most recent ones are still open (follow-up, cause),
// and a handful of today's short orders are at the earlier steps.
//
// Deterministic: a seeded generator and times derived from the orders themselves
// (never the clock), so the same seed gives the same rows. Runs inside
// loadDemoShop's transaction, before any recompute: the open short orders are
// taken as those with a line whose SKU has nothing on hand (short whatever the
// allocation). Writes no audit entries (the load is one) and no undo snapshots
// (history is not undoable); events carry actor 'demo'.
import type { Answer, Feedback, NotifyChannel, OfferKind } from '../../../shared/queue-types'
import type { Platform } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { Rng } from './random'
import { penaltyFen } from '../engine/penalty'
import { activeRules } from '../engine/rules'
import type { CaseRow } from '../queue/rows'
import { stepOf } from '../queue/steps'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const iso = (ms: number): string => new Date(ms).toISOString()

/** Weights out of 100: supplier causes dominate, as they do for small shops. */
const CAUSES: readonly [string, number][] = [
  ['supplier_late', 34],
  ['supplier_shortage', 26],
  ['demand_spike', 10],
  ['forecast_error', 8],
  ['late_reorder', 8],
  ['count_error', 5],
  ['oversell_sync', 4],
  ['damaged_quality', 3],
  ['listing_error', 2]
]
const CAUSE_NOTES: Record<string, readonly string[]> = {
  supplier_late: ['供应商说物流延误，晚到了几天', '工厂排产推迟，到货比承诺晚', '催了两次才发货'],
  supplier_shortage: ['供应商这个颜色断货了', '厂家原料不足，只发了一半', '供应商说要等下一批'],
  demand_spike: ['直播带货后突然爆单', '参加百亿补贴活动，销量翻倍'],
  forecast_error: ['平时卖得慢，备货太少', '换季需求比预计的大'],
  late_reorder: ['补货单下晚了', '忘了看库存预警'],
  count_error: ['盘点发现少了几件', '系统库存和货架对不上'],
  oversell_sync: ['抖店和拼多多同时卖，库存没同步'],
  damaged_quality: ['到货有破损，不能发', '质检不合格退回了'],
  listing_error: ['规格编码填错了']
}
const FEEDBACK_NOTES: Record<Feedback, readonly string[]> = {
  satisfied: ['买家表示理解', '买家说没关系，下次再买', ''],
  neutral: ['买家没多说什么', '已读未回', ''],
  complaint: ['买家抱怨等了太久', '买家说要投诉发货慢'],
  bad_review_risk: ['买家说要给差评', '买家情绪很大，需再安抚']
}

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let r = rng.next() * total
  for (const [item, w] of items) {
    if ((r -= w) < 0) return item
  }
  return items[items.length - 1]![0]
}

type CaseFields = Omit<CaseRow, 'id'>

function blankCase(orderId: number, platform: Platform, openedAt: string): CaseFields {
  return {
    order_id: orderId,
    platform,
    step: 'notify',
    situation: 'short',
    opened_at: openedAt,
    updated_at: openedAt,
    closed_at: null,
    lacking: '[]',
    deadline: null,
    late_fen: 0,
    stockout_fen: 0,
    notified_at: null,
    notify_channel: null,
    offer_kind: null,
    offer_product_id: null,
    offer_substitute_id: null,
    offer_coupon_fen: null,
    offer_wait_until: null,
    offer_refund_fen: null,
    offer_note: '',
    offered_at: null,
    answer: null,
    answer_wait_until: null,
    answer_reply_by: null,
    answered_at: null,
    cancel_reason_id: null,
    cancel_reason: null,
    cancelled_at: null,
    refund_fen: null,
    compensation_fen: 0,
    refunded_at: null,
    feedback: null,
    feedback_note: '',
    follow_up_at: null,
    followed_up_at: null,
    cause_code: null,
    cause_supplier_id: null,
    cause_note: '',
    caused_at: null
  }
}

const COLUMNS = Object.keys(blankCase(0, 'pdd', '')) as (keyof CaseFields)[]

interface Writer {
  event(at: number, kind: string, detail: Record<string, string | number | boolean | null>): void
}

function writeCase(db: Db, c: CaseFields, events: (w: Writer) => void): void {
  c.step = stepOf(c)
  const id = Number(
    prepared(db, `INSERT INTO queue_cases (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`).run(
      ...COLUMNS.map((k) => c[k])
    ).lastInsertRowid
  )
  const insert = prepared(db, `INSERT INTO queue_events (case_id, at, kind, actor, detail) VALUES (?, ?, ?, 'demo', ?)`)
  events({ event: (at, kind, detail) => insert.run(id, iso(at), kind, JSON.stringify(detail)) })
}

interface OrderInfo {
  id: number
  platform: Platform
  paidFen: number
  paidAt: string
  deadline: string | null
  updatedAt: string
  productId: number
  sku: string
  supplierId: number | null
}

const ORDER_INFO = `
  SELECT o.id, o.platform, o.paid_fen AS paidFen, o.paid_at AS paidAt, o.promised_ship_at AS deadline, o.updated_at AS updatedAt,
    l.product_id AS productId, p.merchant_code AS sku, p.supplier_id AS supplierId
  FROM orders o JOIN order_lines l ON l.order_id = o.id AND l.line_no = (SELECT MIN(line_no) FROM order_lines WHERE order_id = o.id)
  JOIN products p ON p.id = l.product_id`

export function seedDemoCases(db: Db, seed: number, anchor: Date): void {
  const rng = new Rng(seed ^ 0x0051a7e5)
  const anchorMs = anchor.getTime()
  const rule = activeRules(db)
  const reasons = new Map(
    (
      prepared(db, `SELECT id, platform, code, label FROM queue_cancel_reasons WHERE code IN ('out_of_stock', 'agreed')`).all() as {
        id: number
        platform: string
        code: string
        label: string
      }[]
    ).map((r) => [`${r.platform}/${r.code}`, r])
  )
  const suppliers = (prepared(db, 'SELECT id, name FROM suppliers ORDER BY id').all() as { id: number; name: string }[]).map((s) => s.id)
  const supplierName = new Map(
    (prepared(db, 'SELECT id, name FROM suppliers').all() as { id: number; name: string }[]).map((s) => [s.id, s.name])
  )
  const substituteOf = (productId: number): { id: number; sku: string } | undefined =>
    prepared(
      db,
      'SELECT p.id, p.merchant_code AS sku FROM product_substitutes s JOIN products p ON p.id = s.substitute_id WHERE s.product_id = ? ORDER BY s.rank, p.id LIMIT 1'
    ).get(productId) as { id: number; sku: string } | undefined

  const base = (o: OrderInfo, openedMs: number): CaseFields => {
    const c = blankCase(o.id, o.platform, iso(openedMs))
    c.lacking = JSON.stringify([o.productId])
    c.deadline = o.deadline
    c.late_fen = penaltyFen(rule(o.platform).late, o.paidFen)
    c.stockout_fen = penaltyFen(rule(o.platform).stockout, o.paidFen)
    return c
  }

  // ---- history: the orders the simulation cancelled for lack of stock ----
  const cancelled = prepared(
    db,
    `${ORDER_INFO} WHERE o.status = 'cancelled' AND o.merchant_note LIKE '%缺货%' ORDER BY o.updated_at, o.id`
  ).all() as OrderInfo[]
  cancelled.forEach((o, index) => {
    const paidMs = Date.parse(o.paidAt)
    const cancelMs = Date.parse(o.updatedAt)
    // The two most recent stop short of closing, as work still on the desk.
    const stopAt = index === cancelled.length - 1 ? 'followup' : index === cancelled.length - 2 ? 'cause' : null
    const openedMs = paidMs + rng.int(3, 50) * MINUTE
    const c = base(o, openedMs)
    const notifiedMs = Math.min(openedMs + rng.int(15, 300) * MINUTE, cancelMs - 3 * HOUR)
    const channel: NotifyChannel = weighted(rng, [
      ['platform_chat', 85],
      ['phone', 10],
      ['sms', 5]
    ])
    const substitute = substituteOf(o.productId)
    let offer: OfferKind = weighted(rng, [
      ['wait', 35],
      ['refund', 30],
      ['coupon', 20],
      ['substitute', 15]
    ])
    if (offer === 'substitute' && !substitute) offer = 'refund'
    const offeredMs = notifiedMs + rng.int(1, 5) * MINUTE
    const answer: Answer = rng.chance(0.75) ? 'agreed_cancel' : 'no_reply'
    const answeredMs = Math.min(offeredMs + rng.int(20, 600) * MINUTE, cancelMs - 30 * MINUTE)
    const reason = reasons.get(`${o.platform}/${rng.chance(0.85) ? 'out_of_stock' : 'agreed'}`)!
    const couponFen = offer === 'coupon' ? rng.pick([300, 500, 800]) : null
    const compensationFen = couponFen ?? (rng.chance(0.15) ? rng.pick([300, 500]) : 0)
    const refundMs = cancelMs + rng.int(2, 40) * MINUTE
    const feedback: Feedback = weighted(rng, [
      ['satisfied', 45],
      ['neutral', 35],
      ['complaint', 14],
      ['bad_review_risk', 6]
    ])
    const followMs = refundMs + rng.int(2, 30) * HOUR
    const cause = weighted(rng, CAUSES)
    const supplierCause = cause.startsWith('supplier_')
    const causeSupplier = supplierCause || rng.chance(0.4) ? (supplierCause && rng.chance(0.1) ? rng.pick(suppliers) : o.supplierId) : null
    const causeMs = followMs + rng.int(1, 48) * HOUR
    const closeMs = causeMs + rng.int(5, 120) * MINUTE
    const feedbackNote = rng.pick(FEEDBACK_NOTES[feedback])
    const causeNote = rng.pick(CAUSE_NOTES[cause] ?? [''])

    Object.assign(c, {
      notified_at: iso(notifiedMs),
      notify_channel: channel,
      offer_kind: offer,
      offer_product_id: offer === 'substitute' ? o.productId : null,
      offer_substitute_id: offer === 'substitute' ? substitute!.id : null,
      offer_coupon_fen: couponFen,
      offer_wait_until: offer === 'wait' ? iso(paidMs + 5 * DAY) : null,
      offer_refund_fen: offer === 'refund' ? o.paidFen : null,
      offered_at: iso(offeredMs),
      answer,
      answer_reply_by: answer === 'no_reply' ? iso(answeredMs) : null,
      answered_at: iso(answeredMs),
      cancel_reason_id: reason.id,
      cancel_reason: reason.label,
      cancelled_at: iso(cancelMs),
      situation: 'cancelled',
      refund_fen: o.paidFen,
      compensation_fen: compensationFen,
      refunded_at: iso(refundMs)
    } satisfies Partial<CaseFields>)
    const reachedFollowup = stopAt !== 'followup' && followMs < anchorMs
    if (reachedFollowup) Object.assign(c, { feedback, feedback_note: feedbackNote, followed_up_at: iso(followMs) })
    const reachedCause = reachedFollowup && stopAt === null && causeMs < anchorMs
    if (reachedCause)
      Object.assign(c, { cause_code: cause, cause_supplier_id: causeSupplier, cause_note: causeNote, caused_at: iso(causeMs) })
    const closed = reachedCause && closeMs < anchorMs
    if (closed) c.closed_at = iso(closeMs)
    c.updated_at = iso(closed ? closeMs : reachedCause ? causeMs : reachedFollowup ? followMs : refundMs)

    writeCase(db, c, (w) => {
      w.event(openedMs, 'opened', { deadlineAt: o.deadline, lateFen: c.late_fen, stockoutFen: c.stockout_fen })
      w.event(notifiedMs, 'notified', { channel, notifiedAt: iso(notifiedMs), message: '' })
      const offerDetail: Record<string, string | number | null> = { offerKind: offer, note: '' }
      if (offer === 'substitute') Object.assign(offerDetail, { sku: o.sku, substituteSku: substitute!.sku })
      if (offer === 'coupon') offerDetail.couponFen = couponFen
      if (offer === 'wait') offerDetail.waitUntilAt = c.offer_wait_until
      if (offer === 'refund') offerDetail.refundFen = o.paidFen
      w.event(offeredMs, 'offered', offerDetail)
      w.event(answeredMs, 'answered', answer === 'no_reply' ? { answer, replyByAt: iso(answeredMs), note: '' } : { answer, note: '' })
      w.event(cancelMs, 'cancelled', { reason: reason.label, reasonId: reason.id, note: '', alreadyCancelled: false })
      w.event(refundMs, 'refunded', { refundFen: o.paidFen, paidFen: o.paidFen, compensationFen, full: true, note: '' })
      if (reachedFollowup) w.event(followMs, 'followed_up', { feedback, note: feedbackNote, followUpAt: null })
      if (reachedCause) {
        w.event(causeMs, 'cause_set', {
          cause,
          supplier: causeSupplier === null ? null : (supplierName.get(causeSupplier) ?? null),
          note: causeNote
        })
      }
      if (closed) w.event(closeMs, 'closed', { note: '', causeCode: cause })
    })
  })

  // ---- today: a handful of short orders already being worked on ----
  const shortNow = prepared(
    db,
    `${ORDER_INFO} WHERE o.status = 'awaiting_shipment' AND p.on_hand = 0 AND o.paid_at < ?
       AND (SELECT COUNT(*) FROM order_lines l2 JOIN orders o2 ON o2.id = l2.order_id WHERE l2.product_id = l.product_id AND o2.status = 'awaiting_shipment') >= 2
     ORDER BY o.paid_at, o.id`
  ).all(iso(anchorMs - 2 * HOUR)) as OrderInfo[]
  const stages = ['offer', 'answer', 'answer_substitute', 'waiting', 'cancel', 'refund'] as const
  const picked = rng.shuffle([...shortNow]).slice(0, stages.length)
  picked.forEach((o, i) => {
    const stage = stages[i]!
    const paidMs = Date.parse(o.paidAt)
    const openedMs = paidMs + rng.int(3, 30) * MINUTE
    // Everything happened between the order's payment (two hours ago at least) and now.
    const span = anchorMs - openedMs - MINUTE
    const t = (share: number): number => openedMs + Math.floor(span * share)
    const c = base(o, openedMs)
    const events: [number, string, Record<string, string | number | boolean | null>][] = [
      [openedMs, 'opened', { deadlineAt: o.deadline, lateFen: c.late_fen, stockoutFen: c.stockout_fen }]
    ]
    Object.assign(c, { notified_at: iso(t(0.2)), notify_channel: 'platform_chat' })
    events.push([t(0.2), 'notified', { channel: 'platform_chat', notifiedAt: iso(t(0.2)), message: '' }])
    const substitute = substituteOf(o.productId)
    if (stage === 'answer' || stage === 'waiting' || (stage === 'answer_substitute' && !substitute)) {
      Object.assign(c, { offer_kind: 'wait', offer_wait_until: iso(anchorMs + 2 * DAY), offered_at: iso(t(0.25)) })
      events.push([t(0.25), 'offered', { offerKind: 'wait', waitUntilAt: c.offer_wait_until, note: '' }])
    } else if (stage === 'answer_substitute' && substitute) {
      Object.assign(c, {
        offer_kind: 'substitute',
        offer_product_id: o.productId,
        offer_substitute_id: substitute.id,
        offered_at: iso(t(0.25))
      })
      events.push([t(0.25), 'offered', { offerKind: 'substitute', sku: o.sku, substituteSku: substitute.sku, note: '' }])
    }
    if (stage === 'waiting') {
      Object.assign(c, { answer: 'will_wait', answer_wait_until: c.offer_wait_until, answered_at: iso(t(0.5)) })
      const late = o.deadline !== null && c.offer_wait_until! > o.deadline
      events.push([
        t(0.5),
        'answered',
        { answer: 'will_wait', waitUntilAt: c.offer_wait_until, deadlineAt: o.deadline, pastDeadline: late, lateFen: c.late_fen, note: '' }
      ])
    }
    if (stage === 'cancel' || stage === 'refund') {
      Object.assign(c, { answer: 'agreed_cancel', answered_at: iso(t(0.4)) })
      events.push([t(0.4), 'answered', { answer: 'agreed_cancel', note: '' }])
    }
    if (stage === 'refund') {
      // Cancelled in the back office a moment ago; the refund is still to be confirmed.
      const reason = reasons.get(`${o.platform}/out_of_stock`)!
      Object.assign(c, { cancel_reason_id: reason.id, cancel_reason: reason.label, cancelled_at: iso(t(0.7)), situation: 'cancelled' })
      prepared(db, `UPDATE orders SET status = 'cancelled', updated_at = ? WHERE id = ?`).run(iso(t(0.7)), o.id)
      events.push([t(0.7), 'cancelled', { reason: reason.label, reasonId: reason.id, note: '', alreadyCancelled: false }])
    }
    c.updated_at = iso(events[events.length - 1]![0])
    writeCase(db, c, (w) => {
      for (const [at, kind, detail] of events) w.event(at, kind, detail)
    })
  })
}
