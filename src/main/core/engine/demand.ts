// Demand per SKU over whole days in the shop's time zone, counting only the days
// the SKU was in stock: on a day it was out, buyers who would have ordered could
// not, so that day's zero says nothing about demand. Which days it was in stock
// comes from the ledger's running balance: a day counts when the balance was above
// zero at its start or after any movement during it (a SKU restocked at noon was
// on sale that afternoon).

export interface DemandStats {
  inStockDays: number
  /** Units ordered on in-stock days. */
  units: number
  avgDaily: number
  /** Sample standard deviation of daily demand over in-stock days (0 with fewer than two). */
  sigmaDaily: number
}

export interface DemandInput {
  /** days + 1 instants: local midnights from the first day of the window to today. */
  boundaries: readonly number[]
  /** Units ordered per product and day index (from paid orders). */
  daily: readonly { productId: number; day: number; units: number }[]
  /**
   * The same as columns, added to `daily`: units per day index by product id. The engine fills
   * this one (no object per order line: ~280,000 of them at 200,000 open lines).
   */
  perDay?: ReadonlyMap<number, Float64Array>
  /** Every movement since the window began (including today), in ledger order. */
  movements: readonly { productId: number; quantity: number; atMs: number }[]
  /** Current on hand per product id (the ledger's sum). */
  onHand: (productId: number) => number
  productIds: readonly number[]
}

/** Which of the window's days each product was in stock, as a flag per day. */
export function inStockDays(input: DemandInput): Map<number, Uint8Array> {
  const days = input.boundaries.length - 1
  const moves = new Map<number, { quantity: number; atMs: number }[]>()
  for (const m of input.movements) {
    const list = moves.get(m.productId)
    if (list) list.push(m)
    else moves.set(m.productId, [m])
  }
  const out = new Map<number, Uint8Array>()
  for (const pid of input.productIds) {
    const flags = new Uint8Array(days)
    const list = moves.get(pid)
    if (!list) {
      if (input.onHand(pid) > 0) flags.fill(1)
      out.set(pid, flags)
      continue
    }
    let balance = input.onHand(pid)
    for (const m of list) balance -= m.quantity
    let day = 0
    let i = 0
    for (; day < days; day++) {
      let inStock = balance > 0
      const end = input.boundaries[day + 1]!
      while (i < list.length && list[i]!.atMs < end) {
        balance += list[i]!.quantity
        if (balance > 0 && list[i]!.atMs >= input.boundaries[day]!) inStock = true
        i++
      }
      flags[day] = inStock ? 1 : 0
    }
    out.set(pid, flags)
  }
  return out
}

export function demandStats(input: DemandInput): Map<number, DemandStats> {
  const days = input.boundaries.length - 1
  const flags = inStockDays(input)
  const perDay = new Map<number, Float64Array>()
  for (const [pid, units] of input.perDay ?? []) perDay.set(pid, Float64Array.from(units))
  for (const r of input.daily) {
    if (r.day < 0 || r.day >= days) continue
    let a = perDay.get(r.productId)
    if (!a) perDay.set(r.productId, (a = new Float64Array(days)))
    a[r.day]! += r.units
  }
  const out = new Map<number, DemandStats>()
  for (const pid of input.productIds) {
    const f = flags.get(pid)!
    const d = perDay.get(pid)
    let n = 0
    let units = 0
    for (let k = 0; k < days; k++) {
      if (!f[k]) continue
      n++
      units += d ? d[k]! : 0
    }
    if (n === 0) continue
    const avg = units / n
    let squares = 0
    for (let k = 0; k < days; k++) if (f[k]) squares += ((d ? d[k]! : 0) - avg) ** 2
    out.set(pid, { inStockDays: n, units, avgDaily: avg, sigmaDaily: n >= 2 ? Math.sqrt(squares / (n - 1)) : 0 })
  }
  return out
}

/** Mean and σ (days) of one supplier's actual lead times; σ only from three deliveries up. */
export function leadTimeStats(samples: readonly number[]): { mean: number; sigma: number | null } | null {
  if (samples.length === 0) return null
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length
  if (samples.length < 3) return { mean, sigma: null }
  const variance = samples.reduce((a, x) => a + (x - mean) ** 2, 0) / (samples.length - 1)
  return { mean, sigma: Math.sqrt(variance) }
}
