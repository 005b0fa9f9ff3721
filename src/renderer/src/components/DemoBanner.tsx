// The marker that the shop holds the demo data, on every screen while it does, with
// the way out: "Start my own shop" sets the demo aside as a backup (restorable from
// Settings › Data) and starts an empty shop, after saying exactly what happens.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../api'
import { useApp } from '../lib/app-context'
import { navigate } from '../lib/router'
import { ConfirmDialog } from './ConfirmDialog'
import { Icon } from './Icon'

export function DemoBanner() {
  const { t } = useTranslation()
  const { status } = useApp()
  const [asking, setAsking] = useState(false)
  if (!status?.demo) return null
  return (
    <div className="demo-banner" role="status" data-testid="demo-banner">
      <span className="demo-badge">{t('firstRun.demo.badge')}</span>
      <span className="demo-text">{t('firstRun.demo.banner')}</span>
      <button type="button" className="btn btn-small" onClick={() => setAsking(true)} data-testid="start-own">
        <Icon name="store" size={14} />
        {t('firstRun.demo.startOwn')}
      </button>
      {asking ? <StartOwnDialog importedFiles={status.demo.importedFiles} onClose={() => setAsking(false)} /> : null}
    </div>
  )
}

function StartOwnDialog({ importedFiles, onClose }: { importedFiles: number; onClose: () => void }) {
  const { t } = useTranslation()
  const { notify, dataChanged } = useApp()
  const [includeImported, setIncludeImported] = useState(false)
  async function start(): Promise<void> {
    const r = await call('shop.startOwn', { includeImported })
    onClose()
    notify(t('firstRun.demo.done', { file: r.backup.fileName }))
    navigate('alerts')
    dataChanged()
  }
  return (
    <ConfirmDialog title={t('firstRun.demo.dialogTitle')} confirm={t('firstRun.demo.confirm')} onConfirm={start} onClose={onClose} testId="start-own-dialog">
      <p>{t('firstRun.demo.dialogBody')}</p>
      <p className="muted small">{t('firstRun.demo.dialogKept')}</p>
      {importedFiles > 0 ? (
        <>
          <p className="demo-imported">{t('firstRun.demo.dialogImported', { count: importedFiles })}</p>
          <label className="check-inline">
            <input type="checkbox" checked={includeImported} onChange={(e) => setIncludeImported(e.target.checked)} />
            <span>{t('firstRun.demo.confirmImported')}</span>
          </label>
        </>
      ) : null}
    </ConfirmDialog>
  )
}
