// Keeps the stored results current: after every call that changes what the
// engine reads (stock, SKUs, substitutes, mappings, settings, incoming stock,
// rules, the demo shop) and after an import is applied, recompute. The change is
// already committed by then; if the recompute fails, the stored results are
// dropped so the next read recomputes (and reports the failure) rather than
// showing results that no longer match the shop.
import type { CallName, Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { recompute } from './recompute'

/**
 * Each mutating call, and whether it can change orders, what their lines map to or
 * the day boundaries: then the orders are loaded afresh and demand recounted; the
 * others (stock, a SKU's settings, deliveries, rules) recompute warm (cache.ts).
 */
export const RECOMPUTE_AFTER: readonly (readonly [CallName, boolean])[] = [
  ['demo.load', true],
  ['products.create', true],
  ['skuMappings.save', true],
  ['skuMappings.delete', true],
  ['settings.update', true],
  ['bundles.set', true],
  ['bundles.remove', true],
  ['products.update', false],
  ['stock.move', false],
  ['incoming.add', false],
  ['incoming.update', false],
  ['incoming.cancel', false],
  ['incoming.receive', false],
  ['rules.save', false],
  ['rules.activate', false],
  ['rules.reset', false],
  ['rules.delete', false]
]

export function afterChange(ctx: CoreContext, demand: boolean): void {
  try {
    // Calls that cannot touch orders or their lines let the recompute reuse the orders it loaded last time.
    recompute(ctx, demand ? { demand: true } : { warm: true })
  } catch (e) {
    console.error('[stockout-desk] recompute failed:', e instanceof Error ? e.message : String(e))
    try {
      prepared(ctx.db, 'DELETE FROM engine_state').run()
    } catch {
      // The database itself is failing; the next read will say so.
    }
  }
}

type AnyHandler = (input: unknown) => unknown

export function withRecompute(ctx: CoreContext, handlers: Handlers): Handlers {
  // The table is rebuilt by name, so its entries are handled as plain functions here and typed again on return.
  const out = { ...handlers } as unknown as Record<string, AnyHandler>
  for (const [name, demand] of RECOMPUTE_AFTER) {
    const inner = out[name]!
    out[name] = (input) => {
      const result = inner(input)
      if (result instanceof Promise) return result.then((value: unknown) => (afterChange(ctx, demand), value))
      afterChange(ctx, demand)
      return result
    }
  }
  return out as unknown as Handlers
}
