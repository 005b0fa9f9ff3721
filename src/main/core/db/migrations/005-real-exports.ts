import type { Migration } from '../migrations'

// Issue #11, real exports as they really come:
// - orders.refund_fen: the amount a refund recorded on the order (退款金额), shown with the
//   "refund recorded — check before shipping" flag; NULL when the file did not say.
// - orders.presale: pre-sale orders ship by their own date, never on the default window.
// - orders.order_part: 'order' / 'items' while only one of Taobao's two files has been imported.
// - status_meanings: what the merchant said an unknown 订单状态 text means, per platform (text_key
//   is the text with full-width punctuation folded, as the parser compares it).
// - bundles / bundle_parts: a shop code (组合装) that ships several stock SKUs × quantity.
// - import_skipped_rows gains the file (and sheet) a row came from: one import may read several files.
const SQL = `
ALTER TABLE orders ADD COLUMN refund_fen INTEGER CHECK (refund_fen IS NULL OR refund_fen >= 0);
ALTER TABLE orders ADD COLUMN presale INTEGER NOT NULL DEFAULT 0 CHECK (presale IN (0,1));
ALTER TABLE orders ADD COLUMN order_part TEXT NOT NULL DEFAULT 'whole' CHECK (order_part IN ('whole','order','items'));

CREATE TABLE status_meanings (
  id          INTEGER PRIMARY KEY,
  platform    TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  text        TEXT NOT NULL,
  text_key    TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('unpaid','awaiting_shipment','shipped','received','cancelled')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (platform, text_key)
) STRICT;

CREATE TABLE bundles (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE bundle_parts (
  bundle_id   INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  product_id  INTEGER NOT NULL REFERENCES products(id),
  quantity    INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
  PRIMARY KEY (bundle_id, product_id)
) STRICT;
CREATE INDEX bundle_parts_product ON bundle_parts(product_id);

CREATE TABLE import_skipped_rows_005 (
  batch_id  INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  file      TEXT NOT NULL DEFAULT '',
  row       INTEGER NOT NULL,
  cells     TEXT NOT NULL,
  problems  TEXT NOT NULL,
  PRIMARY KEY (batch_id, file, row)
) STRICT;
INSERT INTO import_skipped_rows_005 (batch_id, file, row, cells, problems)
  SELECT batch_id, '', row, cells, problems FROM import_skipped_rows;
DROP TABLE import_skipped_rows;
ALTER TABLE import_skipped_rows_005 RENAME TO import_skipped_rows;
`

export const v005RealExports: Migration = {
  version: 5,
  name: 'refund amounts, pre-sale, status meanings, bundles, skipped rows per file',
  up: (db) => {
    db.exec(SQL)
  }
}
