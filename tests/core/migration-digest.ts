// A digest of everything a migration leaves behind: each table's definition and
// every row, read in a fixed order. Shared by the frozen-migration test and the
// script that prints the digests of a new migration once it lands.
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { MIGRATIONS } from '../../src/main/core/db/migrations'

export type VersionDigest = Record<string, string>

/** Migrates an empty in-memory database to `version` and digests every table and index in it. */
export function digestAtVersion(version: number): VersionDigest {
  const db = new Database(':memory:')
  try {
    for (const m of MIGRATIONS) {
      if (m.version > version) break
      db.transaction(() => {
        m.up(db)
        db.pragma(`user_version = ${m.version}`)
      })()
    }
    const objects = db
      .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; sql: string | null }[]
    const out: VersionDigest = {}
    for (const o of objects) {
      const hash = createHash('sha256').update(o.sql ?? '')
      if (o.type === 'table') {
        const columns = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(o.name) as { name: string }[]).map((c) => `"${c.name}"`)
        const rows = db.prepare(`SELECT * FROM "${o.name}" ORDER BY ${columns.join(', ')}`).raw().all()
        hash.update('\n').update(JSON.stringify(rows))
      }
      out[`${o.type} ${o.name}`] = hash.digest('hex').slice(0, 16)
    }
    return out
  } finally {
    db.close()
  }
}
