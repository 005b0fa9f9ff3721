// The check's result before anything is written: where the file came from, what it
// would do, and the one decision to make — import, skip the bad rows, or fix the file.
import { useTranslation } from 'react-i18next'
import type { ImportReport, OrderStatus } from '@shared/types'
import { Icon } from '../../components/Icon'
import { formatInt } from '../../lib/format'
import { ChangeList } from './ChangeList'
import { shopPlatform } from './lists'
import { ProblemTable } from './ProblemTable'
import { problemText, sourceLabel } from './report-text'
import { UnknownSkus } from './UnknownSkus'
import { JoinSummary } from './JoinSummary'
import { UnknownStatusChooser } from './UnknownStatusChooser'
import { BoxHead } from '../../components/PageHeader'
import { ImportShopPicker } from '../shops/ImportShopPicker'

interface Props {
  report: ImportReport
  busy: boolean
  presetName: string | null
  onImport: (skipBadRows: boolean) => void
  onChooseAnother: () => void
  onChangeMapping: (() => void) | null
  onResolved: (message: string) => void
  statusMap: Record<string, OrderStatus>
  onStatusMap: (map: Record<string, OrderStatus>) => void
  /** The shop picked for the file's orders (issue #16); null: the core's suggestion. */
  shopId?: number | null
  onShop?: (shopId: number) => void
}

export function ReportCounts({ report, done }: { report: ImportReport; done: boolean }) {
  const { t } = useTranslation()
  const k = report.kind
  const cards = [
    { key: 'created', value: report.created, tone: report.created ? 'good' : '' },
    { key: 'updated', value: report.updated, tone: report.updated ? 'info' : '' },
    { key: 'unchanged', value: report.unchanged, tone: '' },
    { key: 'skipped', value: report.skipped, tone: report.skipped ? 'bad' : '' }
  ] as const
  return (
    <div className="count-row" data-testid="import-counts">
      {cards.map((c) => (
        <div key={c.key} className={`count-card${c.tone ? ` count-${c.tone}` : ''}`} data-testid={`count-${c.key}`}>
          <div className="count-label">{t(`import.count.${k}.${c.key}${done && c.key === 'skipped' ? 'Done' : ''}`)}</div>
          <div className="count-value num">{formatInt(c.value)}</div>
        </div>
      ))}
    </div>
  )
}

export function ImportPreview({
  report,
  busy,
  presetName,
  onImport,
  onChooseAnother,
  onChangeMapping,
  onResolved,
  statusMap,
  onStatusMap,
  shopId = null,
  onShop
}: Props) {
  const { t } = useTranslation()
  const k = report.kind
  const fileBlockers = report.errors.filter((p) => p.row === 0)
  const rowBlockers = report.errors.filter((p) => p.row > 0)
  const importable = report.created + report.updated + report.unchanged
  const noun = (count: number) => t(`import.noun.${k}`, { count })

  let decision: React.ReactNode
  if (fileBlockers.length > 0) {
    decision = (
      <div className="decision decision-danger" role="alert" data-testid="import-decision">
        <Icon name="warning" size={20} />
        <div className="decision-text">
          <strong>{t('import.decision.fileBlockedTitle')}</strong>
          <ul className="decision-list">
            {fileBlockers.map((p, i) => (
              <li key={i}>{problemText(t, p)}</li>
            ))}
          </ul>
          <span>{t('import.decision.fileBlockedBody')}</span>
        </div>
        <div className="decision-actions">
          <button type="button" className="btn" onClick={onChooseAnother} disabled={busy}>
            {t('import.drop.chooseAnother')}
          </button>
        </div>
      </div>
    )
  } else if (report.blocked) {
    const bad = Math.max(report.skipped, new Set(rowBlockers.map((p) => p.row)).size)
    decision = (
      <div className="decision decision-warning" data-testid="import-decision">
        <Icon name="warning" size={20} />
        <div className="decision-text">
          <strong>{t('import.decision.rowsBlockedTitle', { count: bad })}</strong>
          <span>
            {importable > 0 ? t('import.decision.rowsBlockedBody', { rest: noun(importable) }) : t('import.decision.rowsBlockedNothing')}
          </span>
        </div>
        <div className="decision-actions">
          {importable > 0 ? (
            <button type="button" className="btn btn-primary" onClick={() => onImport(true)} disabled={busy}>
              {t('import.decision.skipAndImport', { count: bad, rest: noun(importable) })}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={onChooseAnother} disabled={busy}>
            {t('import.drop.chooseAnother')}
          </button>
        </div>
      </div>
    )
  } else if (importable === 0) {
    decision = (
      <div className="decision decision-info" data-testid="import-decision">
        <Icon name="info" size={20} />
        <div className="decision-text">
          <strong>{t('import.decision.nothingTitle')}</strong>
          <span>{t('import.decision.nothingBody')}</span>
        </div>
      </div>
    )
  } else {
    const allSame = report.created + report.updated === 0
    decision = (
      <div className="decision decision-ok" data-testid="import-decision">
        <Icon name="check" size={20} />
        <div className="decision-text">
          <strong>{allSame ? t('import.decision.sameTitle') : t('import.decision.readyTitle')}</strong>
          <span>
            {allSame
              ? t('import.decision.sameBody')
              : report.unknownSkus.length > 0
                ? t('import.decision.readyUnknown', { count: report.unknownSkus.length })
                : t('import.decision.readyBody')}
          </span>
        </div>
        <div className="decision-actions">
          <button type="button" className="btn btn-primary btn-large" onClick={() => onImport(false)} disabled={busy}>
            {t('import.decision.import', { what: noun(importable) })}
          </button>
        </div>
      </div>
    )
  }

  const problems = (
    <ProblemTable key={`${report.errors.length}-${report.warnings.length}`} errors={report.errors} warnings={report.warnings} />
  )
  return (
    <div className="import-report" data-testid="import-preview">
      <section className="box" aria-labelledby="import-preview-title">
        <BoxHead id="import-preview-title" title={t('import.preview.title')} hint={t('import.preview.notYet')}>
          <dl className="source-facts">
            <div>
              <dt>{t('import.preview.source')}</dt>
              <dd data-testid="import-source">{sourceLabel(t, report.platform, k, report.encoding)}</dd>
            </div>
            <div>
              <dt>{t('import.preview.rows')}</dt>
              <dd className="num" data-testid="import-rows">
                {formatInt(report.rows)}
              </dd>
            </div>
            {presetName && report.platform === 'generic' ? (
              <div>
                <dt>{t('import.preview.mapping')}</dt>
                <dd>
                  {presetName}
                  {onChangeMapping ? (
                    <button type="button" className="btn btn-ghost btn-small" onClick={onChangeMapping} disabled={busy}>
                      {t('import.preview.changeMapping')}
                    </button>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
        </BoxHead>
        {k === 'orders' && report.shops && onShop ? (
          <ImportShopPicker shops={report.shops} platform={shopPlatform(report.platform)} chosen={shopId} busy={busy} onChoose={onShop} />
        ) : null}
        {fileBlockers.length === 0 ? <ReportCounts report={report} done={false} /> : null}
        {decision}
      </section>
      <JoinSummary report={report} />
      {k === 'orders' ? (
        <UnknownStatusChooser
          key={report.unknownStatuses.map((u) => u.text).join('\u0001')}
          unknown={report.unknownStatuses}
          chosen={statusMap}
          busy={busy}
          onApply={onStatusMap}
        />
      ) : null}
      {/* When rows block the import, their problems come first: they decide what happens next. */}
      {report.blocked ? problems : null}
      {k === 'orders' ? (
        <UnknownSkus unknown={report.unknownSkus} platform={shopPlatform(report.platform)} busy={busy} onResolved={onResolved} />
      ) : null}
      {report.blocked ? null : problems}
      <ChangeList report={report} />
    </div>
  )
}
