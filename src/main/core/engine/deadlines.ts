// An order's deadline is the promised ship time its export carries; when the
// export has none, it is the paid time plus the platform's ship window (from the
// active platform rule). An order with neither has no deadline: it sorts after
// every dated order and is never called overdue. (Computed for all orders at once
// in allocate.ts's prioritize; where it came from is read back from the order.)
import { HOUR_MS } from './time'

/** Deadline in ms from the promised and paid instants (Infinity when absent). */
export function deadlineMs(promisedMs: number, paidMs: number, shipWindowHours: number): number {
  if (promisedMs !== Infinity) return promisedMs
  if (paidMs !== Infinity) return paidMs + shipWindowHours * HOUR_MS
  return Infinity
}

/** Hours from now to the deadline, one decimal, negative when overdue. */
export function hoursLeft(deadline: string | null, nowMs: number): number | null {
  if (deadline === null) return null
  return Math.round((Date.parse(deadline) - nowMs) / (HOUR_MS / 10)) / 10
}
