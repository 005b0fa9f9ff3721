import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CallInput, CallName, CallOutput, Handlers } from '../../src/shared/contract'
import type { ApiError } from '../../src/shared/errors'
import { createHandlers } from '../../src/main/core/handlers'
import { openDatabase, type Db } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import type { CoreContext } from '../../src/main/core/context'

import { TEST_NOW } from './clock'

/** The moment tests run at (tests/helpers/clock.ts). */
export const FIXED_NOW = TEST_NOW

export interface TestShop {
  db: Db
  ctx: CoreContext
  handlers: Handlers
  /** Calls through dispatch (validation included) and returns the value, throwing on an error envelope. */
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>
  /** Calls through dispatch and returns the error envelope's error (fails the test if the call succeeded). */
  fail: <K extends CallName>(name: K, input: unknown) => Promise<ApiError>
}

export function testShop(path = ':memory:', now: () => Date = () => FIXED_NOW): TestShop {
  const db = openDatabase(path)
  const ctx: CoreContext = { db, now, dbPath: path, appVersion: 'test' }
  const handlers = createHandlers(ctx)
  return {
    db,
    ctx,
    handlers,
    call: async (name, input) => {
      const r = await dispatch(handlers, name, input)
      if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`)
      return r.value as never
    },
    fail: async (name, input) => {
      const r = await dispatch(handlers, name, input)
      if (r.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(r.value).slice(0, 200)}`)
      return r.error
    }
  }
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stockout-desk-test-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Inserts an order with lines directly (the import issue adds the real path). */
export function insertOrder(
  db: Db,
  o: {
    platform?: string
    orderNo: string
    status?: string
    paidFen?: number
    paidAt?: string | null
    promisedShipAt?: string | null
    buyerName?: string
    lines: { productId: number | null; merchantCode: string; quantity: number; title?: string; spec?: string; amountFen?: number }[]
  }
): number {
  const now = FIXED_NOW.toISOString()
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO orders (platform, order_no, status, paid_fen, paid_at, promised_ship_at, buyer_name, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      o.platform ?? 'pdd',
      o.orderNo,
      o.status ?? 'awaiting_shipment',
      o.paidFen ?? 0,
      o.paidAt ?? now,
      o.promisedShipAt ?? null,
      o.buyerName ?? '',
      now,
      now
    )
  const orderId = Number(lastInsertRowid)
  o.lines.forEach((l, i) =>
    db
      .prepare(
        `INSERT INTO order_lines (order_id, line_no, merchant_code, title, spec, quantity, amount_fen, product_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(orderId, i + 1, l.merchantCode, l.title ?? '', l.spec ?? '', l.quantity, l.amountFen ?? 0, l.productId)
  )
  return orderId
}
