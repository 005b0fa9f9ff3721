// Which sheet of a workbook to read: by default every sheet the app recognises as orders (千牛's
// 销售明细 and 订单报表 joined); the merchant may pick one instead — the same choice as the CLI's
// --sheet. When no sheet is recognised, this is how the merchant points at the one with the orders.
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '@shared/types'
import { i18n } from '../../i18n'

export function SheetPicker(props: { report: ImportReport; sheet: string | null; busy: boolean; onSheet: (sheet: string | null) => void }) {
  const { t } = useTranslation()
  const { report, sheet } = props
  if (report.kind !== 'orders' || report.sheets.length < 2) return null
  const names = [...new Set(report.sheets.map((s) => s.name))]
  const noneKnown = report.sheets.every((s) => s.format === 'generic')
  const formatOf = (name: string): string => {
    const f = report.sheets.find((s) => s.name === name)?.format ?? 'generic'
    return i18n.exists(`sheetPicker.format.${f}`) ? t(`sheetPicker.format.${f}`) : f
  }
  return (
    <section className="box sheet-picker" data-testid="sheet-picker" aria-label={t('sheetPicker.title')}>
      <h2 className="box-title">{t('sheetPicker.title')}</h2>
      {noneKnown && sheet === null ? (
        <p className="notice notice-info" role="status" data-testid="sheet-none-known">
          {t('sheetPicker.noneKnown')}
        </p>
      ) : (
        <p className="muted">{t('sheetPicker.hint')}</p>
      )}
      <label className="select-inline">
        <span>{t('sheetPicker.label')}</span>
        <select value={sheet ?? ''} disabled={props.busy} onChange={(e) => props.onSheet(e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('join.allSheets')}</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {t('sheetPicker.option', { name: n, format: formatOf(n) })}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
