import type { Migration } from '../migrations'

// Issue #16, reminders. What the app has already shown the merchant, so a reminder is never
// shown twice: one row per short order reminded ('order:<id>') and one per morning summary
// ('summary:<YYYY-MM-DD>' in the shop's time zone). A row outlives its order on purpose: the
// order number is kept in the key's detail so a deleted order cannot make its id remind again.
const SQL = `
CREATE TABLE reminders_shown (
  key       TEXT PRIMARY KEY CHECK (length(key) BETWEEN 3 AND 80),
  kind      TEXT NOT NULL CHECK (kind IN ('order','summary')),
  order_id  INTEGER,
  shown_at  TEXT NOT NULL
) STRICT;
`

export const v009Reminders: Migration = {
  version: 9,
  name: 'reminders: what was already shown (one per short order, one summary per morning)',
  up: (db) => {
    db.exec(SQL)
  }
}
