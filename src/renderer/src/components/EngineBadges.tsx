// The engine's verdicts as small badges: an open order's stock state and the
// recommended action (naming the substitute when there is one).
import { useTranslation } from 'react-i18next'
import type { OrderState, Recommendation } from '@shared/engine-types'

export function StateBadge({ state }: { state: OrderState }) {
  const { t } = useTranslation()
  return <span className={`badge state-${state}`}>{t(`engine.state.${state}`)}</span>
}

export function RecommendationBadge({ value, substituteSku }: { value: Recommendation | null; substituteSku?: string | null }) {
  const { t } = useTranslation()
  if (!value) return null
  const label = t(`engine.recommendation.${value}`)
  return (
    <span
      className={`rec rec-${value}`}
      title={value === 'substitute' && substituteSku ? t('triage.substituteWith', { sku: substituteSku }) : undefined}
    >
      <span className="rec-label">{label}</span>
      {value === 'substitute' && substituteSku ? <span className="rec-sku mono">{substituteSku}</span> : null}
    </span>
  )
}
