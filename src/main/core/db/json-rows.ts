// Big reads as one JSON text per statement. better-sqlite3 hands rows to JS value by value across
// the C++/JS boundary, about 1.5 µs for a row of seven integers; SQLite's json_group_array builds
// the same rows in C, and V8's JSON.parse reads them back far faster. Measured on the engine's
// open-order read (200,000 lines in slices of 16,384 orders): 450–530 ms as raw rows, 300 ms as
// JSON, of which SQLite itself takes 200 ms (issue 15).
//
// Integers (up to 2^53), text and NULL come back as they are. So do REALs: the SQLite that
// better-sqlite3 12 bundles (3.53) writes them with up to 17 significant digits, which gives back the
// exact double (json-rows.test.ts holds it to that); only -0 comes back as 0.
import type { Db } from './open'
import { prepared } from './prepared'

/**
 * `SELECT json_group_array(json_array(<columns>)) <rest>`: the rows `SELECT <columns> <rest>` would
 * return, in the order it would return them, as one JSON array of arrays. `rest` is the FROM clause
 * on (WHERE, ORDER BY inside a subquery when the order matters).
 */
export function jsonRowsSql(columns: readonly string[], rest: string): string {
  return `SELECT json_group_array(json_array(${columns.join(', ')})) ${rest}`
}

/** Runs a statement made with jsonRowsSql and parses its rows. */
export function readJsonRows<Row extends unknown[]>(db: Db, sql: string, ...params: unknown[]): Row[] {
  const text = prepared(db, sql).pluck().get(...params) as string | null
  // An aggregate over no rows still returns one row: '[]'. null only if the SQL was not made by jsonRowsSql.
  return text === null ? [] : (JSON.parse(text) as Row[])
}
