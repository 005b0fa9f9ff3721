import type { Migration } from '../migrations'

// Issue #14, undo an import. Each import records, in its own transaction, what it needs to
// be taken back exactly: the rows it inserted (as id ranges: a bulk insert of 200,000 orders
// is one journal row) and the image of every row it changed, taken just before the change.
// Undo walks the journal backwards; the journal is dropped once the batch is undone.
//
// The stock ledger stays append-only for everything except an undo: an import's own
// movements are removed with it (not reversed by new ones), because a SKU the import created
// can only go if its movements go, and a re-import of the same stock list must find its
// count keys free again. The delete trigger lets a movement go only while it is listed in
// stock_movement_release, which the undo fills and empties inside its one transaction; a
// second trigger takes the removed quantity back off the on-hand cache (its CHECK still
// refuses a negative on hand). UPDATE stays forbidden.
const SQL = `
ALTER TABLE import_batches ADD COLUMN undone_at TEXT;

CREATE TABLE import_undo (
  batch_id       INTEGER PRIMARY KEY REFERENCES import_batches(id) ON DELETE CASCADE,
  -- Movements the batch appended: id in (movement_from, movement_to].
  movement_from  INTEGER NOT NULL,
  movement_to    INTEGER NOT NULL CHECK (movement_to >= movement_from),
  -- The last id of these tables when the batch committed: anything later is a later change.
  audit_after    INTEGER NOT NULL,
  event_after    INTEGER NOT NULL,
  mapping_after  INTEGER NOT NULL,
  product_after  INTEGER NOT NULL
) STRICT;

CREATE TABLE import_undo_rows (
  id        INTEGER PRIMARY KEY,
  batch_id  INTEGER NOT NULL REFERENCES import_undo(batch_id) ON DELETE CASCADE,
  tbl       TEXT NOT NULL CHECK (tbl IN ('orders','order_lines','products','suppliers','bundles','bundle_parts','status_meanings')),
  row_from  INTEGER NOT NULL,
  row_to    INTEGER NOT NULL CHECK (row_to >= row_from),
  -- NULL: rows row_from..row_to were inserted by the batch. Otherwise the JSON image of row
  -- row_from (by rowid) as it was before the batch changed or deleted it.
  image     TEXT
) STRICT;
CREATE INDEX import_undo_rows_batch ON import_undo_rows(batch_id, tbl, row_from);

CREATE TABLE stock_movement_release (
  movement_id INTEGER PRIMARY KEY
) STRICT;

DROP TRIGGER stock_movements_no_delete;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
WHEN NOT EXISTS (SELECT 1 FROM stock_movement_release WHERE movement_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
CREATE TRIGGER stock_movements_unapply AFTER DELETE ON stock_movements BEGIN
  UPDATE products SET on_hand = on_hand - OLD.quantity WHERE id = OLD.product_id;
END;
`

export const v007ImportUndo: Migration = {
  version: 7,
  name: 'import undo: journal of what each import changed; an undone import releases its own stock movements',
  up: (db) => {
    db.exec(SQL)
  }
}
