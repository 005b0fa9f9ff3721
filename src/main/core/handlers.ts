// The application's handler table: one function per contract call, each taking
// input already validated by the contract's schema. Each domain keeps its calls
// in its own handlers.ts, and declares there which of them write (writes.ts);
// this file only joins them.
import type { Handlers } from '../../shared/contract'
import { appHandlers } from './app/handlers'
import { backupHandlers } from './backup/handlers'
import type { CoreContext } from './context'
import { demoHandlers } from './demo/handlers'
import { engineHandlers } from './engine/handlers'
import { exportHandlers } from './export/handlers'
import { importHandlers } from './import/handlers'
import { importUndoHandlers } from './import/undo-handlers'
import { inventoryHandlers } from './inventory/handlers'
import { orderHandlers } from './orders/handlers'
import { queueHandlers } from './queue/handlers'
import { reviewHandlers } from './review/handlers'
import { causeHandlers } from './causes/handlers'
import { settingsHandlers } from './settings/handlers'
import { vocabularyHandlers } from './import/vocabulary-handlers'
import { wireCore } from './wire'
import { firstRunHandlers } from './demo/first-run-handlers'
import { shopHandlers } from './shops/handlers'
import { inboxHandlers } from './inbox/handlers'
import { purchaseHandlers } from './purchase/handlers'

export function createHandlers(ctx: CoreContext): Handlers {
  wireCore()
  return {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...demoHandlers(ctx),
    ...inventoryHandlers(ctx),
    ...orderHandlers(ctx),
    ...importHandlers(ctx),
    ...importUndoHandlers(ctx),
    ...exportHandlers(ctx),
    ...backupHandlers(ctx),
    ...engineHandlers(ctx),
    ...queueHandlers(ctx),
    ...reviewHandlers(ctx),
    ...causeHandlers(ctx),
    ...vocabularyHandlers(ctx),
    ...firstRunHandlers(ctx),
    ...shopHandlers(ctx),
    ...inboxHandlers(ctx),
    ...purchaseHandlers(ctx)
  } satisfies Handlers
}
