// Turns the fixed assortment into priced SKUs with demand, safety stock and
// platform listing ids, plus substitute links between siblings of a family.
import { FAMILIES, SUPPLIERS, type FamilySpec, type SpecOption } from './catalog'
import type { PlanProduct, PlanSubstitute, PlanSupplier } from './plan'
import type { Rng } from './random'

export interface Catalog {
  suppliers: PlanSupplier[]
  products: PlanProduct[]
  substitutes: PlanSubstitute[]
}

/** Every combination of a family's spec options, first option of each dim first. */
function combinations(family: FamilySpec): SpecOption[][] {
  let combos: SpecOption[][] = [[]]
  for (const dim of family.dims) combos = combos.flatMap((c) => dim.map((opt) => [...c, opt]))
  return combos
}

/** Popularity falls with an option's position: the first size/colour sells best. */
const optionWeight = (family: FamilySpec, combo: SpecOption[]): number =>
  combo.reduce((w, opt, d) => w / (1 + 0.35 * (family.dims[d] ?? []).indexOf(opt)), 1)

/** Lead time rounded to whole days, kept in the schema's range. */
const clampDays = (days: number): number => Math.max(1, Math.min(60, Math.round(days)))

/**
 * @param unitsPerDay units the whole shop is expected to sell per day; each SKU's
 *   planned daily demand is its share of that, which sizes safety stock.
 */
export function buildCatalog(rng: Rng, unitsPerDay: number): Catalog {
  const suppliers = SUPPLIERS.map((s) => ({ ...s }))
  const products: PlanProduct[] = []
  const codesOf: string[][] = []

  FAMILIES.forEach((family, f) => {
    const familyPopularity = Math.exp(0.9 * rng.normal())
    const priceShift = rng.int(-2, 3) * 100
    const ids = {
      pdd: '5' + rng.digits(11),
      taobao: '6' + rng.digits(11),
      douyin: '3' + rng.digits(18)
    }
    for (const combo of combinations(family)) {
      const priceFen = Math.max(990, family.baseFen + priceShift + combo.reduce((s, opt) => s + (opt.addFen ?? 0), 0))
      // Cheap items sell in larger numbers; a few SKUs barely sell at all (dead stock).
      const dead = rng.chance(0.05) ? 0.05 : 1
      const weight =
        familyPopularity * optionWeight(family, combo) * Math.exp(0.35 * rng.normal()) * Math.pow(3000 / priceFen, 0.35) * dead
      const supplierLead = suppliers[family.supplier]?.leadTimeDays ?? 7
      products.push({
        merchantCode: [family.prefix, ...combo.map((opt) => opt.code)].join('-'),
        name: family.name,
        spec: combo.map((opt) => opt.label).join(' '),
        family: f,
        priceFen,
        unitCostFen: Math.round((priceFen * rng.between(0.35, 0.55)) / 10) * 10,
        safetyStock: 0,
        supplier: family.supplier,
        ownLeadTimeDays: rng.chance(0.1) ? clampDays(supplierLead + rng.int(2, 6)) : null,
        dailyDemand: 0,
        weight,
        platformIds: {
          pdd: { productId: ids.pdd, skuId: '1' + rng.digits(11) },
          taobao: { productId: ids.taobao, skuId: '5' + rng.digits(12) },
          douyin: { productId: ids.douyin, skuId: '17' + rng.digits(14) }
        }
      })
      codesOf.push(combo.map((opt) => opt.code))
    }
  })

  const totalWeight = products.reduce((s, p) => s + p.weight, 0)
  for (const p of products) {
    p.dailyDemand = (unitsPerDay * p.weight) / totalWeight
    // Merchants set safety stock by feel: a few days of sales, rounded to a tidy number.
    const raw = p.dailyDemand * rng.between(2, 4)
    p.safetyStock = p.dailyDemand < 0.05 ? 0 : raw > 10 ? Math.round(raw / 5) * 5 : Math.max(1, Math.round(raw))
  }

  return { suppliers, products, substitutes: linkSiblings(rng, products, codesOf) }
}

/**
 * For about half the families, each SKU gets its two closest siblings as
 * substitutes (same size in another colour before anything else).
 */
function linkSiblings(rng: Rng, products: PlanProduct[], codesOf: string[][]): PlanSubstitute[] {
  const byFamily = new Map<number, number[]>()
  products.forEach((p, i) => byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), i]))
  const links: PlanSubstitute[] = []
  for (const members of byFamily.values()) {
    if (members.length < 2 || !rng.chance(0.55)) continue
    for (const i of members) {
      const mine = codesOf[i] ?? []
      const shared = (j: number): number => (codesOf[j] ?? []).filter((c, d) => c === mine[d]).length
      const siblings = members.filter((j) => j !== i).sort((a, b) => shared(b) - shared(a) || a - b)
      siblings.slice(0, 2).forEach((j, rank) => links.push({ product: i, substitute: j, rank }))
    }
  }
  return links
}
