// Keeps the stored results current after a declared write (writes.ts). The change
// is already committed by then; if the recompute fails, the stored results are
// dropped so the next read recomputes (and reports the failure) rather than
// showing results that no longer match the shop.
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import type { Change, WriteScope } from '../writes'
import { recompute } from './recompute'

export function refreshAfterWrite(ctx: CoreContext, change: Change, scope?: WriteScope): void {
  try {
    // Writes that cannot touch orders or their lines let the recompute reuse the orders it loaded last time;
    // a write that says which SKUs it touched (an import) has only their demand recounted.
    recompute(ctx, change === 'orders' ? { demand: scope ? { products: scope.products } : true } : { warm: true })
  } catch (e) {
    console.error('[stockout-desk] recompute failed:', e instanceof Error ? e.message : String(e))
    try {
      prepared(ctx.db, 'DELETE FROM engine_state').run()
    } catch {
      // The database itself is failing; the next read will say so.
    }
  }
}
