// The cancellation queue's part of the handler table (issue #5). A step runs in
// one transaction; when it changed an order or its lines (a cancel, a substitute
// accepted, the undo of either) it reports the write, dispatch recomputes once it
// is committed — the recompute also brings every case up to date (queue/sync.ts)
// — and the call answers with the whole case as it is afterwards (reread).
import type { Handlers, ParsedInput } from '../../../shared/contract'
import type { QueueCase } from '../../../shared/queue-types'
import { PLACEHOLDER_INFO } from '../../../shared/template-placeholders'
import type { CoreContext } from '../context'
import { ensureFresh } from '../engine/recompute'
import { doAnswer, doCancel, doCause, doClose, doFollowup, doNotify, doOffer, doRefund, doUndo, type StepOutcome } from './actions'
import { bulkAction } from './bulk'
import { exportQueue } from './export'
import { archiveCause, archiveReason, listCauses, listReasons, saveCause, saveReason } from './lists'
import { getCase } from './case'
import { findCaseId, listQueue, queueCounts } from './read'
import { loadCase } from './rows'
import { deleteTemplate, draftMessage, listTemplates, resetTemplate, saveTemplate } from './templates'
import { writes } from '../writes'

export function queueHandlers(ctx: CoreContext) {
  // A step writes orders only sometimes: it says so through `wrote`.
  const step = <I>(run: (input: I) => StepOutcome) =>
    writes(
      ctx,
      'orders',
      (input: I, wrote?: () => void): QueueCase => {
        const out = ctx.db.transaction(() => run(input)).immediate()
        if (out.orderChanged) wrote?.()
        return getCase(ctx, out.caseId)
      },
      { when: 'reported', reread: (c) => getCase(ctx, c.caseId) }
    )
  // Reads bring the engine's results (and so the cases) up to date first, as the engine's screens do.
  const fresh = <T>(read: () => T): T => {
    ensureFresh(ctx)
    return read()
  }
  return {
    'queue.list': (input) => fresh(() => listQueue(ctx, input)),
    'queue.counts': (input) => fresh(() => queueCounts(ctx, input)),
    'queue.get': (input) => {
      // Found before anything is recomputed: a call for a case that does not exist changes nothing.
      const caseId = input.caseId ?? findCaseId(ctx, input.orderNo!, input.platform)
      loadCase(ctx.db, caseId)
      return fresh(() => getCase(ctx, caseId))
    },
    'queue.draft': (input) => draftMessage(ctx, input),
    'queue.notify': step(({ caseId, ...rest }: ParsedInput<'queue.notify'>) => doNotify(ctx, caseId, rest)),
    'queue.offer': step((input: ParsedInput<'queue.offer'>) => doOffer(ctx, input)),
    'queue.answer': step((input: ParsedInput<'queue.answer'>) => doAnswer(ctx, input)),
    'queue.cancel': step((input: ParsedInput<'queue.cancel'>) => doCancel(ctx, input.caseId, input)),
    'queue.refund': step((input: ParsedInput<'queue.refund'>) => doRefund(ctx, input)),
    'queue.followup': step((input: ParsedInput<'queue.followup'>) => doFollowup(ctx, input)),
    'queue.cause': step((input: ParsedInput<'queue.cause'>) => doCause(ctx, input.caseId, input)),
    'queue.close': step((input: ParsedInput<'queue.close'>) => doClose(ctx, input)),
    'queue.undo': step((input: ParsedInput<'queue.undo'>) => doUndo(ctx, input.caseId)),
    'queue.bulk': writes(
      ctx,
      'orders',
      (input: ParsedInput<'queue.bulk'>, wrote?: () => void) => {
        const { orderChanged, ...result } = bulkAction(ctx, input)
        if (orderChanged) wrote?.()
        return result
      },
      { when: 'reported' }
    ),
    'queue.reasons.list': (input) => listReasons(ctx, input),
    'queue.reasons.save': (input) => saveReason(ctx, input),
    'queue.reasons.archive': (input) => archiveReason(ctx, input),
    'queue.causes.list': (input) => listCauses(ctx, input.includeArchived),
    'queue.causes.save': (input) => saveCause(ctx, input),
    'queue.causes.archive': (input) => archiveCause(ctx, input),
    'queue.templates.list': () => listTemplates(ctx),
    'queue.templates.placeholders': () => PLACEHOLDER_INFO.map((p) => ({ ...p, aliases: [...p.aliases] })),
    'queue.templates.save': (input) => saveTemplate(ctx, input),
    'queue.templates.reset': (input) => resetTemplate(ctx, input.id),
    'queue.templates.delete': (input) => deleteTemplate(ctx, input.id),
    'export.queue': (input) => {
      ensureFresh(ctx)
      return exportQueue(ctx, input)
    }
  } satisfies Partial<Handlers>
}
