import { CAUSE_PRESETS, REASON_PLATFORMS, REASON_PRESETS, TEMPLATE_PRESETS, templatePresetCode } from '../../queue/presets'
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
    CAUSE_PRESETS.forEach((c, i) => cause.run(c.code, c.zh, c.en, i, at, at))
    const reason = db.prepare(
      `INSERT INTO queue_cancel_reasons (platform, code, label, label_en, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    for (const platform of REASON_PLATFORMS) REASON_PRESETS.forEach((r, i) => reason.run(platform, r.code, r.zh, r.en, i, at, at))
    const template = db.prepare(
      `INSERT INTO queue_templates (kind, lang, name, body, preset, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    for (const t of TEMPLATE_PRESETS) template.run(t.kind, t.lang, t.name, t.body, templatePresetCode(t), at, at)
  }
}
