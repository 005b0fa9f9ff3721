// Incoming stock: deliveries ordered from suppliers and not yet on the shelf.
// They never change on hand; receiving one appends a 'receive' movement to the
// ledger (the only way stock changes) and links it, in one transaction. The
// movement's idempotency key is the delivery's, so a delivery can be received
// only once, even by two windows at the same moment.
import type { ParsedInput } from '../../../shared/contract'
import type { IncomingRow, IncomingStatus } from '../../../shared/engine-types'
import { AppError } from '../../../shared/errors'
import type { Movement, Page } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { appendMovement } from '../inventory/ledger'
import { searchPattern, skuMatches } from '../search/rule'

const SELECT = `
  SELECT i.id, i.product_id AS productId, p.merchant_code AS merchantCode, p.name AS productName, p.spec,
    i.supplier_id AS supplierId, s.name AS supplierName, i.quantity, i.ordered_at AS orderedAt, i.expected_at AS expectedAt,
    i.status, (i.status = 'open' AND i.expected_at < :now) AS overdue, i.received_at AS receivedAt, i.movement_id AS movementId,
    i.note, i.created_at AS createdAt
  FROM incoming_stock i JOIN products p ON p.id = i.product_id LEFT JOIN suppliers s ON s.id = i.supplier_id`

type Raw = Omit<IncomingRow, 'overdue'> & { overdue: number }
const toRow = (r: Raw): IncomingRow => ({ ...r, overdue: r.overdue === 1 })

export function listIncoming(ctx: CoreContext, q: ParsedInput<'incoming.list'>): Page<IncomingRow> {
  // The search: the SKU's code or name, the supplier's name or the delivery's note.
  const where = `WHERE (:status IS NULL OR i.status = :status) AND (:productId IS NULL OR i.product_id = :productId)
    AND (:like IS NULL OR ${skuMatches('p', 's')} OR i.note LIKE :like ESCAPE '\\')`
  const params = { status: q.status, productId: q.productId, like: searchPattern(q.search), now: isoNow(ctx) }
  const from = 'FROM incoming_stock i JOIN products p ON p.id = i.product_id LEFT JOIN suppliers s ON s.id = i.supplier_id'
  const total = (prepared(ctx.db, `SELECT COUNT(*) AS n ${from} ${where}`).get(params) as { n: number }).n
  const rows = prepared(ctx.db, `${SELECT} ${where} ORDER BY i.status = 'open' DESC, i.expected_at, i.id LIMIT :limit OFFSET :offset`).all({
    ...params,
    limit: q.limit,
    offset: q.offset
  }) as Raw[]
  return { total, rows: rows.map(toRow) }
}

export function getIncoming(ctx: CoreContext, id: number): IncomingRow {
  const row = prepared(ctx.db, `${SELECT} WHERE i.id = :id`).get({ id, now: isoNow(ctx) }) as Raw | undefined
  if (!row) throw new AppError('not_found', { entity: 'incoming', id }, 'id')
  return toRow(row)
}

function openOne(ctx: CoreContext, id: number): { productId: number; quantity: number; status: IncomingStatus } {
  const row = prepared(ctx.db, 'SELECT product_id AS productId, quantity, status FROM incoming_stock WHERE id = ?').get(id) as
    | { productId: number; quantity: number; status: IncomingStatus }
    | undefined
  if (!row) throw new AppError('not_found', { entity: 'incoming', id }, 'id')
  if (row.status !== 'open') throw new AppError('conflict', { id, status: row.status }, 'id', 'engine.errors.incoming_not_open')
  return row
}

/** The supplier given, or the SKU's own when the input leaves it out. */
function supplierFor(ctx: CoreContext, productId: number, supplierId: number | null | undefined): number | null {
  if (supplierId === undefined) {
    const p = prepared(ctx.db, 'SELECT supplier_id AS s FROM products WHERE id = ?').get(productId) as { s: number | null } | undefined
    return p?.s ?? null
  }
  if (supplierId !== null && !prepared(ctx.db, 'SELECT 1 FROM suppliers WHERE id = ?').get(supplierId)) {
    throw new AppError('not_found', { entity: 'supplier', id: supplierId }, 'supplierId')
  }
  return supplierId
}

export function addIncoming(ctx: CoreContext, input: ParsedInput<'incoming.add'>): IncomingRow {
  const id = ctx.db
    .transaction(() => {
      if (!prepared(ctx.db, 'SELECT 1 FROM products WHERE id = ?').get(input.productId)) {
        throw new AppError('not_found', { entity: 'product', id: input.productId }, 'productId')
      }
      const now = isoNow(ctx)
      const supplierId = supplierFor(ctx, input.productId, input.supplierId)
      const { lastInsertRowid } = prepared(
        ctx.db,
        `INSERT INTO incoming_stock (product_id, supplier_id, quantity, ordered_at, expected_at, status, note, created_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`
      ).run(input.productId, supplierId, input.quantity, input.orderedAt ?? now, input.expectedAt, input.note.trim(), now)
      const newId = Number(lastInsertRowid)
      recordAudit(ctx, 'incoming.add', 'incoming', newId, { productId: input.productId, quantity: input.quantity, expectedAt: input.expectedAt, supplierId })
      return newId
    })
    .immediate()
  return getIncoming(ctx, id)
}

export function updateIncoming(ctx: CoreContext, input: ParsedInput<'incoming.update'>): IncomingRow {
  ctx.db
    .transaction(() => {
      const row = openOne(ctx, input.id)
      const supplierId = supplierFor(ctx, row.productId, input.supplierId)
      prepared(ctx.db, 'UPDATE incoming_stock SET quantity = ?, expected_at = ?, supplier_id = ?, note = ? WHERE id = ?').run(
        input.quantity,
        input.expectedAt,
        supplierId,
        input.note.trim(),
        input.id
      )
      recordAudit(ctx, 'incoming.update', 'incoming', input.id, { quantity: input.quantity, expectedAt: input.expectedAt, supplierId })
    })
    .immediate()
  return getIncoming(ctx, input.id)
}

export function cancelIncoming(ctx: CoreContext, input: ParsedInput<'incoming.cancel'>): IncomingRow {
  ctx.db
    .transaction(() => {
      openOne(ctx, input.id)
      const reason = input.reason.trim()
      prepared(
        ctx.db,
        `UPDATE incoming_stock SET status = 'cancelled', note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || ' / ' || ? END WHERE id = ?`
      ).run(reason, reason, reason, input.id)
      recordAudit(ctx, 'incoming.cancel', 'incoming', input.id, { reason })
    })
    .immediate()
  return getIncoming(ctx, input.id)
}

export function receiveIncoming(ctx: CoreContext, input: ParsedInput<'incoming.receive'>): { incoming: IncomingRow; movement: Movement } {
  const movement = ctx.db
    .transaction(() => {
      const row = openOne(ctx, input.id)
      const quantity = input.quantity ?? row.quantity
      const { movement } = appendMovement(ctx, {
        productId: row.productId,
        type: 'receive',
        delta: quantity,
        reason: '',
        ref: `incoming:${input.id}`,
        idempotencyKey: `incoming:${input.id}:receive`
      })
      prepared(ctx.db, `UPDATE incoming_stock SET status = 'received', received_at = ?, movement_id = ? WHERE id = ?`).run(
        isoNow(ctx),
        movement.id,
        input.id
      )
      recordAudit(ctx, 'incoming.receive', 'incoming', input.id, { productId: row.productId, expected: row.quantity, received: quantity, movementId: movement.id })
      return movement
    })
    .immediate()
  return { incoming: getIncoming(ctx, input.id), movement }
}
