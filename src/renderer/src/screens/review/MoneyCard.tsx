// What the stockouts cost per week: refunds beside the money lost (compensation
// paid + estimated lost margin, stacked). Click a week for its cases.
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { MoneyRow } from '@shared/review-types'
import { formatInt } from '../../lib/format'
import { ChartCard } from './ChartCard'
import { axis, bandClick, cardBasics, grid, tooltipStyle, type CardProps } from './card-props'
import { shortDay, yuan, yuanWhole } from './look'
import { chartSize } from './use-printing'
import { MoneyCells, moneyCols, WeekCell } from './table-cells'
import { endCol, TableHead } from '../../components/TableHead'
import { token } from '../../lib/tokens'

const SERIES = [
  { key: 'refundFen', stack: 'refund', color: 'chart-refund', label: 'review.col.refund' },
  { key: 'compensationFen', stack: 'lost', color: 'chart-compensation', label: 'review.col.compensation' },
  { key: 'marginFen', stack: 'lost', color: 'chart-margin', label: 'review.col.margin' }
] as const

export function MoneyCard({ data, caption, onBar, exportRows, printing }: CardProps) {
  const { t } = useTranslation()
  const rows = data.money.map((w) => ({ ...w, label: shortDay(w.week) }))
  const open = (i: number) => {
    const w = rows[i]
    if (w) onBar({ kind: 'week', week: w.week, label: t('review.drill.week', { date: w.week }) })
  }
  return (
    <ChartCard
      {...cardBasics('money', { data, caption, exportRows })}
      title={t('review.money.title')}
      subtitle={t('review.money.subtitle')}
      empty={data.summary.cases === 0}
      clickable
      renderChart={() => (
        <BarChart {...chartSize(printing, 320)} data={rows} margin={{ top: 10, right: 4, bottom: 0, left: 0 }} onClick={bandClick(open)}>
          <CartesianGrid stroke={grid()} vertical={false} />
          <XAxis dataKey="label" tick={axis()} interval="preserveStartEnd" />
          <YAxis tick={axis()} tickFormatter={(v: number) => yuanWhole(v)} width={64} />
          <Tooltip
            contentStyle={tooltipStyle()}
            labelFormatter={(_, payload) => {
              const w = payload?.[0]?.payload as MoneyRow | undefined
              return w ? t('review.trend.week', { date: w.week }) : ''
            }}
            formatter={(v) => yuan(Number(v))}
          />
          <Legend />
          {SERIES.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              stackId={s.stack}
              name={t(s.label)}
              fill={token(s.color)}
              isAnimationActive={false}
              maxBarSize={36}
            />
          ))}
        </BarChart>
      )}
      renderTable={() => (
        <table className="mini-table" data-testid="table-money">
          <TableHead cols={[t('review.col.week'), endCol(t('review.col.cases')), ...moneyCols(t)]} />
          <tbody>
            {rows.map((w, i) => (
              <tr key={w.week}>
                <WeekCell w={w} onOpen={() => open(i)} />
                <td className="num">{formatInt(w.cases)}</td>
                <MoneyCells r={w} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}
