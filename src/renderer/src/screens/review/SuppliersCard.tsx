// Suppliers: the cases each was named in, stacked by cause (click a bar for its
// cases), beside its scorecard from incoming stock — promised against actual lead
// time, deliveries on time, fill rate.
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { SupplierRow } from '@shared/review-types'
import { formatInt } from '../../lib/format'
import { useApp } from '../../lib/app-context'
import { ChartCard } from './ChartCard'
import { axis, bandClick, cardBasics, grid, tooltipStyle, type CardProps } from './card-props'
import { AngledTick } from './AngledTick'
import { causeColor, causeLabel, days, pct, yuan } from './look'
import { chartSize } from './use-printing'
import { endCol, TableHead } from '../../components/TableHead'

const countOf = (row: SupplierRow, code: string): number => (Object.hasOwn(row.byCause, code) ? row.byCause[code]! : 0)

/** A percentage with a small bar under it; red under 80%, amber under 95%. */
function Meter({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">—</span>
  const tone = value < 80 ? 'bad' : value < 95 ? 'warn' : 'ok'
  return (
    <span className={`review-meter review-meter-${tone}`}>
      <span>{pct(value)}</span>
      <span className="review-meter-track" aria-hidden="true">
        <span className="review-meter-fill" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
      </span>
    </span>
  )
}

export function SuppliersCard({ data, caption, onBar, exportRows, printing }: CardProps) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const name = (r: SupplierRow) => r.name ?? t('review.suppliers.none')
  const rows = data.suppliers.map((r) => ({ ...r, label: name(r) }))
  const withCases = rows.filter((r) => r.cases > 0)
  const causes = data.causes.filter((c) => c.cases > 0)
  const open = (r: SupplierRow) => onBar({ kind: 'supplier', supplierId: r.supplierId, label: name(r) })
  const lead = (r: SupplierRow) =>
    r.promisedLeadDays === null ? (
      <span className="muted">—</span>
    ) : (
      <span className={r.actualLeadDays !== null && r.actualLeadDays > r.promisedLeadDays ? 'text-danger' : ''}>
        {t('review.suppliers.days', { days: days(r.promisedLeadDays) })} → {t('review.suppliers.days', { days: days(r.actualLeadDays) })}
      </span>
    )

  const scorecard = (
    <table className="mini-table review-scorecard" data-testid="supplier-scorecard">
      <caption className="review-caption">{t('review.suppliers.scorecard')}</caption>
      <TableHead
        cols={[
          t('review.col.supplier'),
          endCol(t('review.col.deliveries')),
          `${t('review.col.promised')} → ${t('review.col.actual')}`,
          t('review.col.onTime'),
          t('review.col.fill')
        ]}
      />
      <tbody>
        {rows
          .filter((r) => r.deliveries > 0)
          .map((r) => (
            <tr key={r.supplierId ?? 'none'}>
              <td>{r.label}</td>
              <td className="num">
                {formatInt(r.deliveries)}
                {r.overdue > 0 ? <span className="text-danger small"> ({t('review.suppliers.overdue')} {r.overdue})</span> : null}
              </td>
              <td className="nowrap">{lead(r)}</td>
              <td>
                <Meter value={r.onTimePct} />
              </td>
              <td>
                <Meter value={r.fillRatePct} />
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  )

  return (
    <ChartCard
      {...cardBasics('suppliers', { data, caption, exportRows })}
      wide
      title={t('review.suppliers.title')}
      subtitle={t('review.suppliers.subtitle')}
      empty={rows.length === 0}
      emptyText={t('review.chart.empty')}
      clickable={withCases.length > 0}
      renderChart={() => (
        <div className="review-split">
          <div className="review-split-chart">
            <BarChart
              {...chartSize(printing, 300)}
              data={withCases}
              margin={{ top: 10, right: 4, bottom: 0, left: 28 }}
              onClick={bandClick((i) => {
                const r = withCases[i]
                if (r) open(r)
              })}
             
            >
              <CartesianGrid stroke={grid()} vertical={false} />
              <XAxis dataKey="label" interval={0} height={lang === 'en' ? 70 : 60} tick={<AngledTick max={lang === 'en' ? 14 : 8} />} />
              <YAxis allowDecimals={false} tick={axis()} width={32} />
              <Tooltip contentStyle={tooltipStyle()} formatter={(v) => formatInt(Number(v))} />
              <Legend />
              {causes.map((c) => (
                <Bar
                  key={c.code}
                  stackId="cases"
                  dataKey={(row: SupplierRow) => countOf(row, c.code)}
                  name={causeLabel(lang, c)}
                  fill={causeColor(data.causeList, c.code)}
                  isAnimationActive={false}
                  maxBarSize={56}
                />
              ))}
            </BarChart>
          </div>
          <div className="review-split-side">{scorecard}</div>
        </div>
      )}
      renderTable={() => (
        <table className="mini-table" data-testid="table-suppliers">
          <TableHead
            cols={[
              t('review.col.supplier'),
              ...[
                'review.col.cases',
                'review.col.lost',
                'review.col.refund',
                'review.col.deliveries',
                'review.col.received',
                'review.suppliers.overdue',
                'review.col.promised',
                'review.col.actual',
                'review.col.onTime',
                'review.col.fill'
              ].map((k) => endCol(t(k)))
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.supplierId ?? 'none'}>
                <td>
                  <button type="button" className="link review-row-link" onClick={() => open(r)} disabled={r.cases === 0}>
                    {r.label}
                  </button>
                </td>
                <td className="num">{formatInt(r.cases)}</td>
                <td className="num">{yuan(r.lostFen)}</td>
                <td className="num">{yuan(r.refundFen)}</td>
                <td className="num">{formatInt(r.deliveries)}</td>
                <td className="num">{formatInt(r.received)}</td>
                <td className="num">{formatInt(r.overdue)}</td>
                <td className="num">{days(r.promisedLeadDays)}</td>
                <td className="num">{days(r.actualLeadDays)}</td>
                <td className="num">{pct(r.onTimePct)}</td>
                <td className="num">{pct(r.fillRatePct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}
