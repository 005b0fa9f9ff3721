// A small seeded PRNG so the demo shop is reproducible: the same seed gives the
// same shop on every machine. Math.random cannot be seeded, so it is never used here.

/** mulberry32: 32-bit state, fast, good enough for fake data (not for secrets). */
export class Rng {
  private state: number

  constructor(seed: number) {
    // Mix the seed once so nearby seeds (1, 2, 3…) do not start on similar streams.
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** Real number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Standard normal via Box–Muller (one value per call keeps the stream simple). */
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Poisson-distributed count; Knuth's method is fine for the small rates used here. */
  poisson(lambda: number): number {
    const limit = Math.exp(-lambda)
    let k = 0
    let p = this.next()
    while (p > limit) {
      k++
      p *= this.next()
    }
    return k
  }

  /** A string of `length` random decimal digits (may start with 0). */
  digits(length: number): string {
    let s = ''
    for (let i = 0; i < length; i++) s += String(Math.floor(this.next() * 10))
    return s
  }

  /** Fisher–Yates, in place; returns the same array for chaining. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }
}

/** Picks indexes in proportion to weights; the cumulative table makes each draw O(log n). */
export class WeightedPicker {
  private readonly cumulative: Float64Array
  private readonly total: number

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length)
    let sum = 0
    weights.forEach((w, i) => {
      sum += Math.max(0, w)
      this.cumulative[i] = sum
    })
    if (sum <= 0) throw new Error('weights must not all be zero')
    this.total = sum
  }

  pick(rng: Rng): number {
    const target = rng.next() * this.total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.cumulative[mid] as number) > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
