// The SKUs that ran out most (by cases or by money lost), each labelled with its
// days of cover and the reorder suggestion now. Click a bar for its cases.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { REVIEW_TOP_SKUS, type SkuRow } from '@shared/review-types'
import { formatInt } from '../../lib/format'
import { href } from '../../lib/router'
import { ChartCard } from './ChartCard'
import { axis, bandClick, cardBasics, grid, tooltipStyle, type CardProps } from './card-props'
import { days, yuan, yuanWhole } from './look'
import { chartSize } from './use-printing'
import { endCol, TableHead } from '../../components/TableHead'
import { token } from '../../lib/tokens'

type Metric = 'cases' | 'money'

export function SkusCard({ data, caption, onBar, exportRows, printing }: CardProps) {
  const { t } = useTranslation()
  const [metric, setMetric] = useState<Metric>('cases')
  const rows = (metric === 'cases' ? data.skusByCases : data.skusByMoney).map((r) => ({ ...r, label: r.merchantCode }))
  const cover = (r: SkuRow) =>
    t('review.skus.coverLabel', { cover: r.daysOfCover === null ? t('review.skus.noCover') : days(r.daysOfCover), qty: formatInt(r.suggestedQty) })
  const open = (r: SkuRow) => onBar({ kind: 'sku', productId: r.productId, label: `${r.merchantCode} ${r.name} ${r.spec}`.trim() })
  const seriesName = t(metric === 'cases' ? 'review.causes.cases' : 'review.causes.lost')
  const coverCell = (r: SkuRow) => (r.daysOfCover === null ? t('review.skus.noCover') : days(r.daysOfCover))

  // Beside the chart: where each SKU stands now, from the stockout engine.
  const now = (
    <table className="mini-table review-sku-now" data-testid="sku-now">
      <caption className="review-caption">{t('review.skus.now')}</caption>
      <TableHead cols={[t('review.col.sku'), t('review.col.supplier'), endCol(t('review.col.cover')), endCol(t('review.col.reorder'))]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.productId}>
            <td>
              <span className="mono">{r.merchantCode}</span> <span className="muted">{`${r.name} ${r.spec}`.trim()}</span>
            </td>
            <td className="muted">{r.supplierName ?? '—'}</td>
            <td className={`num${r.daysOfCover !== null && r.leadTimeDays !== null && r.daysOfCover < r.leadTimeDays ? ' text-danger' : ''}`}>{coverCell(r)}</td>
            <td className="num">{r.suggestedQty > 0 ? <a href={href('reorder', {})}>{formatInt(r.suggestedQty)}</a> : '0'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )

  return (
    <ChartCard
      {...cardBasics('skus', { data, caption, exportRows })}
      title={t('review.skus.title')}
      subtitle={t('review.skus.subtitle', { count: REVIEW_TOP_SKUS })}
      empty={rows.length === 0}
      clickable
      controls={
        <div className="review-toggle" role="group" aria-label={t('review.causes.metric')}>
          {(['cases', 'money'] as const).map((m) => (
            <button key={m} type="button" className={`chip chip-small${metric === m ? ' active' : ''}`} aria-pressed={metric === m} onClick={() => setMetric(m)}>
              {t(m === 'cases' ? 'review.skus.byCases' : 'review.skus.byMoney')}
            </button>
          ))}
        </div>
      }
      renderChart={() => (
        <div className="review-split">
          <div className="review-split-chart">
            <BarChart
              layout="vertical"
              {...chartSize(printing, Math.max(160, 30 * rows.length + 60))}
              data={rows}
              margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
              onClick={bandClick((i) => {
                const r = rows[i]
                if (r) open(r)
              })}
             
            >
              <CartesianGrid stroke={grid()} horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={axis()} tickFormatter={(v: number) => (metric === 'cases' ? formatInt(v) : yuanWhole(v))} />
              <YAxis type="category" dataKey="label" tick={axis()} width={108} interval={0} />
              <Tooltip
                contentStyle={tooltipStyle()}
                labelFormatter={(_, payload) => {
                  const r = payload?.[0]?.payload as SkuRow | undefined
                  return r ? `${r.merchantCode} ${r.name} ${r.spec}`.trim() + (r.supplierName ? ` · ${r.supplierName}` : '') : ''
                }}
                formatter={(v, _name, item) => {
                  const r = item.payload as SkuRow
                  return [`${metric === 'cases' ? formatInt(Number(v)) : yuan(Number(v))} · ${cover(r)}`, seriesName]
                }}
              />
              <Legend />
              <Bar
                dataKey={metric === 'cases' ? 'cases' : 'lostFen'}
                name={seriesName}
                fill={token(metric === 'cases' ? 'chart-cases' : 'chart-lost')}
                isAnimationActive={false}
                maxBarSize={20}
              />
            </BarChart>
          </div>
          <div className="review-split-side">{now}</div>
        </div>
      )}
      renderTable={() => (
        <table className="mini-table" data-testid="table-skus">
          <TableHead
            cols={[
              t('review.col.sku'),
              endCol(t('review.col.cases')),
              endCol(t('review.col.lost')),
              endCol(t('review.col.cover')),
              endCol(t('review.col.reorder'))
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.productId}>
                <td>
                  <button type="button" className="link review-row-link" onClick={() => open(r)}>
                    <span className="mono">{r.merchantCode}</span>
                  </button>
                  <div className="muted small">{`${r.name} ${r.spec}`.trim()}</div>
                </td>
                <td className="num">{formatInt(r.cases)}</td>
                <td className="num">{yuan(r.lostFen)}</td>
                <td className="num">{coverCell(r)}</td>
                <td className="num">
                  {r.suggestedQty > 0 ? <a href={href('reorder', {})}>{formatInt(r.suggestedQty)}</a> : formatInt(r.suggestedQty)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}
