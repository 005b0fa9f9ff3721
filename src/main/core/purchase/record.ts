// Reading purchase lists from the stored reorder figures, and recording one as
// incoming deliveries: one open delivery per line (the supplier, the expected
// date, a note naming the list), all in one transaction. The list's key is kept
// in the audit log with the deliveries it made, so a second click (or a second
// window) with the same key records nothing and gets the first answer back.
import type { ParsedInput } from '../../../shared/contract'
import type { PurchaseList, PurchaseRecorded } from '../../../shared/calls/purchase'
import { AppError } from '../../../shared/errors'
import { messageFor } from '../../../shared/i18n/translate'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { getIncoming } from '../engine/incoming'
import { reorderPlan } from '../engine/reorder-plan'
import { getSettings } from '../settings/settings'
import { buildPurchaseLists, type BuildOptions } from './build'

type ListInput = Pick<ParsedInput<'purchase.record'>, 'lang' | 'shopName' | 'quantities'> & {
  supplier: BuildOptions['supplier']
  key: string | null
}

function lists(ctx: CoreContext, input: ListInput): PurchaseList[] {
  // Every SKU, zero suggestions included, so a quantity may add a SKU the engine left out.
  const plan = reorderPlan(ctx, { supplierId: null, includeZero: true, search: '' })
  return buildPurchaseLists(plan.groups, { ...input, nowMs: ctx.now().getTime(), timeZone: getSettings(ctx).timeZone })
}

export function purchaseLists(ctx: CoreContext, input: ParsedInput<'purchase.lists'>): PurchaseList[] {
  return lists(ctx, input)
}

interface Recorded {
  ref: string
  supplier: number | 'none'
  incomingIds: number[]
}

export function recordPurchase(ctx: CoreContext, input: ParsedInput<'purchase.record'>): PurchaseRecorded {
  const result = ctx.db
    .transaction((): { ref: string; ids: number[]; again: boolean } => {
      const earlier = prepared(
        ctx.db,
        `SELECT detail FROM audit_log WHERE entity = 'purchase' AND entity_id = ? AND action = 'purchase.record'`
      ).get(input.key) as { detail: string } | undefined
      if (earlier) {
        const d = JSON.parse(earlier.detail) as Recorded
        if (d.supplier !== input.supplier) throw new AppError('conflict', { ref: d.ref }, 'key', 'purchase.errors.key')
        return { ref: d.ref, ids: d.incomingIds, again: true }
      }
      const [list] = lists(ctx, input)
      if (!list || list.lines.length === 0 || !list.ref) throw new AppError('invalid_input', {}, 'quantities', 'purchase.errors.empty')
      const now = isoNow(ctx)
      const note = messageFor(input.lang, 'purchase.note', { ref: list.ref })
      const insert = prepared(
        ctx.db,
        `INSERT INTO incoming_stock (product_id, supplier_id, quantity, ordered_at, expected_at, status, note, created_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`
      )
      const ids = list.lines.map((l) => {
        const id = Number(insert.run(l.productId, list.supplierId, l.quantity, now, l.expectedAt, note, now).lastInsertRowid)
        recordAudit(ctx, 'incoming.add', 'incoming', id, {
          productId: l.productId,
          quantity: l.quantity,
          expectedAt: l.expectedAt,
          supplierId: list.supplierId
        })
        return id
      })
      const detail: Recorded = { ref: list.ref, supplier: input.supplier, incomingIds: ids }
      recordAudit(ctx, 'purchase.record', 'purchase', input.key, { ...detail })
      return { ref: list.ref, ids, again: false }
    })
    .immediate()
  return { ref: result.ref, alreadyRecorded: result.again, incoming: result.ids.map((id) => getIncoming(ctx, id)) }
}
