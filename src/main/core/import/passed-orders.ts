// What an import lists about the orders its parse passed over (parse/row-digest.ts): they are the
// stored orders exactly, so a line's title and spec are read from the shop rather than the file.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

/** Title and spec of the first line the shop stored under a merchant code ('' when none). */
export function firstStoredLine(db: Db, code: string): { title: string; spec: string } {
  const row = prepared(db, 'SELECT title, spec FROM order_lines WHERE merchant_code = ? ORDER BY id LIMIT 1').get(code) as
    | { title: string; spec: string }
    | undefined
  return row ?? { title: '', spec: '' }
}
