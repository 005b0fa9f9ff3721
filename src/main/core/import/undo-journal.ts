// What an import records so it can be undone exactly (migration 007): the rows it inserted, as
// id ranges, and the image of each row it changed, taken just before the change. Written inside
// the import's own transaction; one prepared INSERT … SELECT per changed row, nothing for rows a
// bulk insert adds beyond one range, so recording costs little even at 200,000 orders.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

export type JournalTable = 'orders' | 'order_lines' | 'products' | 'suppliers' | 'bundles' | 'bundle_parts' | 'status_meanings' | 'shops'

interface Shape {
  /** Every column, in table order. */
  columns: string[]
  /** The INTEGER PRIMARY KEY column (the rowid's alias), or null when the rowid is hidden. */
  alias: string | null
}

const shapes = new WeakMap<Db, Map<string, Shape>>()

/** The columns of a table as the schema says now, so images follow every later migration. */
export function tableShape(db: Db, table: JournalTable): Shape {
  let perDb = shapes.get(db)
  if (!perDb) shapes.set(db, (perDb = new Map()))
  let shape = perDb.get(table)
  if (!shape) {
    const cols = db.pragma(`table_info(${table})`) as { name: string; type: string; pk: number }[]
    const pks = cols.filter((c) => c.pk > 0)
    shape = { columns: cols.map((c) => c.name), alias: pks.length === 1 && pks[0]!.type.toUpperCase() === 'INTEGER' ? pks[0]!.name : null }
    perDb.set(table, shape)
  }
  return shape
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`

export const maxRowid = (db: Db, table: JournalTable): number =>
  (prepared(db, `SELECT COALESCE(MAX(rowid), 0) AS n FROM ${table}`).get() as { n: number }).n

const maxId = (db: Db, table: string): number =>
  (prepared(db, `SELECT COALESCE(MAX(rowid), 0) AS n FROM ${table}`).get() as { n: number }).n

/** Rows journaled per statement by beforeEach. */
const JOURNAL_CHUNK = 5_000

export class UndoJournal {
  private readonly movementFrom: number

  constructor(
    private readonly db: Db,
    readonly batchId: number
  ) {
    this.movementFrom = maxId(db, 'stock_movements')
    // Opened first (the journal rows refer to it); the marks are set by finish().
    prepared(
      db,
      `INSERT INTO import_undo (batch_id, movement_from, movement_to, audit_after, event_after, mapping_after, product_after)
       VALUES (?, ?, ?, 0, 0, 0, 0)`
    ).run(batchId, this.movementFrom, this.movementFrom)
  }

  /** Images of the rows of `table` matching `where` (with `params`), before they change. */
  before(table: JournalTable, where: string, ...params: unknown[]): void {
    const { columns } = tableShape(this.db, table)
    const image = `json_object(${columns.map((c) => `'${c}', ${quote(c)}`).join(', ')})`
    prepared(
      this.db,
      `INSERT INTO import_undo_rows (batch_id, tbl, row_from, row_to, image) SELECT ?, '${table}', rowid, rowid, ${image} FROM ${table} WHERE ${where}`
    ).run(this.batchId, ...params)
  }

  /**
   * Images of the rows of `table` whose `column` is one of `values`, before they change: one statement
   * per few thousand, not one per row (an import updating 33,000 orders spent 0.9 s journaling them one
   * by one).
   */
  beforeEach(table: JournalTable, column: 'rowid' | 'order_id', values: readonly number[]): void {
    for (let i = 0; i < values.length; i += JOURNAL_CHUNK) {
      this.before(table, `${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values.slice(i, i + JOURNAL_CHUNK)))
    }
  }

  /** Rows `from`..`to` of `table` were inserted by this batch. */
  inserted(table: JournalTable, from: number, to: number): void {
    if (to < from) return
    prepared(this.db, 'INSERT INTO import_undo_rows (batch_id, tbl, row_from, row_to, image) VALUES (?, ?, ?, ?, NULL)').run(
      this.batchId,
      table,
      from,
      to
    )
  }

  /** Every row of `table` past `before` (its max rowid earlier in the batch) was inserted by this batch. */
  insertedSince(table: JournalTable, before: number): void {
    this.inserted(table, before + 1, maxRowid(this.db, table))
  }

  /** Closes the record, last thing in the import's transaction: its movements and where later changes begin. */
  finish(): void {
    prepared(
      this.db,
      `UPDATE import_undo SET movement_to = ?, audit_after = ?, event_after = ?, mapping_after = ?, product_after = ? WHERE batch_id = ?`
    ).run(
      maxId(this.db, 'stock_movements'),
      maxId(this.db, 'audit_log'),
      maxId(this.db, 'queue_events'),
      maxId(this.db, 'sku_mappings'),
      maxId(this.db, 'products'),
      this.batchId
    )
  }
}
