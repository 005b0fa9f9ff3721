// In the preview and the result: the files and sheets read, what joining Taobao's order report and
// item report did, open orders carrying a refund, and the bundles a stock list defines.
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '@shared/types'

export function JoinSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation()
  const j = report.join
  const lines: string[] = []
  if (report.files.length > 1) lines.push(t('join.files', { files: report.files.join('、') }))
  if (report.sheets.length)
    lines.push(
      t('join.sheets', { sheets: report.sheets.map((s) => (s.used ? s.name : t('join.sheetUnused', { name: s.name }))).join('、') })
    )
  if (j) {
    if (j.joined) lines.push(t('join.joined', { count: j.joined }))
    if (j.ordersWithoutItems)
      lines.push(t('join.ordersWithoutItems', { count: j.ordersWithoutItems, sample: j.ordersWithoutItemsSample.slice(0, 3).join('、') }))
    if (j.itemsWithoutOrder)
      lines.push(t('join.itemsWithoutOrder', { count: j.itemsWithoutOrder, sample: j.itemsWithoutOrderSample.slice(0, 3).join('、') }))
  }
  if (report.refundsFlagged) lines.push(t('refund.imported', { count: report.refundsFlagged }))
  const b = report.bundles
  if (b && b.created + b.updated + b.unchanged > 0) lines.push(t('bundles.fromStockList', b))
  if (lines.length === 0) return null
  return (
    <section className="box" aria-label={t('join.title')} data-testid="import-join">
      {j ? <h2 className="box-title">{t('join.title')}</h2> : null}
      <ul className="plain-list">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  )
}
