// The stock ledger: the only way stock changes. On hand is the sum of a SKU's
// movements (products.on_hand is a trigger-kept cache of that sum), and the
// schema's CHECK refuses any movement that would take it below zero.
import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { Movement, MovementType, Page } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'

const MOVEMENT_COLUMNS = `
  id, product_id AS productId, type, quantity,
  SUM(quantity) OVER (PARTITION BY product_id ORDER BY id) AS balance,
  counted, reason, ref, created_at AS createdAt`

export function listMovements(ctx: CoreContext, productId: number, offset: number, limit: number): Page<Movement> {
  const total = (prepared(ctx.db, 'SELECT COUNT(*) AS n FROM stock_movements WHERE product_id = ?').get(productId) as { n: number }).n
  const rows = prepared(
    ctx.db,
    `SELECT * FROM (SELECT ${MOVEMENT_COLUMNS} FROM stock_movements WHERE product_id = ?) ORDER BY id DESC LIMIT ? OFFSET ?`
  ).all(productId, limit, offset) as Movement[]
  return { total, rows }
}

function getMovement(ctx: CoreContext, id: number): Movement {
  return prepared(
    ctx.db,
    `SELECT * FROM (SELECT ${MOVEMENT_COLUMNS} FROM stock_movements WHERE product_id = (SELECT product_id FROM stock_movements WHERE id = ?)) WHERE id = ?`
  ).get(id, id) as Movement
}

export interface MovementInput {
  productId: number
  type: MovementType
  /** Signed change to on hand. */
  delta: number
  counted?: number | null
  reason?: string
  ref?: string | null
  idempotencyKey?: string | null
}

/**
 * Appends one movement. Must run inside a transaction when combined with other
 * writes; on its own it is atomic. A key seen before returns the movement it
 * recorded and changes nothing.
 */
export function appendMovement(ctx: CoreContext, m: MovementInput): { movement: Movement; replayed: boolean } {
  if (m.idempotencyKey) {
    const prior = prepared(ctx.db, 'SELECT id, product_id AS productId, type FROM stock_movements WHERE idempotency_key = ?').get(
      m.idempotencyKey
    ) as { id: number; productId: number; type: string } | undefined
    if (prior) {
      if (prior.productId !== m.productId || prior.type !== m.type) {
        throw new AppError('conflict', {}, 'idempotencyKey', 'errors.idempotency_reused')
      }
      return { movement: getMovement(ctx, prior.id), replayed: true }
    }
  }
  const product = prepared(ctx.db, 'SELECT on_hand AS onHand FROM products WHERE id = ?').get(m.productId) as { onHand: number } | undefined
  if (!product) throw new AppError('not_found', { entity: 'product', id: m.productId }, 'productId')
  // Checked here to name the numbers in the message; the schema's CHECK is the guard that cannot be bypassed.
  if (product.onHand + m.delta < 0) {
    throw new AppError('stock_negative', { onHand: product.onHand, change: m.delta }, 'quantity')
  }
  const { lastInsertRowid } = prepared(
    ctx.db,
    `INSERT INTO stock_movements (product_id, type, quantity, counted, reason, idempotency_key, ref, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(m.productId, m.type, m.delta, m.counted ?? null, m.reason ?? '', m.idempotencyKey ?? null, m.ref ?? null, isoNow(ctx))
  return { movement: getMovement(ctx, Number(lastInsertRowid)), replayed: false }
}

/** A movement the user records by hand: receive, count (stock take) or adjust, with a reason. */
export function recordManualMovement(ctx: CoreContext, input: ParsedInput<'stock.move'>): Movement {
  return ctx.db
    .transaction(() => {
      const onHand = (
        prepared(ctx.db, 'SELECT on_hand AS onHand FROM products WHERE id = ?').get(input.productId) as { onHand: number } | undefined
      )?.onHand
      if (onHand === undefined) throw new AppError('not_found', { entity: 'product', id: input.productId }, 'productId')
      let delta: number
      let counted: number | null = null
      switch (input.type) {
        case 'receive':
          if (input.quantity <= 0) throw new AppError('invalid_input', { field: 'quantity', reason: 'positive' }, 'quantity')
          delta = input.quantity
          break
        case 'adjust':
          if (input.quantity === 0) throw new AppError('invalid_input', { field: 'quantity', reason: 'nonzero' }, 'quantity')
          delta = input.quantity
          break
        case 'count':
          if (input.quantity < 0) throw new AppError('invalid_input', { field: 'quantity', reason: 'nonnegative' }, 'quantity')
          counted = input.quantity
          delta = input.quantity - onHand
          break
      }
      const { movement, replayed } = appendMovement(ctx, {
        productId: input.productId,
        type: input.type,
        delta,
        counted,
        reason: input.reason.trim(),
        idempotencyKey: input.idempotencyKey ?? null
      })
      if (!replayed) {
        recordAudit(ctx, `stock.${input.type}`, 'product', input.productId, {
          movementId: movement.id,
          quantity: delta,
          counted,
          reason: input.reason.trim()
        })
      }
      return movement
    })
    .immediate()
}
