// "Refund recorded — check before shipping": a refund on an order still to ship (a partial refund,
// e.g. a price difference) keeps the order open; the merchant checks it before the parcel leaves.
import { useTranslation } from 'react-i18next'
import { formatMoney } from '../lib/format'

// In a list row it is a short badge (the whole sentence as its title); on the order and the case, the sentence.
export function RefundFlag({ show, refundFen, compact = false }: { show: boolean; refundFen: number | null; compact?: boolean }) {
  const { t } = useTranslation()
  if (!show) return null
  const full = refundFen !== null ? t('refund.amount', { amount: formatMoney(refundFen) }) : t('refund.flag')
  return (
    <span className="badge refund-check" data-testid="refund-flag" title={compact ? full : undefined} aria-label={compact ? full : undefined}>
      {compact ? t('refund.short') : full}
    </span>
  )
}
