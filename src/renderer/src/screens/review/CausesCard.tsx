// The causes Pareto: bars per cause from the biggest, in cases or money lost,
// with the cumulative share as a line on the right axis. Click a bar for its cases.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatInt } from '../../lib/format'
import { useApp } from '../../lib/app-context'
import { ChartCard } from './ChartCard'
import { axis, bandClick, cardBasics, grid, tooltipStyle, type CardProps } from './card-props'
import { AngledTick } from './AngledTick'
import { chartSize } from './use-printing'
import { causeColor, causeLabel, pct, yuan, yuanWhole } from './look'
import { MoneyCells, moneyCols } from './table-cells'
import { endCol, TableHead } from '../../components/TableHead'
import { token } from '../../lib/tokens'

type Metric = 'cases' | 'money'

export function CausesCard({ data, caption, onBar, exportRows, printing }: CardProps) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const [metric, setMetric] = useState<Metric>('cases')
  const rows = (metric === 'cases' ? data.causes : data.causesByMoney).map((r) => ({ ...r, label: causeLabel(lang, r) }))
  const value = metric === 'cases' ? 'cases' : 'lostFen'
  const cum = metric === 'cases' ? 'casesCumPct' : 'lostCumPct'
  const show = (v: number) => (metric === 'cases' ? formatInt(v) : yuan(v))
  const open = (i: number) => {
    const r = rows[i]
    if (r && r.cases > 0) onBar({ kind: 'cause', code: r.code, label: r.label })
  }

  return (
    <ChartCard
      {...cardBasics('causes', { data, caption, exportRows })}
      exportRows={(format) => exportRows('causes', format, metric)}
      wide
      title={t('review.causes.title')}
      subtitle={t('review.causes.subtitle')}
      empty={data.summary.cases === 0}
      clickable
      controls={
        <div className="review-toggle" role="group" aria-label={t('review.causes.metric')}>
          {(['cases', 'money'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className={`chip chip-small${metric === m ? ' active' : ''}`}
              aria-pressed={metric === m}
              onClick={() => setMetric(m)}
            >
              {t(m === 'cases' ? 'review.causes.byCases' : 'review.causes.byMoney')}
            </button>
          ))}
        </div>
      }
      renderChart={() => (
        <ComposedChart {...chartSize(printing, 340)} data={rows} margin={{ top: 10, right: 8, bottom: 0, left: lang === 'en' ? 56 : 16 }} onClick={bandClick(open)}>
          <CartesianGrid stroke={grid()} vertical={false} />
          <XAxis dataKey="label" interval={0} height={lang === 'en' ? 96 : 72} tick={<AngledTick max={lang === 'en' ? 22 : 10} />} />
          <YAxis
            yAxisId="v"
            allowDecimals={false}
            tick={axis()}
            tickFormatter={(v: number) => (metric === 'cases' ? formatInt(v) : yuanWhole(v))}
            width={metric === 'cases' ? 40 : 64}
          />
          <YAxis
            yAxisId="pct"
            orientation="right"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tick={axis()}
            tickFormatter={(v: number) => `${v}%`}
            width={44}
          />
          <Tooltip
            contentStyle={tooltipStyle()}
            formatter={(v, name) => (name === t('review.causes.cumPct') ? pct(Number(v)) : show(Number(v)))}
          />
          <Legend verticalAlign="top" height={28} />
          <Bar
            yAxisId="v"
            dataKey={value}
            name={t(metric === 'cases' ? 'review.causes.cases' : 'review.causes.lost')}
            fill={token('chart-bar')}
            isAnimationActive={false}
            maxBarSize={56}
          >
            {rows.map((r) => (
              <Cell key={r.code} fill={causeColor(data.causeList, r.code)} />
            ))}
          </Bar>
          {/* The Pareto rule of thumb: the causes left of where the line crosses 80% are the ones to fix first. */}
          <ReferenceLine yAxisId="pct" y={80} stroke={token('chart-reference')} strokeDasharray="4 4" />
          <Line
            yAxisId="pct"
            dataKey={cum}
            name={t('review.causes.cumPct')}
            stroke={token('chart-ink')}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
      renderTable={() => (
        <table className="mini-table" data-testid="table-causes">
          <TableHead
            cols={[
              t('review.col.cause'),
              endCol(t('review.col.cases')),
              endCol(t('review.col.share')),
              endCol(t('review.col.cumPct')),
              endCol(t('review.col.cancelled')),
              ...moneyCols(t)
            ]}
          />
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.code}>
                <td>
                  <button type="button" className="link review-row-link" onClick={() => open(i)} disabled={r.cases === 0}>
                    <span className="review-dot" style={{ background: causeColor(data.causeList, r.code) }} />
                    {r.label}
                  </button>
                </td>
                <td className="num">{formatInt(r.cases)}</td>
                <td className="num">{pct(metric === 'cases' ? r.casesPct : r.lostPct)}</td>
                <td className="num">{pct(r[cum])}</td>
                <td className="num">{formatInt(r.cancelled)}</td>
                <MoneyCells r={r} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}
