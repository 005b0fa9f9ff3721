// A results table rewritten with only the rows that differ must end up holding exactly the new rows.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { writeChangedRows } from '../../src/main/core/engine/changed-rows'

type Row = [number, string | null, number | null]
const COLUMNS = ['id', 'label', 'share']

function table(rows: Row[]) {
  const db = new Database(':memory:')
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, share REAL) STRICT;
    CREATE TABLE written (n INTEGER); INSERT INTO written VALUES (0);
    CREATE TRIGGER count_insert AFTER INSERT ON t BEGIN UPDATE written SET n = n + 1; END;`)
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?)')
  for (const r of rows) insert.run(...r)
  db.exec('UPDATE written SET n = 0')
  return {
    db,
    rows: () => db.prepare('SELECT * FROM t ORDER BY id').raw().all(),
    written: () => db.prepare('SELECT n FROM written').pluck().get()
  }
}

const before: Row[] = Array.from({ length: 10 }, (_, i): Row => [i + 1, `r${i + 1}`, i / 7])

describe('writing only the rows that changed', () => {
  it('leaves unchanged rows alone, rewrites changed ones, adds new ones and deletes the ones gone', () => {
    const t = table(before)
    const after: Row[] = before.filter((r) => r[0] !== 4).map((r): Row => (r[0] === 2 ? [2, 'changed', r[2]] : r))
    after.push([11, null, null])
    writeChangedRows(t.db, 't', COLUMNS, after)
    expect(t.rows()).toEqual(after)
    expect(t.written()).toBe(2)
  })

  it('sees a REAL that differs only past the 15th significant digit, and NULL apart from 0', () => {
    const t = table([
      [1, 'a', 0.1 + 0.2],
      [2, 'b', null],
      [3, 'c', 1 / 3],
      ...before.slice(3)
    ])
    const after: Row[] = [[1, 'a', 0.3], [2, 'b', 0], [3, 'c', 1 / 3], ...before.slice(3)]
    writeChangedRows(t.db, 't', COLUMNS, after)
    expect(t.rows()).toEqual(after)
    expect(t.written()).toBe(2)
  })

  it('rewrites the table whole when most rows changed, with the same result', () => {
    const t = table(before)
    const after = before.map((r): Row => [r[0], `${r[1]}!`, r[2]])
    writeChangedRows(t.db, 't', COLUMNS, after)
    expect(t.rows()).toEqual(after)
    expect(t.written()).toBe(10)
  })

  it('fills an empty table', () => {
    const t = table([])
    writeChangedRows(t.db, 't', COLUMNS, before)
    expect(t.rows()).toEqual(before)
  })
})
