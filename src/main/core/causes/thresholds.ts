// The thresholds of the cause rules, each with why it has its value. A rule that
// fires too easily teaches the merchant to click "confirm" without reading, so
// each one errs on the side of saying nothing.

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/** Deliveries expected up to two weeks before the stockout still explain it: a late one leaves the shelf empty until it comes. */
export const DELIVERY_LOOKBACK_DAYS = 14

/** A delivery received within a day of its expected time is on time: small shops book goods in once a day. */
export const LATE_GRACE_HOURS = 24

/** Demand is compared over the three days before the stockout: a promotion or live stream lasts a day or a weekend. */
export const SPIKE_DAYS = 3

/** "Well above": at least twice the in-stock daily average; ordinary week-to-week noise stays below it. */
export const SPIKE_RATIO = 2

/** A handful of units is never a spike, whatever the ratio (a SKU selling 0.2 a day that sells 2). */
export const SPIKE_MIN_UNITS = 5

/** Orders from two shops within two hours took the same units before either back office saw the other's sale (platform stock sync runs every hour or so). */
export const OVERSELL_WINDOW_HOURS = 2

/** A count or adjustment up to a week before the stockout: stock is counted weekly in a small shop. */
export const COUNT_LOOKBACK_DAYS = 7

/** Below the reorder point for at least three whole days with nothing on order: a reorder was due and not placed. */
export const LATE_REORDER_DAYS = 3

/** A code mapping made within three days before the order (or after it) is new enough to be the mistake. */
export const MAPPING_RECENT_DAYS = 3
