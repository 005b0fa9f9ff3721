// The app's own calls: what is running, the shop's state, the audit log.
import type { Handlers } from '../../../shared/contract'
import { listAudit } from '../audit'
import type { CoreContext } from '../context'
import { schemaVersion } from '../db/migrations'
import { shopStatus } from '../shop-status'

export function appHandlers(ctx: CoreContext) {
  return {
    'app.info': () => ({ version: ctx.appVersion, schemaVersion: schemaVersion(ctx.db), dbPath: ctx.dbPath }),
    'shop.status': () => shopStatus(ctx),
    'audit.list': (input) => listAudit(ctx, input.offset, input.limit)
  } satisfies Partial<Handlers>
}
