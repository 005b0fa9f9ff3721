// The whole demo shop as data, from a seed and an anchor time. Pure: no database,
// no clock, no Math.random, so the same inputs always give the same shop.
import { buildCatalog } from './build-catalog'
import type { DemoPlan } from './plan'
import { Rng } from './random'
import { plannedUnitsPerDay, simulate } from './simulate'

export function generateDemoShop(seed: number, anchor: Date): DemoPlan {
  const rng = new Rng(seed)
  const catalog = buildCatalog(rng, plannedUnitsPerDay())
  const sim = simulate(rng, catalog, anchor.getTime())
  return { ...catalog, ...sim }
}
