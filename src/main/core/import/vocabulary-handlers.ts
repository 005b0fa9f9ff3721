// Handlers for the merchant's status meanings and for bundles (issue #11).
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { listBundles, removeBundle, setBundle } from '../inventory/bundles'
import { writes } from '../writes'
import { listStatusMeanings, removeStatusMeaning, setStatusMeaning } from './status-meanings'

export function vocabularyHandlers(ctx: CoreContext) {
  return {
    'statuses.list': () => listStatusMeanings(ctx),
    'statuses.set': (input) => setStatusMeaning(ctx, input),
    'statuses.remove': (input) => removeStatusMeaning(ctx, input),
    'bundles.list': () => listBundles(ctx),
    'bundles.set': writes(ctx, 'orders', (input) => setBundle(ctx, input)),
    'bundles.remove': writes(ctx, 'orders', (input) => removeBundle(ctx, input.code))
  } satisfies Partial<Handlers>
}
