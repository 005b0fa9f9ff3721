// Order numbers in each platform's own shape (see docs/domain.md). They are text
// everywhere: PDD's contain a dash and all of them exceed Number's safe integers.
import type { Platform } from '../../../shared/types'
import type { Rng } from './random'
import { chinaYymmdd } from './time'

/** PDD: `YYMMDD-` + 15 digits, the date being the China date of the order. */
export const pddOrderNo = (rng: Rng, createdMs: number): string => `${chinaYymmdd(createdMs)}-${rng.digits(15)}`

/** Taobao: 18 or 19 digits, never starting with 0. */
export const taobaoOrderNo = (rng: Rng): string => String(rng.int(1, 4)) + rng.digits(rng.chance(0.7) ? 18 : 17)

/** Douyin: 19 digits; shop orders in the wild start with 6 or 4. */
export const douyinOrderNo = (rng: Rng): string => rng.pick(['69', '49']) + rng.digits(17)

export const ORDER_NO_PATTERNS: Record<Exclude<Platform, 'other'>, RegExp> = {
  pdd: /^\d{6}-\d{15}$/,
  taobao: /^[1-9]\d{17,18}$/,
  douyin: /^[1-9]\d{18}$/
}

/** Hands out order numbers that are unique per platform, as the schema requires. */
export class OrderNumbers {
  private readonly used = new Set<string>()

  constructor(private readonly rng: Rng) {}

  next(platform: Exclude<Platform, 'other'>, createdMs: number): string {
    for (;;) {
      const no = this.make(platform, createdMs)
      const key = `${platform}:${no}`
      if (!this.used.has(key)) {
        this.used.add(key)
        return no
      }
    }
  }

  /** Sub-order numbers (Taobao/Douyin lines) share the main number's shape. */
  sub(platform: Exclude<Platform, 'other'>, createdMs: number): string {
    return this.make(platform, createdMs)
  }

  private make(platform: Exclude<Platform, 'other'>, createdMs: number): string {
    if (platform === 'pdd') return pddOrderNo(this.rng, createdMs)
    return platform === 'taobao' ? taobaoOrderNo(this.rng) : douyinOrderNo(this.rng)
  }
}
