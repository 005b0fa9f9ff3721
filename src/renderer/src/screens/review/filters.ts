// The review's filters as the screen keeps them, what they send to the core, and
// how they read back from a link (#/review?days=90&platform=pdd…).
import type { CallInput } from '@shared/contract'
import { REVIEW_PRESETS, type ReviewPreset } from '@shared/review-types'
import { PLATFORMS, type Platform } from '@shared/types'
import { isOneOf } from '../../lib/contract-lists'

export type Period = { kind: 'preset'; days: ReviewPreset } | { kind: 'custom'; from: string; to: string }

export interface Filters {
  period: Period
  platform: Platform | null
  supplierId: number | null
  cause: string | null
  /** Cases whose order matches this text (the search box, debounced). */
  search: string
}

export const DEFAULT_FILTERS: Filters = { period: { kind: 'preset', days: 30 }, platform: null, supplierId: null, cause: null, search: '' }

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function filtersFromParams(params: URLSearchParams): Filters {
  const days = Number(params.get('days'))
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const period: Period =
    DAY.test(from) && DAY.test(to) && from <= to
      ? { kind: 'custom', from, to }
      : { kind: 'preset', days: (REVIEW_PRESETS as readonly number[]).includes(days) ? (days as ReviewPreset) : 30 }
  const platform = params.get('platform')
  const cause = params.get('cause')
  return {
    period,
    platform: isOneOf(PLATFORMS, platform) ? platform : null,
    supplierId: Number(params.get('supplier')) || null,
    cause: cause && /^[a-z][a-z0-9_]{1,39}$/.test(cause) ? cause : null,
    search: (params.get('q') ?? '').trim()
  }
}

export function callInput(f: Filters): CallInput<'review.data'> {
  const range = f.period.kind === 'preset' ? { days: f.period.days, from: null, to: null } : { from: f.period.from, to: f.period.to }
  return { ...range, platform: f.platform, supplierId: f.supplierId, cause: f.cause, search: f.search }
}

export const hasNarrowing = (f: Filters): boolean => f.platform !== null || f.supplierId !== null || f.cause !== null || f.search !== ''
