// Migration 8 (issue #16): a shop database from before shops gets one default shop
// per platform that has orders, every order and every order import is given its
// platform's default shop, and nothing else changes.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'

function databaseAtVersion7(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  for (const m of MIGRATIONS.filter((m) => m.version <= 7)) {
    m.up(db)
    db.pragma(`user_version = ${m.version}`)
  }
  const order = db.prepare(
    `INSERT INTO orders (platform, order_no, status, created_at, updated_at) VALUES (?, ?, 'awaiting_shipment', ?, ?)`
  )
  order.run('pdd', 'P1', '2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z')
  order.run('pdd', 'P2', '2026-11-19T01:00:00.000Z', '2026-11-19T01:00:00.000Z')
  order.run('taobao', 'T1', '2026-11-21T01:00:00.000Z', '2026-11-21T01:00:00.000Z')
  const batch = db.prepare(
    `INSERT INTO import_batches (kind, file_name, file_sha256, platform, encoding, rows, created, updated, unchanged, skipped, imported_at)
     VALUES (?, 'f.csv', 'x', ?, 'utf-8', 1, 1, 0, 0, 0, '2026-11-20T01:00:00.000Z')`
  )
  batch.run('orders', 'pdd')
  batch.run('stock', null)
  return db
}

const migrateTo8 = (db: Database.Database): void => {
  const m = MIGRATIONS.find((m) => m.version === 8)!
  db.transaction(() => m.up(db))()
}

describe('migration 8 gives every existing order a shop', () => {
  it('creates one default shop per platform that has orders, dated at that platform’s first order', () => {
    const db = databaseAtVersion7()
    migrateTo8(db)
    expect(db.prepare('SELECT platform, name, is_default, created_at FROM shops ORDER BY platform').all()).toEqual([
      { platform: 'pdd', name: '拼多多店铺', is_default: 1, created_at: '2026-11-19T01:00:00.000Z' },
      { platform: 'taobao', name: '淘宝店铺', is_default: 1, created_at: '2026-11-21T01:00:00.000Z' }
    ])
  })

  it('puts each order and each order import into its platform’s default shop, and leaves stock imports without one', () => {
    const db = databaseAtVersion7()
    migrateTo8(db)
    const rows = db
      .prepare('SELECT o.order_no, s.platform FROM orders o JOIN shops s ON s.id = o.shop_id ORDER BY o.order_no')
      .all()
    expect(rows).toEqual([
      { order_no: 'P1', platform: 'pdd' },
      { order_no: 'P2', platform: 'pdd' },
      { order_no: 'T1', platform: 'taobao' }
    ])
    expect(db.prepare('SELECT kind, shop_id IS NOT NULL AS has FROM import_batches ORDER BY id').all()).toEqual([
      { kind: 'orders', has: 1 },
      { kind: 'stock', has: 0 }
    ])
  })

  it('refuses a second default shop for a platform and a blank name', () => {
    const db = databaseAtVersion7()
    migrateTo8(db)
    const add = db.prepare(`INSERT INTO shops (platform, name, is_default, created_at) VALUES (?, ?, ?, '2026-11-26T00:00:00.000Z')`)
    expect(() => add.run('pdd', '第二家店', 1)).toThrow(/UNIQUE/)
    expect(() => add.run('pdd', '  ', 0)).toThrow(/CHECK/)
    expect(() => add.run('pdd', '第二家店', 0)).not.toThrow()
  })

  it('creates no shop in an empty database', () => {
    const db = new Database(':memory:')
    for (const m of MIGRATIONS.filter((m) => m.version <= 8)) m.up(db)
    expect(db.prepare('SELECT COUNT(*) AS n FROM shops').get()).toEqual({ n: 0 })
  })
})
