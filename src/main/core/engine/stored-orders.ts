// What engine_orders holds, read back from the table. A recompute with no cache of its own (a fresh
// process, the desktop app after the import worker or the CLI wrote, the periodic refresh of a
// screen another connection changed) would otherwise rewrite all 170,000 rows of a big shop, most
// of them with the values they already hold. Reading them back (one JSON text, db/json-rows.ts)
// costs about a third of rewriting them, and then only the rows that differ are written. Not through
// changed-rows.ts: engine_orders is compared by order index in typed arrays (the shape the warm cache
// keeps, see cache.ts), not as 170,000 row arrays.
import type { Db } from '../db/open'
import { jsonRowsSql, readJsonRows } from '../db/json-rows'
import { prepared } from '../db/prepared'
import { STATES, type OpenOrders } from './allocate'
import type { Written } from './cache'

/** engine_orders by index of the orders just loaded, and the ids of rows whose order is no longer open. */
export type StoredWritten = Written & { gone: number[] }

/** Never a real rank (they start at 1) nor a real state: an order with no stored row always differs. */
const MISSING_RANK = -1
const MISSING_STATE = 255

const STORED_ROWS = jsonRowsSql(['order_id', 'rank', 'state', 'deadline', 'late_fen'], 'FROM engine_orders')

type StoredRow = [number, number, string, string | null, number]

export function storedWritten(db: Db, orders: OpenOrders): StoredWritten | null {
  if (prepared(db, 'SELECT 1 FROM engine_orders LIMIT 1').get() === undefined) return null
  const rows = readJsonRows<StoredRow>(db, STORED_ROWS)
  const n = orders.count
  const written: StoredWritten = {
    rank: new Int32Array(n).fill(MISSING_RANK),
    state: new Uint8Array(n).fill(MISSING_STATE),
    deadline: new Array<string | null>(n).fill(null),
    lateFen: new Float64Array(n),
    gone: []
  }
  const slotOf = slots(orders)
  const deadline = written.deadline as (string | null)[]
  for (const [id, rank, state, when, lateFen] of rows) {
    const i = slotOf(id)
    if (i === undefined) {
      written.gone.push(id)
      continue
    }
    written.rank[i] = rank
    // A state text this version does not know is left MISSING, so the row is rewritten.
    const s = STATES.indexOf(state as (typeof STATES)[number])
    written.state[i] = s < 0 ? MISSING_STATE : s
    deadline[i] = when
    written.lateFen[i] = lateFen
  }
  return written
}

/**
 * Order id → index in `orders`. The ids usually ascend and the table gives its rows in id order, so
 * a cursor walks both; an id behind the cursor is found by binary search. Ids that do not ascend
 * (not the loader's way, but allowed) go through a Map.
 */
function slots(orders: OpenOrders): (id: number) => number | undefined {
  const ids = orders.id
  let ascending = true
  for (let i = 1; i < ids.length && ascending; i++) ascending = ids[i - 1]! < ids[i]!
  if (!ascending) {
    const map = new Map<number, number>()
    for (let i = 0; i < ids.length; i++) map.set(ids[i]!, i)
    return (id) => map.get(id)
  }
  let cursor = 0
  return (id) => {
    while (cursor < ids.length && ids[cursor]! < id) cursor++
    if (cursor < ids.length && ids[cursor] === id) return cursor++
    let lo = 0
    let hi = ids.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = ids[mid]!
      if (v === id) return mid
      if (v < id) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
}
