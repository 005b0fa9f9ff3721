// Many rows into one table, a few hundred per statement (one statement per row costs more calls
// into SQLite; one for all rows, a statement too big to prepare), through one reused buffer.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

type Value = string | number | null

const ROWS_PER_STATEMENT = 200

/**
 * Many rows into one table, ROWS_PER_STATEMENT per statement, through one reused
 * buffer: no array of every value of 170,000 rows, and no copy per statement.
 */
export class BulkWriter {
  private readonly buffer: Value[]
  private at = 0
  private readonly full: Statement
  constructor(
    private readonly db: Db,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly verb: 'INSERT' | 'INSERT OR REPLACE' = 'INSERT'
  ) {
    this.full = this.statement(ROWS_PER_STATEMENT)
    this.buffer = new Array<Value>(ROWS_PER_STATEMENT * columns.length).fill(null)
  }

  private statement(rows: number): Statement {
    const one = `(${this.columns.map(() => '?').join(',')})`
    return prepared(
      this.db,
      `${this.verb} INTO ${this.table} (${this.columns.join(',')}) VALUES ${Array.from({ length: rows }, () => one).join(',')}`
    ) as Statement
  }

  /** One row's values, in the order of `columns`. */
  row(...values: Value[]): void {
    for (const v of values) this.buffer[this.at++] = v
    this.endRow()
  }

  /** One value of the current row: for the 170,000-row table, where an array per row shows in the profile. */
  put(value: Value): void {
    this.buffer[this.at++] = value
  }

  endRow(): void {
    if (this.at === this.buffer.length) {
      this.full.run(this.buffer)
      this.at = 0
    }
  }

  flush(): void {
    if (this.at > 0) this.statement(this.at / this.columns.length).run(this.buffer.slice(0, this.at))
    this.at = 0
  }
}
