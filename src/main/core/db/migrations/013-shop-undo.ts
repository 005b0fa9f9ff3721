import type { Migration } from '../migrations'

// Issue #16: an import may create shops (the platform's first default shop, or a shop
// named by the file's 店铺名称). Undoing that import must remove them again, so the
// undo journal (migration 007) learns the table 'shops'. SQLite cannot alter a CHECK:
// the journal table is rebuilt with the wider list, rows and index kept as they were.
const SQL = `
CREATE TABLE import_undo_rows_new (
  id        INTEGER PRIMARY KEY,
  batch_id  INTEGER NOT NULL REFERENCES import_undo(batch_id) ON DELETE CASCADE,
  tbl       TEXT NOT NULL CHECK (tbl IN ('orders','order_lines','products','suppliers','bundles','bundle_parts','status_meanings','shops')),
  row_from  INTEGER NOT NULL,
  row_to    INTEGER NOT NULL CHECK (row_to >= row_from),
  image     TEXT
) STRICT;
INSERT INTO import_undo_rows_new (id, batch_id, tbl, row_from, row_to, image)
  SELECT id, batch_id, tbl, row_from, row_to, image FROM import_undo_rows;
DROP TABLE import_undo_rows;
ALTER TABLE import_undo_rows_new RENAME TO import_undo_rows;
CREATE INDEX import_undo_rows_batch ON import_undo_rows(batch_id, tbl, row_from);
`

export const v013ShopUndo: Migration = {
  version: 13,
  name: 'import undo journal records shops an import created',
  up: (db) => db.exec(SQL)
}
