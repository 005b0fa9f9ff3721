// Writes a results table keyed by its first column so that it holds exactly the given rows, touching
// only the rows whose values differ from what it holds: a recompute from scratch over an unchanged
// shop (a fresh process, the periodic refresh after another connection wrote) finds most of
// engine_actions and engine_skus as they were. Reading them back as JSON (db/json-rows.ts) and
// comparing costs less than rewriting them: with 17,800 actions and 20,000 SKUs, a recompute from
// scratch over an unchanged shop took a median 940 ms instead of 1,035 (interleaved runs, issue 15).
import type { Db } from '../db/open'
import { jsonRowsSql, readJsonRows } from '../db/json-rows'
import { prepared } from '../db/prepared'
import { BulkWriter } from './bulk-writer'

type Value = string | number | null

/** Past this share of rows changed, the table is emptied and written whole (fewer statements than replacing rows one by one). */
const REWRITE_SHARE = 0.3

/** Values compare with ===: stored REALs come back exact (see db/json-rows.ts), so no changed double passes for equal. */
export function writeChangedRows(db: Db, table: string, columns: readonly string[], rows: readonly Value[][]): void {
  const stored = new Map<Value, Value[]>()
  for (const r of readJsonRows<Value[]>(db, jsonRowsSql(columns, `FROM ${table}`))) stored.set(r[0]!, r)
  const changed: Value[][] = []
  for (const row of rows) {
    const was = stored.get(row[0]!)
    stored.delete(row[0]!)
    if (!was || row.some((v, k) => v !== was[k])) changed.push(row)
  }
  let verb: 'INSERT' | 'INSERT OR REPLACE' = 'INSERT OR REPLACE'
  let write = changed
  if (changed.length > rows.length * REWRITE_SHARE) {
    prepared(db, `DELETE FROM ${table}`).run()
    verb = 'INSERT'
    write = rows as Value[][]
  } else if (stored.size > 0) {
    prepared(db, `DELETE FROM ${table} WHERE ${columns[0]} IN (SELECT value FROM json_each(?))`).run(JSON.stringify([...stored.keys()]))
  }
  const writer = new BulkWriter(db, table, columns, verb)
  for (const row of write) writer.row(...row)
  writer.flush()
}
