// What a stock change will do, before it is recorded: on hand now → after, and the
// change itself (red when stock goes down or below zero, green when it goes up).
// The receive and stock-move dialogs show it as the user types.
import { useTranslation } from 'react-i18next'
import { formatInt, formatSigned } from '../lib/format'

export function StockPreview({ onHand, change, testId }: { onHand: number | null; change: number | null; testId: string }) {
  const { t } = useTranslation()
  const after = onHand === null || change === null ? null : onHand + change
  return (
    <div className="preview" aria-live="polite">
      <div>
        <span className="preview-label">{t('movement.onHandNow')}</span>
        <span className="num strong">{onHand === null ? '—' : formatInt(onHand)}</span>
      </div>
      <span className="preview-arrow" aria-hidden="true">
        →
      </span>
      <div>
        <span className="preview-label">{t('movement.after')}</span>
        <span className={`num strong${after !== null && after < 0 ? ' text-danger' : ''}`} data-testid={testId}>
          {after === null ? '—' : formatInt(after)}
        </span>
      </div>
      <div>
        <span className="preview-label">{t('movement.change')}</span>
        <span className={`num${change !== null && change < 0 ? ' text-danger' : change ? ' text-success' : ''}`}>
          {change === null ? '—' : formatSigned(change)}
        </span>
      </div>
    </div>
  )
}

/** A SKU as a dialog names it: its merchant code, its name and its spec. */
export function SkuLine({ code, name, spec }: { code: string; name: string; spec: string }) {
  return (
    <>
      <span className="mono">{code}</span> · {name}
      {spec ? ` · ${spec}` : ''}
    </>
  )
}
