import type { Migration } from '../migrations'

// Issue #5, the cancellation queue. One case per short order (queue_cases), its
// timeline and what undo puts back (queue_events), the buyer message templates,
// each platform's list of cancellation reasons and the stockout cause taxonomy —
// the last three shipped as presets the user edits. Money is integer fen, times
// UTC ISO text. A case's deadline, penalties and situation are copied from the
// engine's stored results by every recompute (queue/sync.ts), so the queue is
// sorted and filtered by index without joining the engine's tables.
const SQL = `
CREATE TABLE queue_causes (
  code        TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 40),
  label_zh    TEXT NOT NULL,
  label_en    TEXT NOT NULL,
  builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0,1)),
  position    INTEGER NOT NULL,
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE queue_cancel_reasons (
  id          INTEGER PRIMARY KEY,
  platform    TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  -- Code of the preset this reason came from; NULL for the user's own.
  code        TEXT,
  label       TEXT NOT NULL CHECK (length(label) > 0),
  label_en    TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL,
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (platform, code)
) STRICT;
CREATE INDEX queue_cancel_reasons_platform ON queue_cancel_reasons(platform, position);

CREATE TABLE queue_templates (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('notify','offer_substitute','offer_coupon','offer_wait','offer_refund','refund_done')),
  lang        TEXT NOT NULL CHECK (lang IN ('zh-CN','en')),
  name        TEXT NOT NULL,
  body        TEXT NOT NULL CHECK (length(body) > 0),
  preset      TEXT UNIQUE,
  edited      INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0,1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE queue_cases (
  id                  INTEGER PRIMARY KEY,
  order_id            INTEGER NOT NULL UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
  platform            TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  step                TEXT NOT NULL CHECK (step IN ('notify','offer','answer','waiting','cancel','refund','followup','cause','close','closed')),
  situation           TEXT NOT NULL CHECK (situation IN ('short','unmapped','ready','shipped','cancelled')),
  opened_at           TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  closed_at           TEXT,
  -- Product ids the order is short of (JSON array), as the engine last said.
  lacking             TEXT NOT NULL DEFAULT '[]',
  deadline            TEXT,
  late_fen            INTEGER NOT NULL DEFAULT 0 CHECK (late_fen >= 0),
  stockout_fen        INTEGER NOT NULL DEFAULT 0 CHECK (stockout_fen >= 0),
  notified_at         TEXT,
  notify_channel      TEXT CHECK (notify_channel IN ('platform_chat','phone','sms','other')),
  offer_kind          TEXT CHECK (offer_kind IN ('substitute','coupon','wait','refund')),
  offer_product_id    INTEGER REFERENCES products(id) ON DELETE SET NULL,
  offer_substitute_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
  offer_coupon_fen    INTEGER CHECK (offer_coupon_fen >= 0),
  offer_wait_until    TEXT,
  offer_refund_fen    INTEGER CHECK (offer_refund_fen >= 0),
  offer_note          TEXT NOT NULL DEFAULT '',
  offered_at          TEXT,
  answer              TEXT CHECK (answer IN ('accepted_substitute','will_wait','agreed_cancel','no_reply')),
  answer_wait_until   TEXT,
  answer_reply_by     TEXT,
  answered_at         TEXT,
  cancel_reason_id    INTEGER REFERENCES queue_cancel_reasons(id),
  -- The reason's words when it was chosen: the list is editable, the record is not.
  cancel_reason       TEXT,
  cancelled_at        TEXT,
  refund_fen          INTEGER CHECK (refund_fen >= 0),
  compensation_fen    INTEGER NOT NULL DEFAULT 0 CHECK (compensation_fen >= 0),
  refunded_at         TEXT,
  feedback            TEXT CHECK (feedback IN ('satisfied','neutral','complaint','bad_review_risk')),
  feedback_note       TEXT NOT NULL DEFAULT '',
  follow_up_at        TEXT,
  followed_up_at      TEXT,
  cause_code          TEXT REFERENCES queue_causes(code),
  cause_supplier_id   INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
  cause_note          TEXT NOT NULL DEFAULT '',
  caused_at           TEXT,
  CHECK ((step = 'closed') = (closed_at IS NOT NULL)),
  CHECK (closed_at IS NULL OR cause_code IS NOT NULL),
  CHECK ((notified_at IS NULL) = (notify_channel IS NULL)),
  CHECK ((refunded_at IS NULL) = (refund_fen IS NULL)),
  CHECK ((cancelled_at IS NULL) OR cancel_reason IS NOT NULL)
) STRICT;
-- The working queue in urgency order, and each step's: orders still at stake first (a
-- shipped or cancelled one has no deadline to beat), by deadline (undated last). The
-- queue's ORDER BY repeats these expressions exactly so it reads the index in order.
CREATE INDEX queue_cases_open_urgency ON queue_cases(situation IN ('shipped','cancelled'), IFNULL(deadline, '~'), id) WHERE closed_at IS NULL;
CREATE INDEX queue_cases_step ON queue_cases(step, situation IN ('shipped','cancelled'), IFNULL(deadline, '~'), id);
CREATE INDEX queue_cases_closed ON queue_cases(closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX queue_cases_cause ON queue_cases(cause_code) WHERE cause_code IS NOT NULL;

-- A refund can never exceed what the buyer paid: checked by the core with a clear
-- message, and here so that no path can write one.
CREATE TRIGGER queue_cases_refund_insert BEFORE INSERT ON queue_cases
WHEN NEW.refund_fen IS NOT NULL AND NEW.refund_fen > (SELECT paid_fen FROM orders WHERE id = NEW.order_id)
BEGIN SELECT RAISE(ABORT, 'refund above the amount paid'); END;
CREATE TRIGGER queue_cases_refund_update BEFORE UPDATE OF refund_fen ON queue_cases
WHEN NEW.refund_fen IS NOT NULL AND NEW.refund_fen > (SELECT paid_fen FROM orders WHERE id = NEW.order_id)
BEGIN SELECT RAISE(ABORT, 'refund above the amount paid'); END;

-- The timeline. A user's step carries in snapshot what undo puts back: the case's
-- columns before it, and the order and its lines before and after it (undo is
-- refused when they no longer look as the step left them). System events (opened,
-- situation, reopened) and the demo's history carry none and cannot be undone.
CREATE TABLE queue_events (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES queue_cases(id) ON DELETE CASCADE,
  at         TEXT NOT NULL,
  kind       TEXT NOT NULL,
  actor      TEXT NOT NULL CHECK (actor IN ('user','system','demo')),
  detail     TEXT NOT NULL DEFAULT '{}',
  snapshot   TEXT,
  undone_at  TEXT,
  batch      TEXT
) STRICT;
CREATE INDEX queue_events_case ON queue_events(case_id, id);
`

// The causes, cancel reasons and message templates exactly as this migration wrote
// them when it landed: frozen copies. The live presets in queue/presets.ts may
// change; what version 4 wrote may not.

/** code, label zh, label en */
// prettier-ignore
const CAUSE_ROWS: readonly (readonly [string, string, string])[] = [
  ["supplier_shortage","供应商断货","Supplier out of stock or short of capacity"],
  ["supplier_late","供应商延迟","Supplier shipped later than promised"],
  ["demand_spike","活动/爆单","Promotion, group-buy or live-stream spike"],
  ["forecast_error","预测不准","Ordinary demand underestimated"],
  ["oversell_sync","多平台超卖/库存不同步","Oversold across platforms (stock synced too late)"],
  ["count_error","账实不符","Stock on record did not match the shelf"],
  ["listing_error","商品/编码设置错误","Wrong SKU mapping or listing quantity"],
  ["damaged_quality","破损/质检不合格","Units damaged or failing quality checks"],
  ["late_reorder","补货不及时","Reorder placed too late"],
  ["other","其他","Other"]
]

const REASON_PLATFORMS = ['pdd', 'taobao', 'douyin', 'other'] as const

/** code, label zh, label en — the same list for every platform */
// prettier-ignore
const REASON_ROWS: readonly (readonly [string, string, string])[] = [
  ["out_of_stock","缺货","Out of stock"],
  ["buyer_request","买家要求取消","Buyer asked to cancel"],
  ["agreed","与买家协商一致","Agreed with the buyer"],
  ["address_problem","地址无法配送","Address cannot be delivered to"],
  ["listing_error","商品信息有误","Wrong price or listing details"],
  ["other","其他原因","Other"]
]

/** kind, lang, name, body, preset code */
// prettier-ignore
const TEMPLATE_ROWS: readonly (readonly [string, string, string, string, string])[] = [
  ["notify","zh-CN","缺货通知","亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货，没法按时发出。想跟您商量一下怎么处理，麻烦您回复一下，谢谢！","notify.zh-CN"],
  ["offer_substitute","zh-CN","提供替代品","亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货。我们可以给您换成「{{substitute}}」，价格不变，马上就能发出。您看可以吗？不需要的话我们也可以为您全额退款 {{refundAmount}}。","offer_substitute.zh-CN"],
  ["offer_coupon","zh-CN","补偿/优惠券","亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货。为表歉意，我们为您准备了 {{coupon}} 的补偿。您可以等补货（预计 {{restockDate}} 到货），也可以取消订单，我们全额退款 {{refundAmount}}。您看怎么处理比较好？","offer_coupon.zh-CN"],
  ["offer_wait","zh-CN","等待补货","亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货，新货预计 {{restockDate}} 到，到货后第一时间给您发出。请问您愿意等一等吗？不方便等的话，我们马上为您全额退款。","offer_wait.zh-CN"],
  ["offer_refund","zh-CN","取消并退款","亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）缺货，短期内补不上。我们会为您取消订单并全额退款 {{refundAmount}}，钱款原路返回。给您添麻烦了，真的很抱歉！","offer_refund.zh-CN"],
  ["refund_done","zh-CN","退款完成","亲，{{buyerName}}您好！订单 {{orderNo}} 已为您取消，退款 {{refundAmount}} 已原路退回，请留意查收。再次抱歉，欢迎您下次光临！","refund_done.zh-CN"],
  ["notify","en","Out-of-stock notice","Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock and cannot ship on time. We would like to agree with you on what to do. Could you reply when you have a moment?","notify.en"],
  ["offer_substitute","en","Offer a substitute","Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. We can send you {{substitute}} instead, at the same price, right away. Would that be all right? If not, we will refund you in full ({{refundAmount}}).","offer_substitute.en"],
  ["offer_coupon","en","Compensation or coupon","Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. As an apology we have {{coupon}} of compensation for you. You can wait for the restock (expected {{restockDate}}), or we cancel the order and refund you in full ({{refundAmount}}). Which would you prefer?","offer_coupon.en"],
  ["offer_wait","en","Wait for restock","Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. New stock is expected {{restockDate}} and we will ship yours first. Would you be willing to wait? If not, we will refund you in full right away.","offer_wait.en"],
  ["offer_refund","en","Cancel and refund","Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock and cannot be restocked soon. We will cancel the order and refund you in full ({{refundAmount}}) to your original payment method. Our apologies for the trouble.","offer_refund.en"],
  ["refund_done","en","Refund done","Hello {{buyerName}}, order {{orderNo}} has been cancelled and {{refundAmount}} refunded to your original payment method. Sorry again, and we hope to see you back soon.","refund_done.en"]
]

/** When these presets were written: a constant, so two shops built from the same data are identical row for row. */
const PRESETS_WRITTEN_AT = '2026-11-26T00:00:00.000Z'

export const v004Queue: Migration = {
  version: 4,
  name: 'cancellation queue: cases, timeline, templates, cancel reasons, stockout causes',
  up: (db) => {
    db.exec(SQL)
    const at = PRESETS_WRITTEN_AT
    const cause = db.prepare(
      `INSERT INTO queue_causes (code, label_zh, label_en, builtin, position, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)`
    )
    CAUSE_ROWS.forEach(([code, zh, en], i) => cause.run(code, zh, en, i, at, at))
    const reason = db.prepare(
      `INSERT INTO queue_cancel_reasons (platform, code, label, label_en, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    for (const platform of REASON_PLATFORMS) REASON_ROWS.forEach(([code, zh, en], i) => reason.run(platform, code, zh, en, i, at, at))
    const template = db.prepare(
      `INSERT INTO queue_templates (kind, lang, name, body, preset, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    for (const row of TEMPLATE_ROWS) template.run(...row, at, at)
  }
}
