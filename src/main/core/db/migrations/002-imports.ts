import type { Migration } from '../migrations'

// Issue #3: import history (so a report can be shown again and skipped rows
// exported later), saved column-mapping presets for generic files, and which
// import last touched an order and what it read.
const SQL = `
CREATE TABLE import_batches (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('orders','stock')),
  file_name    TEXT NOT NULL,
  file_sha256  TEXT NOT NULL,
  platform     TEXT,
  encoding     TEXT NOT NULL,
  rows         INTEGER NOT NULL CHECK (rows >= 0),
  created      INTEGER NOT NULL CHECK (created >= 0),
  updated      INTEGER NOT NULL CHECK (updated >= 0),
  unchanged    INTEGER NOT NULL CHECK (unchanged >= 0),
  skipped      INTEGER NOT NULL CHECK (skipped >= 0),
  report       TEXT NOT NULL DEFAULT '{}',
  imported_at  TEXT NOT NULL
) STRICT;
CREATE INDEX import_batches_sha ON import_batches(kind, file_sha256);

CREATE TABLE import_skipped_rows (
  batch_id  INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  row       INTEGER NOT NULL,
  cells     TEXT NOT NULL,
  problems  TEXT NOT NULL,
  PRIMARY KEY (batch_id, row)
) STRICT;

CREATE TABLE import_presets (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  platform    TEXT NOT NULL DEFAULT 'other' CHECK (platform IN ('pdd','taobao','douyin','other')),
  mapping     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

ALTER TABLE orders ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
-- Digest of the order as the last import read it: an unchanged order in a re-imported
-- file is recognised by comparing digests, without loading and comparing every field.
ALTER TABLE orders ADD COLUMN import_hash TEXT;
`

export const v002Imports: Migration = {
  version: 2,
  name: 'import batches, skipped rows, mapping presets',
  up: (db) => {
    db.exec(SQL)
  }
}
