import type { Statement } from 'better-sqlite3'
import type { Db } from './open'

// Statements are prepared once per connection and reused; the SQL text is the key.
// Dynamic parts of SQL (sort columns, directions) come only from fixed lists, so
// the number of distinct texts stays small.
const cache = new WeakMap<Db, Map<string, Statement>>()

export function prepared<P extends unknown[] | object = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let perDb = cache.get(db)
  if (!perDb) {
    perDb = new Map()
    cache.set(db, perDb)
  }
  let stmt = perDb.get(sql)
  if (!stmt) {
    stmt = db.prepare(sql)
    perDb.set(sql, stmt)
  }
  return stmt as unknown as Statement<P, R>
}
