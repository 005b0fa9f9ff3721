import type { Migration } from '../migrations'

// Schema v1. Money is integer fen; times are UTC ISO-8601 strings (sortable as text).
// Stock on hand lives only in the ledger (stock_movements); products.on_hand is a
// cache kept by a trigger, and its CHECK refuses any movement that would take it
// below zero, which aborts the movement's INSERT as well.
const SQL = `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE suppliers (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  contact        TEXT NOT NULL DEFAULT '',
  lead_time_days INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days BETWEEN 0 AND 365),
  note           TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE products (
  id             INTEGER PRIMARY KEY,
  merchant_code  TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  spec           TEXT NOT NULL DEFAULT '',
  price_fen      INTEGER NOT NULL DEFAULT 0 CHECK (price_fen >= 0),
  unit_cost_fen  INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_fen >= 0),
  safety_stock   INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
  supplier_id    INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
  lead_time_days INTEGER CHECK (lead_time_days BETWEEN 0 AND 365),
  on_hand        INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX products_supplier ON products(supplier_id);

CREATE TABLE product_substitutes (
  product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  substitute_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  rank          INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, substitute_id),
  CHECK (product_id <> substitute_id)
) STRICT;

CREATE TABLE stock_movements (
  id              INTEGER PRIMARY KEY,
  product_id      INTEGER NOT NULL REFERENCES products(id),
  type            TEXT NOT NULL CHECK (type IN ('receive','count','adjust','ship','return')),
  quantity        INTEGER NOT NULL,
  counted         INTEGER CHECK (counted >= 0),
  reason          TEXT NOT NULL DEFAULT '',
  idempotency_key TEXT UNIQUE,
  ref             TEXT,
  created_at      TEXT NOT NULL,
  CHECK (type = 'count' OR quantity <> 0),
  CHECK (type <> 'count' OR counted IS NOT NULL)
) STRICT;
CREATE INDEX stock_movements_product ON stock_movements(product_id, id);

CREATE TRIGGER stock_movements_apply AFTER INSERT ON stock_movements BEGIN
  UPDATE products SET on_hand = on_hand + NEW.quantity WHERE id = NEW.product_id;
END;
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements BEGIN
  SELECT RAISE(ABORT, 'stock_movements is append-only');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements BEGIN
  SELECT RAISE(ABORT, 'stock_movements is append-only');
END;

CREATE TABLE orders (
  id               INTEGER PRIMARY KEY,
  platform         TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  order_no         TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('unpaid','awaiting_shipment','shipped','received','cancelled')),
  after_sale       TEXT NOT NULL DEFAULT 'none' CHECK (after_sale IN ('none','in_progress','refunded')),
  paid_fen         INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
  paid_at          TEXT,
  promised_ship_at TEXT,
  shipped_at       TEXT,
  buyer_name       TEXT NOT NULL DEFAULT '',
  buyer_phone      TEXT NOT NULL DEFAULT '',
  address          TEXT NOT NULL DEFAULT '',
  buyer_note       TEXT NOT NULL DEFAULT '',
  merchant_note    TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  UNIQUE (platform, order_no)
) STRICT;
CREATE INDEX orders_status_deadline ON orders(status, promised_ship_at);
CREATE INDEX orders_paid_at ON orders(paid_at);

CREATE TABLE order_lines (
  id                  INTEGER PRIMARY KEY,
  order_id            INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  line_no             INTEGER NOT NULL,
  sub_order_no        TEXT,
  merchant_code       TEXT NOT NULL DEFAULT '',
  platform_product_id TEXT NOT NULL DEFAULT '',
  platform_sku_id     TEXT NOT NULL DEFAULT '',
  title               TEXT NOT NULL DEFAULT '',
  spec                TEXT NOT NULL DEFAULT '',
  quantity            INTEGER NOT NULL CHECK (quantity > 0),
  amount_fen          INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
  product_id          INTEGER REFERENCES products(id) ON DELETE SET NULL,
  UNIQUE (order_id, line_no)
) STRICT;
CREATE INDEX order_lines_product ON order_lines(product_id);
CREATE INDEX order_lines_merchant_code ON order_lines(merchant_code);

CREATE TABLE sku_mappings (
  id            INTEGER PRIMARY KEY,
  platform      TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  platform_code TEXT NOT NULL,
  product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  UNIQUE (platform, platform_code)
) STRICT;

CREATE TABLE incoming_stock (
  id           INTEGER PRIMARY KEY,
  product_id   INTEGER NOT NULL REFERENCES products(id),
  supplier_id  INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
  quantity     INTEGER NOT NULL CHECK (quantity > 0),
  ordered_at   TEXT,
  expected_at  TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','received','cancelled')),
  received_at  TEXT,
  movement_id  INTEGER REFERENCES stock_movements(id),
  note         TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX incoming_stock_product ON incoming_stock(product_id, status);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT,
  detail    TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`

export const v001Initial: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(SQL)
  }
}
