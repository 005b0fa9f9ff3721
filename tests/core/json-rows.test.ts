// Big reads come back as one JSON text (db/json-rows.ts): the rows must be exactly what a plain SELECT returns.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { jsonRowsSql, readJsonRows } from '../../src/main/core/db/json-rows'

function db() {
  const d = new Database(':memory:')
  d.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT) STRICT')
  return d
}

describe('rows read as JSON', () => {
  it('gives back integers, text and nulls exactly as a plain SELECT does, in its order', () => {
    const d = db()
    const texts = ['', 'plain', '含"引号"和\\反斜杠', 'line\nbreak\ttab', '😀 emoji', '\u0001control', '[1,2]', 'null', '   ']
    const insert = d.prepare('INSERT INTO t (id, n, s) VALUES (?, ?, ?)')
    texts.forEach((s, i) => insert.run(i + 1, i % 2 ? -(2 ** 53 - 1) : i * 1000, s))
    insert.run(100, null, null)
    const plain = d.prepare('SELECT id, n, s FROM t WHERE id > ? ORDER BY id DESC').raw().all(0)
    const json = readJsonRows(d, jsonRowsSql(['id', 'n', 's'], 'FROM (SELECT * FROM t WHERE id > ? ORDER BY id DESC)'), 0)
    expect(json).toEqual(plain)
    expect(json).toHaveLength(texts.length + 1)
  })

  it('gives back every REAL exactly (17 significant digits where needed), Infinity included', () => {
    const d = new Database(':memory:')
    d.exec('CREATE TABLE r (id INTEGER PRIMARY KEY, x REAL) STRICT')
    const values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e300, 5e-324, 123456789.12345678, 2 ** 53 + 2, Infinity, -Infinity, 4.35, -1.5e-7]
    const insert = d.prepare('INSERT INTO r (x) VALUES (?)')
    for (const v of values) insert.run(v)
    expect(readJsonRows<[number]>(d, jsonRowsSql(['x'], 'FROM (SELECT x FROM r ORDER BY id)')).map((r) => r[0])).toEqual(values)
  })

  it('gives an empty list when no row matches', () => {
    const d = db()
    expect(readJsonRows(d, jsonRowsSql(['id', 's'], 'FROM t WHERE id > ?'), 5)).toEqual([])
  })
})
