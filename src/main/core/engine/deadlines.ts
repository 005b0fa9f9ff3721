// An order's deadline is the promised ship time its export carries; when the
// export has none, it is the paid time plus the platform's ship window (from the
// active platform rule). An order with neither has no deadline: it sorts after
// every dated order and is never called overdue.
import type { DeadlineSource } from '../../../shared/engine-types'
import { HOUR_MS, iso, msOrInfinity } from './time'

export interface Deadline {
  deadline: string | null
  ms: number
  source: DeadlineSource
}

export function deadlineOf(promisedShipAt: string | null, paidAt: string | null, shipWindowHours: number): Deadline {
  const promised = msOrInfinity(promisedShipAt)
  if (promised !== Infinity) return { deadline: iso(promised), ms: promised, source: 'promised' }
  const paid = msOrInfinity(paidAt)
  if (paid !== Infinity) {
    const ms = paid + shipWindowHours * HOUR_MS
    return { deadline: iso(ms), ms, source: 'window' }
  }
  return { deadline: null, ms: Infinity, source: 'none' }
}

/** Hours from now to the deadline, one decimal, negative when overdue. */
export function hoursLeft(deadline: string | null, nowMs: number): number | null {
  if (deadline === null) return null
  return Math.round((Date.parse(deadline) - nowMs) / (HOUR_MS / 10)) / 10
}
