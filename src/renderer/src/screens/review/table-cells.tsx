// Cells the review's tables share: a week that opens its cases, and the four money
// columns (refund, compensation, margin, lost) with their headers.
import type { TFunction } from 'i18next'
import { shortDay, yuan } from './look'

export function WeekCell({ w, onOpen }: { w: { from: string; to: string; cases: number }; onOpen: () => void }) {
  return (
    <td className="nowrap">
      <button type="button" className="link review-row-link" onClick={onOpen} disabled={w.cases === 0}>
        {w.from === w.to ? w.from : `${w.from} – ${shortDay(w.to)}`}
      </button>
    </td>
  )
}

export function MoneyHeads({ t }: { t: TFunction }) {
  return (
    <>
      <th className="align-end">{t('review.col.refund')}</th>
      <th className="align-end">{t('review.col.compensation')}</th>
      <th className="align-end">{t('review.col.margin')}</th>
      <th className="align-end">{t('review.col.lost')}</th>
    </>
  )
}

export function MoneyCells({ r }: { r: { refundFen: number; compensationFen: number; marginFen: number; lostFen: number } }) {
  return (
    <>
      <td className="num">{yuan(r.refundFen)}</td>
      <td className="num">{yuan(r.compensationFen)}</td>
      <td className="num">{yuan(r.marginFen)}</td>
      <td className="num">{yuan(r.lostFen)}</td>
    </>
  )
}
