// "Refund recorded — check before shipping": a refund on an order still to ship (a partial refund,
// e.g. a price difference) keeps the order open; the merchant checks it before the parcel leaves.
import { useTranslation } from 'react-i18next'
import { formatMoney } from '../lib/format'

export function RefundFlag({ show, refundFen }: { show: boolean; refundFen: number | null }) {
  const { t } = useTranslation()
  if (!show) return null
  return (
    <span className="badge aftersale-refunded" data-testid="refund-flag">
      {refundFen !== null ? t('refund.amount', { amount: formatMoney(refundFen) }) : t('refund.flag')}
    </span>
  )
}
