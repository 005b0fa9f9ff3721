// One action on many selected cases (mark notified, cancel with a reason, set a
// cause, undo). Each case is checked and written on its own savepoint inside one
// transaction: a refused case is listed and leaves nothing behind, the others are
// done; allocation is recomputed once at the end by the caller.
import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { BulkResult } from '../../../shared/queue-types'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { doCancel, doCause, doNotify, doUndo, type StepOutcome } from './actions'
import { findCase } from './rows'

export function bulkAction(ctx: CoreContext, input: ParsedInput<'queue.bulk'>): BulkResult & { orderChanged: boolean } {
  const db = ctx.db
  // Names the batch in the timeline and the audit log: unique because every batch that did anything added events.
  const next = (prepared(db, 'SELECT IFNULL(MAX(id), 0) + 1 AS n FROM queue_events').get() as { n: number }).n
  const batch = `${input.action}#${next}@${isoNow(ctx)}`
  const reasonByPlatform = new Map<string, number | null>()
  const reasonFor = (platform: string): number => {
    if (input.reasonId !== null) return input.reasonId
    const code = input.reasonCode ?? 'out_of_stock'
    if (!reasonByPlatform.has(platform)) {
      const row = prepared(db, 'SELECT id FROM queue_cancel_reasons WHERE platform = ? AND code = ? AND archived = 0').get(
        platform,
        code
      ) as { id: number } | undefined
      reasonByPlatform.set(platform, row?.id ?? null)
    }
    const id = reasonByPlatform.get(platform) ?? null
    if (id === null) throw new AppError('invalid_input', { field: 'reasonCode' }, 'reasonCode', 'errors.case_reason_invalid')
    return id
  }
  if (input.action === 'cause' && input.cause === null)
    throw new AppError('invalid_input', { field: 'cause' }, 'cause', 'errors.case_cause_unknown')

  const result: BulkResult = { done: 0, refused: [] }
  let orderChanged = false
  db.transaction(() => {
    for (const caseId of [...new Set(input.caseIds)]) {
      try {
        // A nested transaction is a savepoint: a case that fails half-way is rolled back alone.
        const out: StepOutcome = db.transaction(() => {
          const c = findCase(db, caseId)
          if (!c) throw new AppError('not_found', { entity: 'case', id: caseId }, 'caseIds', 'errors.case_not_found')
          switch (input.action) {
            case 'notify':
              return doNotify(ctx, caseId, { channel: input.channel, at: null, message: '' }, batch)
            case 'cancel':
              return doCancel(ctx, caseId, { reasonId: reasonFor(c.platform), note: input.note }, batch)
            case 'cause':
              return doCause(ctx, caseId, { cause: input.cause!, supplierId: input.supplierId, note: input.note }, batch)
            case 'undo':
              return doUndo(ctx, caseId, batch)
          }
        })()
        result.done++
        orderChanged ||= out.orderChanged
      } catch (e) {
        if (!(e instanceof AppError)) throw e
        const orderNo = (
          prepared(db, 'SELECT o.order_no AS n FROM queue_cases c JOIN orders o ON o.id = c.order_id WHERE c.id = ?').get(caseId) as
            { n: string } | undefined
        )?.n
        result.refused.push({ caseId, orderNo: orderNo ?? '', messageKey: e.messageKey, params: e.params })
      }
    }
  }).immediate()
  return { ...result, orderChanged }
}
