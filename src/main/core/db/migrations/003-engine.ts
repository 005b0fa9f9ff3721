import type { Migration } from '../migrations'

// Issue #4, the stockout engine. Platform rules are data (presets with their
// source and date, editable, one active per platform). The engine_* tables hold
// the results of the last recompute so screens read them instantly; each
// recompute replaces them whole and nothing else writes them. They carry no
// foreign keys on purpose: they are a derived cache rebuilt in one transaction,
// and a parent lookup per row would double the cost of writing 200,000 rows.
// Money is integer fen, percentages basis points, times UTC ISO text.
const SQL = `
CREATE TABLE platform_rules (
  id                  INTEGER PRIMARY KEY,
  platform            TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  preset              TEXT UNIQUE,
  edited              INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0,1)),
  name                TEXT NOT NULL,
  ship_window_hours   INTEGER NOT NULL CHECK (ship_window_hours BETWEEN 1 AND 720),
  late_kind           TEXT NOT NULL CHECK (late_kind IN ('fixed','percent')),
  late_fixed_fen      INTEGER NOT NULL DEFAULT 0 CHECK (late_fixed_fen >= 0),
  late_percent_bp     INTEGER NOT NULL DEFAULT 0 CHECK (late_percent_bp BETWEEN 0 AND 10000),
  late_min_fen        INTEGER NOT NULL DEFAULT 0 CHECK (late_min_fen >= 0),
  late_max_fen        INTEGER CHECK (late_max_fen IS NULL OR late_max_fen >= late_min_fen),
  stockout_kind       TEXT NOT NULL CHECK (stockout_kind IN ('fixed','percent')),
  stockout_fixed_fen  INTEGER NOT NULL DEFAULT 0 CHECK (stockout_fixed_fen >= 0),
  stockout_percent_bp INTEGER NOT NULL DEFAULT 0 CHECK (stockout_percent_bp BETWEEN 0 AND 10000),
  stockout_min_fen    INTEGER NOT NULL DEFAULT 0 CHECK (stockout_min_fen >= 0),
  stockout_max_fen    INTEGER CHECK (stockout_max_fen IS NULL OR stockout_max_fen >= stockout_min_fen),
  source              TEXT NOT NULL DEFAULT '',
  source_date         TEXT,
  active              INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1)),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX platform_rules_one_active ON platform_rules(platform) WHERE active = 1;

CREATE INDEX incoming_stock_open_eta ON incoming_stock(status, expected_at);

CREATE TABLE engine_state (
  id                  INTEGER PRIMARY KEY CHECK (id = 1),
  computed_at         TEXT NOT NULL,
  duration_ms         INTEGER NOT NULL,
  service_level       REAL NOT NULL,
  open_orders         INTEGER NOT NULL,
  ready_orders        INTEGER NOT NULL,
  short_orders        INTEGER NOT NULL,
  unmapped_orders     INTEGER NOT NULL,
  wait_orders         INTEGER NOT NULL,
  substitute_orders   INTEGER NOT NULL,
  cancel_orders       INTEGER NOT NULL,
  late_fen_short      INTEGER NOT NULL,
  stockout_fen_short  INTEGER NOT NULL,
  -- The demand window (whole days in the shop's time zone) and what it was computed for:
  -- demand figures are reused until the day, the time zone or the orders change.
  demand_day          TEXT,
  demand_time_zone    TEXT,
  demand_from         TEXT,
  demand_to           TEXT,
  demand_days         INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Every open order: its state, place in the queue (rank 1 is served first; rank order
-- is urgency order, deadline first), deadline and late-shipment compensation. Kept
-- narrow, without CHECKs or secondary indexes, because every recompute rewrites up to
-- 200,000 rows of it; where the deadline came from is read from orders.promised_ship_at.
CREATE TABLE engine_orders (
  order_id  INTEGER PRIMARY KEY,
  rank      INTEGER NOT NULL,
  state     TEXT NOT NULL,
  deadline  TEXT,
  late_fen  INTEGER NOT NULL
) STRICT;

-- What to do about each short order; rank and deadline repeated so the most urgent come first by index.
CREATE TABLE engine_actions (
  order_id        INTEGER PRIMARY KEY,
  rank            INTEGER NOT NULL,
  deadline        TEXT,
  recommendation  TEXT NOT NULL CHECK (recommendation IN ('wait','substitute','cancel')),
  stockout_fen    INTEGER NOT NULL CHECK (stockout_fen >= 0),
  reason_key      TEXT NOT NULL,
  reason_params   TEXT NOT NULL DEFAULT '{}',
  product_id      INTEGER,
  substitute_id   INTEGER,
  ready_at        TEXT,
  lacking         TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX engine_actions_rank ON engine_actions(rank);
CREATE INDEX engine_actions_deadline ON engine_actions(deadline);

CREATE TABLE engine_skus (
  product_id       INTEGER PRIMARY KEY,
  on_hand          INTEGER NOT NULL CHECK (on_hand >= 0),
  allocated        INTEGER NOT NULL CHECK (allocated >= 0 AND allocated <= on_hand),
  available        INTEGER NOT NULL CHECK (available >= 0),
  open_units       INTEGER NOT NULL,
  open_orders      INTEGER NOT NULL,
  waiting_units    INTEGER NOT NULL,
  waiting_orders   INTEGER NOT NULL,
  lacking_units    INTEGER NOT NULL,
  lacking_orders   INTEGER NOT NULL,
  incoming_units   INTEGER NOT NULL,
  incoming_next_at TEXT,
  overdue_units    INTEGER NOT NULL,
  avg_daily        REAL,
  sigma_daily      REAL,
  in_stock_days    INTEGER NOT NULL,
  demand_units     INTEGER NOT NULL,
  lead_time_days   INTEGER NOT NULL,
  lead_sigma       REAL,
  stat_safety      INTEGER,
  safety_used      INTEGER NOT NULL,
  safety_formula   TEXT NOT NULL,
  reorder_point    INTEGER,
  suggested_qty    INTEGER NOT NULL CHECK (suggested_qty >= 0),
  days_of_cover    REAL,
  run_out_at       TEXT
) STRICT;

CREATE TABLE engine_demand (
  product_id     INTEGER PRIMARY KEY,
  in_stock_days  INTEGER NOT NULL,
  units          INTEGER NOT NULL,
  avg_daily      REAL NOT NULL,
  sigma_daily    REAL NOT NULL
) STRICT;
`

/**
 * The platform rule presets exactly as this migration wrote them when it landed
 * (platform, preset, name, ship window, late kind/fixed/bp/min/max, stockout
 * kind/fixed/bp/min/max, source, source date, active). A frozen copy: the live
 * presets in engine/presets.ts may change; what version 3 wrote may not.
 */
// prettier-ignore
const RULE_ROWS: readonly (readonly (string | number | null)[])[] = [
  ["pdd","pdd_fixed_3","拼多多 · 延迟发货每单 ¥3",48,"fixed",300,0,0,null,"fixed",300,0,0,null,"延迟发货：每单固定 ¥3（48 小时发货规则的公开报道；一则新闻称自 2022-12-09 起暂停执行；ERP 账单数据显示 2025 年订单有 ¥3.0 的“延迟发货扣款”）。缺货扣款：资料中只有账单项目，没有金额，假设同为 ¥3，请按实际账单修改。发货时限：普通商品 48 小时（部分商品 24 小时）。","2025",1],
  ["pdd","pdd_percent_10","拼多多 · 实付 10%（最低 ¥5，最高 ¥100）",48,"percent",0,1000,500,10000,"percent",0,1000,500,10000,"一则未注明日期的公开资料：付款后多日仍未发货的订单，按用户实付金额的 10% 赔付，最低 ¥5，最高 ¥100。缺货扣款：没有公开金额，假设与延迟发货相同，请按实际账单修改。",null,0],
  ["taobao","taobao_percent_5","淘宝 · 实付 5%（最低 ¥5，最高 ¥30）",48,"percent",0,500,500,3000,"percent",0,500,500,3000,"假设：资料中只有账单项目“卖家延迟发货赔付红包”“淘宝缺货赔付红包”，没有金额。采用常被引用的淘宝延迟发货违约金：成交金额的 5%，最低 ¥5，最高 ¥30（未与现行规则核对）；缺货按同样方式估算。发货时限：假设 48 小时（经典规则为 72 小时；取较早者，截止时间就不会晚于平台的）。导出文件没有承诺发货时间时才用它。",null,1],
  ["douyin","douyin_percent_10","抖店 · 实付 10%（最低 ¥5，最高 ¥100）（假设）",48,"percent",0,1000,500,10000,"percent",0,1000,500,10000,"假设：资料中没有抖店的赔付金额。为了不低估风险，采用已知预设中最高的一种：实付金额的 10%，最低 ¥5，最高 ¥100。发货时限假设 48 小时（导出文件中有“承诺发货时间”时以它为准）。请按抖店后台规则和账单修改。",null,1],
  ["other","other_none","其他平台 · 不计赔付",48,"fixed",0,0,0,null,"fixed",0,0,0,null,"没有平台规则：发货时限假设为付款后 48 小时，不计赔付。请按实际情况修改。",null,1]
]

/** When these presets were written: a constant, so two shops built from the same data are identical row for row. */
const PRESETS_WRITTEN_AT = '2026-11-26T00:00:00.000Z'

export const v003Engine: Migration = {
  version: 3,
  name: 'stockout engine: platform rules, stored allocation and triage',
  up: (db) => {
    db.exec(SQL)
    const insert = db.prepare(
      `INSERT INTO platform_rules (platform, preset, name, ship_window_hours,
         late_kind, late_fixed_fen, late_percent_bp, late_min_fen, late_max_fen,
         stockout_kind, stockout_fixed_fen, stockout_percent_bp, stockout_min_fen, stockout_max_fen,
         source, source_date, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    for (const row of RULE_ROWS) insert.run(...row, PRESETS_WRITTEN_AT, PRESETS_WRITTEN_AT)
  }
}
