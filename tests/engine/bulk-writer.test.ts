// The engine writes its results a few hundred rows per statement through one reused
// buffer; every row must arrive once, in order, whatever the count.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { BulkWriter } from '../../src/main/core/engine/bulk-writer'

describe('writing many rows a statement at a time', () => {
  it.each([0, 1, 199, 200, 201, 400, 1_234])('writes each of %i rows once, with its values, in order', (n) => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, amount REAL) STRICT')
    const w = new BulkWriter(db, 't', ['id', 'label', 'amount'])
    for (let i = 1; i <= n; i++) {
      if (i % 2) w.row(i, `r${i}`, i / 4)
      else {
        w.put(i)
        w.put(null)
        w.put(i / 4)
        w.endRow()
      }
    }
    w.flush()
    const rows = db.prepare('SELECT id, label, amount FROM t ORDER BY rowid').raw().all()
    expect(rows).toEqual(Array.from({ length: n }, (_, k) => [k + 1, (k + 1) % 2 ? `r${k + 1}` : null, (k + 1) / 4]))
    db.close()
  })

  it('replaces rows with the same key when asked to', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT) STRICT')
    db.prepare(`INSERT INTO t VALUES (1, 'old')`).run()
    const w = new BulkWriter(db, 't', ['id', 'label'], 'INSERT OR REPLACE')
    w.row(1, 'new')
    w.flush()
    expect(db.prepare('SELECT label FROM t WHERE id = 1').pluck().get()).toBe('new')
    db.close()
  })
})
