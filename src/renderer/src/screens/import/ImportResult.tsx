// After the import: what changed, where to look, and the skipped rows to fix.
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '@shared/types'
import { call } from '../../api'
import { ExportMenu } from '../../components/ExportMenu'
import { Icon } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { href } from '../../lib/router'
import { ReportCounts } from './ImportPreview'
import { sourceLabel } from './report-text'
import { NextStep } from './NextStep'

export function ImportResult({ report, onAnother }: { report: ImportReport; onAnother: () => void }) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const batchId = report.batchId
  return (
    <section className="box import-result" aria-labelledby="import-result-title" data-testid="import-result">
      <div className="result-head">
        <span className="result-icon" aria-hidden="true">
          <Icon name="check" size={22} />
        </span>
        <div>
          <h2 className="box-title" id="import-result-title">
            {t('import.result.title')}
          </h2>
          <p className="muted small">
            {report.fileName} · {sourceLabel(t, report.platform, report.kind, report.encoding)}
          </p>
        </div>
      </div>
      <ReportCounts report={report} done />
      <ul className="result-notes">
        {report.kind === 'orders' ? (
          <li data-testid="import-shipments">
            {report.shipments > 0 ? t('import.result.shipments', { count: report.shipments }) : t('import.result.noShipments')}
          </li>
        ) : (
          <li>{t('import.result.stockCounted')}</li>
        )}
        {report.kind === 'orders' && report.unknownSkus.length > 0 ? (
          <li>{t('import.result.unknownLeft', { count: report.unknownSkus.length })}</li>
        ) : null}
      </ul>
      {report.skipped > 0 && batchId !== null ? (
        <div className="decision decision-warning">
          <Icon name="warning" size={20} />
          <div className="decision-text">
            <strong>{t('import.result.skippedTitle', { count: report.skipped })}</strong>
            <span>{t('import.result.skippedBody')}</span>
          </div>
          <div className="decision-actions">
            <ExportMenu
              label={t('import.result.exportSkipped')}
              testId="export-skipped"
              run={(format) => call('export.skippedRows', { format, lang, batchId })}
            />
          </div>
        </div>
      ) : null}
      <div className="result-actions">
        <a className="btn btn-primary" href={report.kind === 'orders' ? href('orders') : href('inventory')}>
          {report.kind === 'orders' ? t('import.result.viewOrders') : t('import.result.viewInventory')}
        </a>
        {report.kind === 'orders' ? (
          <a className="btn" href={href('inventory')}>
            {t('import.result.viewInventory')}
          </a>
        ) : null}
        <NextStep kind={report.kind} />
        <button type="button" className="btn" onClick={onAnother}>
          {t('import.result.another')}
        </button>
      </div>
    </section>
  )
}
