// Cells the review's tables share: a week that opens its cases, and the four money
// columns (refund, compensation, margin, lost) with their headers.
import type { TFunction } from 'i18next'
import { endCol, type HeadCol } from '../../components/TableHead'
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

/** The headers of the four money columns, for TableHead. */
export const moneyCols = (t: TFunction): HeadCol[] =>
  ['review.col.refund', 'review.col.compensation', 'review.col.margin', 'review.col.lost'].map((k) => endCol(t(k)))

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
