// The cancellation queue's part of the handler table (issue #5). A step runs in
// one transaction; when it changed an order or its lines (a cancel, a substitute
// accepted, the undo of either) allocation is recomputed once it is committed —
// the recompute also brings every case up to date (queue/sync.ts) — and the call
// answers with the whole case as it is afterwards.
import type { Handlers } from '../../../shared/contract'
import type { QueueCase } from '../../../shared/queue-types'
import { PLACEHOLDER_INFO } from '../../../shared/template-placeholders'
import type { CoreContext } from '../context'
import { afterChange } from '../engine/triggers'
import { ensureFresh } from '../engine/recompute'
import { doAnswer, doCancel, doCause, doClose, doFollowup, doNotify, doOffer, doRefund, doUndo, type StepOutcome } from './actions'
import { bulkAction } from './bulk'
import { exportQueue } from './export'
import { archiveCause, archiveReason, listCauses, listReasons, saveCause, saveReason } from './lists'
import { findCaseId, getCase, listQueue, queueCounts } from './read'
import { loadCase } from './rows'
import { deleteTemplate, draftMessage, listTemplates, resetTemplate, saveTemplate } from './templates'

export function queueHandlers(ctx: CoreContext) {
  const step = (run: () => StepOutcome): QueueCase => {
    const out = ctx.db.transaction(run).immediate()
    if (out.orderChanged) afterChange(ctx, true)
    return getCase(ctx, out.caseId)
  }
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
    'queue.notify': ({ caseId, ...rest }) => step(() => doNotify(ctx, caseId, rest)),
    'queue.offer': (input) => step(() => doOffer(ctx, input)),
    'queue.answer': (input) => step(() => doAnswer(ctx, input)),
    'queue.cancel': (input) => step(() => doCancel(ctx, input.caseId, input)),
    'queue.refund': (input) => step(() => doRefund(ctx, input)),
    'queue.followup': (input) => step(() => doFollowup(ctx, input)),
    'queue.cause': (input) => step(() => doCause(ctx, input.caseId, input)),
    'queue.close': (input) => step(() => doClose(ctx, input)),
    'queue.undo': (input) => step(() => doUndo(ctx, input.caseId)),
    'queue.bulk': (input) => {
      const { orderChanged, ...result } = bulkAction(ctx, input)
      if (orderChanged) afterChange(ctx, true)
      return result
    },
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
