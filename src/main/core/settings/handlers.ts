// Settings: the time zone decides the engine's days, so a change recomputes from the orders.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { writes } from '../writes'
import { getSettings, updateSettings } from './settings'

export function settingsHandlers(ctx: CoreContext) {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.update': writes(ctx, 'orders', (input) => updateSettings(ctx, input))
  } satisfies Partial<Handlers>
}
