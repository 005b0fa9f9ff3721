import type { Migration } from '../migrations'

// Issue #16, every shop in one place. A shop is a platform plus a name the merchant
// gives it; several shops (two Pinduoduo stores and a Taobao one) draw on one shared
// stock room, so stock stays shop-blind and only orders, imports and rules know
// their shop. Order numbers are unique per platform across all of a platform's
// shops, so UNIQUE(platform, order_no) still holds.
//
// - shops: one default shop per platform (the shop an import lands in when the file
//   doesn't name one and the merchant hasn't picked one); names unique per platform.
// - orders.shop_id / import_batches.shop_id: nullable so ALTER TABLE can add them;
//   every existing order is given its platform's default shop here, and every
//   import from now on writes one.
// - shop_rules: a shop may use another of its platform's rules than the platform's
//   active one (the fallback); the code checks the rule's platform matches.
//
// Existing shops get one default shop per platform that has orders, named in
// Chinese (the names are data the merchant renames in Settings), created at the
// time of that platform's first order so two shops migrated from the same data are
// identical row for row.
const SQL = `
CREATE TABLE shops (
  id          INTEGER PRIMARY KEY,
  platform    TEXT NOT NULL CHECK (platform IN ('pdd','taobao','douyin','other')),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 60),
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0,1)),
  created_at  TEXT NOT NULL,
  UNIQUE (platform, name)
) STRICT;
CREATE UNIQUE INDEX shops_one_default ON shops(platform) WHERE is_default = 1;

ALTER TABLE orders ADD COLUMN shop_id INTEGER REFERENCES shops(id);
CREATE INDEX orders_shop ON orders(shop_id, status);

ALTER TABLE import_batches ADD COLUMN shop_id INTEGER REFERENCES shops(id);

CREATE TABLE shop_rules (
  shop_id  INTEGER PRIMARY KEY REFERENCES shops(id) ON DELETE CASCADE,
  rule_id  INTEGER NOT NULL REFERENCES platform_rules(id) ON DELETE CASCADE
) STRICT;

INSERT INTO shops (platform, name, is_default, created_at)
SELECT platform,
       CASE platform WHEN 'pdd' THEN '拼多多店铺' WHEN 'taobao' THEN '淘宝店铺' WHEN 'douyin' THEN '抖音小店' ELSE '其他店铺' END,
       1,
       MIN(created_at)
FROM orders GROUP BY platform;

UPDATE orders SET shop_id = (SELECT s.id FROM shops s WHERE s.platform = orders.platform AND s.is_default = 1);
UPDATE import_batches SET shop_id = (SELECT s.id FROM shops s WHERE s.platform = import_batches.platform AND s.is_default = 1)
WHERE kind = 'orders';
`

export const v008Shops: Migration = {
  version: 8,
  name: 'shops: a platform plus a name; orders and imports know their shop; rules per shop',
  up: (db) => db.exec(SQL)
}
