// The engine's part of the handler table (issue #4). Deliveries and rules change
// what the engine reads but not the orders: their writes recompute warm.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { readAlerts } from './alerts'
import { addIncoming, cancelIncoming, getIncoming, listIncoming, receiveIncoming, updateIncoming } from './incoming'
import { listPositions } from './positions'
import { asOf, ensureFresh, readSummary, recompute } from './recompute'
import { exportReorder, reorderPlan } from './reorder-plan'
import { activateRule, deleteRule, listRules, resetRule, saveRule } from './rules'
import { listTriage, orderTriage } from './triage'
import { writes } from '../writes'

export function engineHandlers(ctx: CoreContext) {
  const fresh = <T>(read: () => T): T => {
    ensureFresh(ctx)
    return read()
  }
  return {
    'engine.recompute': () => recompute(ctx, { demand: true }),
    'engine.summary': () => fresh(() => readSummary(ctx)),
    'engine.alerts': ({ now, limit, shopId }) => asOf(ctx, now, (c) => readAlerts(c, limit, shopId)),
    'engine.triage': ({ now, ...query }) => asOf(ctx, now, (c) => listTriage(c, query)),
    'engine.order': ({ orderId, now }) => asOf(ctx, now, (c) => orderTriage(c, orderId)),
    'engine.positions': (input) => fresh(() => listPositions(ctx, input)),
    'engine.reorder': (input) => fresh(() => reorderPlan(ctx, input)),
    'export.reorder': (input) => {
      ensureFresh(ctx)
      return exportReorder(ctx, input)
    },
    'incoming.list': (input) => listIncoming(ctx, input),
    'incoming.get': (input) => getIncoming(ctx, input.id),
    'incoming.add': writes(ctx, 'stock', (input) => addIncoming(ctx, input)),
    'incoming.update': writes(ctx, 'stock', (input) => updateIncoming(ctx, input)),
    'incoming.cancel': writes(ctx, 'stock', (input) => cancelIncoming(ctx, input)),
    'incoming.receive': writes(ctx, 'stock', (input) => receiveIncoming(ctx, input)),
    'rules.list': () => listRules(ctx),
    'rules.save': writes(ctx, 'stock', (input) => saveRule(ctx, input)),
    'rules.activate': writes(ctx, 'stock', (input) => activateRule(ctx, input.id)),
    'rules.reset': writes(ctx, 'stock', (input) => resetRule(ctx, input.id)),
    'rules.delete': writes(ctx, 'stock', (input) => deleteRule(ctx, input.id))
  } satisfies Partial<Handlers>
}
