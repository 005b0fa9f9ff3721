import type { Migration } from '../migrations'

// Issue #15, re-import speed. orders.import_hash is the digest of the order as the last import read
// it (normalised), so a re-import must still read every row to compare. import_row_digest is the
// digest of the file rows themselves, under the same reading (import/row-digest.ts): a re-import
// that meets the same rows again passes over the order without reading it. NULL for an order read
// before this column, from a Taobao half file, or from rows that raised any problem: those are
// always read in full.
const SQL = `
ALTER TABLE orders ADD COLUMN import_row_digest TEXT;
`

export const v015ImportRowDigest: Migration = {
  version: 15,
  name: 'orders: digest of the file rows an import read each order from',
  up: (db) => {
    db.exec(SQL)
  }
}
