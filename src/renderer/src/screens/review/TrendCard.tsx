// Stockout cases per week, stacked by cause, with the cancellation rate
// (cancelled for stockout ÷ orders paid) on the right axis. Click a week's bar
// for its cases. Cases still waiting for a cause are not drawn (they would dwarf
// the rest in the current week) but are counted in the table and said in the subtitle.
import { useTranslation } from 'react-i18next'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import type { TrendRow } from '@shared/review-types'
import { formatInt } from '../../lib/format'
import { useApp } from '../../lib/app-context'
import { ChartCard } from './ChartCard'
import { axis, bandClick, cardBasics, grid, tooltipStyle, type CardProps } from './card-props'
import { causeColor, causeLabel, pct, shortDay } from './look'
import { chartSize } from './use-printing'
import { WeekCell } from './table-cells'
import { endCol, TableHead } from '../../components/TableHead'
import { token } from '../../lib/tokens'

const countOf = (row: TrendRow, code: string): number => (Object.hasOwn(row.byCause, code) ? row.byCause[code]! : 0)

export function TrendCard({ data, caption, onBar, exportRows, printing }: CardProps) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const rows = data.trend.map((w) => ({ ...w, label: shortDay(w.week) }))
  const causes = data.causes.filter((c) => c.cases > 0)
  const rate = t('review.trend.rate')
  const pending = data.summary.unclassified
  const weekTitle = (w: TrendRow) =>
    w.days === 7
      ? t('review.trend.week', { date: w.week })
      : `${t('review.trend.week', { date: w.week })} · ${t('review.trend.partial', { from: w.from, to: w.to, days: w.days })}`
  const open = (i: number) => {
    const w = rows[i]
    if (w) onBar({ kind: 'week', week: w.week, label: t('review.drill.week', { date: w.week }) })
  }

  return (
    <ChartCard
      {...cardBasics('trend', { data, caption, exportRows })}
      wide
      title={t('review.trend.title')}
      subtitle={
        <>
          {t('review.trend.subtitle')}
          {pending > 0 ? <span className="review-pending"> {t('review.trend.pendingNote', { count: pending })}</span> : null}
        </>
      }
      empty={data.summary.cases === 0}
      clickable
      renderChart={() => (
        <ComposedChart {...chartSize(printing, 320)} data={rows} margin={{ top: 10, right: 4, bottom: 0, left: 0 }} onClick={bandClick(open)}>
          <CartesianGrid stroke={grid()} vertical={false} />
          <XAxis dataKey="label" tick={axis()} interval="preserveStartEnd" />
          <YAxis yAxisId="n" allowDecimals={false} tick={axis()} width={36} />
          <YAxis
            yAxisId="pct"
            orientation="right"
            domain={[0, (max: number) => Math.max(1, Math.ceil(max))]}
            allowDecimals={false}
            tick={axis()}
            tickFormatter={(v: number) => `${v}%`}
            width={40}
          />
          <Tooltip
            contentStyle={tooltipStyle()}
            labelFormatter={(_, payload) => {
              const w = payload?.[0]?.payload as TrendRow | undefined
              return w ? weekTitle(w) : ''
            }}
            formatter={(v, name) => (name === rate ? pct(v === null || v === undefined ? null : Number(v)) : formatInt(Number(v)))}
          />
          <Legend />
          {causes.map((c) => (
            <Bar
              key={c.code}
              yAxisId="n"
              stackId="cases"
              dataKey={(row: TrendRow) => countOf(row, c.code)}
              name={causeLabel(lang, c)}
              fill={causeColor(data.causeList, c.code)}
              isAnimationActive={false}
              maxBarSize={48}
            />
          ))}
          <Line
            yAxisId="pct"
            dataKey="cancelRatePct"
            name={rate}
            stroke={token('chart-ink')}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
      renderTable={() => (
        <table className="mini-table" data-testid="table-trend">
          <TableHead
            cols={[
              t('review.col.week'),
              endCol(t('review.col.days')),
              endCol(t('review.col.cases')),
              ...causes.map((c) =>
                endCol(
                  <>
                    <span className="review-dot" style={{ background: causeColor(data.causeList, c.code) }} />
                    {causeLabel(lang, c)}
                  </>,
                  causeLabel(lang, c)
                )
              ),
              endCol(t('review.col.pending')),
              endCol(t('review.col.cancelled')),
              endCol(t('review.col.orders')),
              endCol(t('review.col.rate'))
            ]}
          />
          <tbody>
            {rows.map((w, i) => (
              <tr key={w.week}>
                <WeekCell w={w} onOpen={() => open(i)} />
                <td className="num">{w.days}</td>
                <td className="num">{formatInt(w.cases)}</td>
                {causes.map((c) => (
                  <td key={c.code} className="num">
                    {formatInt(countOf(w, c.code))}
                  </td>
                ))}
                <td className="num">{formatInt(w.pending)}</td>
                <td className="num">{formatInt(w.cancelled)}</td>
                <td className="num">{formatInt(w.orders)}</td>
                <td className="num">{pct(w.cancelRatePct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}
