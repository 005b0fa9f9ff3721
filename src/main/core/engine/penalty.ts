// Penalty arithmetic in integer fen. A percentage is in basis points of the
// amount paid, rounded half up to the fen, then clamped to the rule's minimum and
// maximum: 10% of ¥23.45 is ¥2.35 (234.5 fen rounds up), raised to a ¥5 minimum.
import type { PenaltyFormula } from '../../../shared/engine-types'

export function penaltyFen(formula: PenaltyFormula, paidFen: number): number {
  if (formula.kind === 'fixed') return formula.fixedFen
  const share = Math.floor((paidFen * formula.percentBp + 5000) / 10_000)
  return Math.min(Math.max(share, formula.minFen), formula.maxFen ?? Number.MAX_SAFE_INTEGER)
}
