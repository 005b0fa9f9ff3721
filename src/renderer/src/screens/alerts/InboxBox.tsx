// Exports waiting in the downloads folder (issue 16 point 2): "2 new exports: 拼多多 订单 · 1,204 行",
// each one click from the usual import preview. Nothing is imported from here. Hidden when there
// is nothing new to say; the folder is looked at again every half minute while the screen is open.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { inboxFileLine } from '@shared/reminder-text'
import type { InboxFile } from '@shared/inbox-types'
import { BoxHead } from '../../components/PageHeader'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useCall } from '../../lib/use-call'
import { navigate } from '../../lib/router'

const LOOK_AGAIN_MS = 30_000

export function InboxBox() {
  const { t, i18n } = useTranslation()
  const scan = useCall('inbox.scan', { folder: null }, [])
  const [showImported, setShowImported] = useState(false)
  const { reload } = scan
  useEffect(() => {
    const timer = window.setInterval(reload, LOOK_AGAIN_MS)
    return () => window.clearInterval(timer)
  }, [reload])

  if (scan.error) return <ErrorNotice error={scan.error} onRetry={reload} />
  const data = scan.data
  if (!data || !data.enabled) return null
  const fresh = data.files.filter((f) => !f.imported)
  const imported = data.files.filter((f) => f.imported)
  if (!fresh.length && !data.waiting.length && !data.unreadable) return null
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN'
  const row = (f: InboxFile) => (
    <li key={f.path} className={`inbox-file${f.imported ? ' inbox-imported' : ''}`} data-testid="inbox-file">
      <span className="inbox-what">{inboxFileLine(lang, f)}</span>
      <span className="inbox-name mono" title={f.path}>
        {f.name}
      </span>
      {f.imported ? <span className="muted small">{t('inbox.imported')}</span> : null}
      <button
        type="button"
        className="btn btn-small"
        aria-label={t('inbox.openLabel', { name: f.name })}
        onClick={() => navigate('import', { kind: f.kind, inbox: f.name })}
      >
        {t('inbox.open')}
      </button>
    </li>
  )
  return (
    <section className="box inbox-box" aria-labelledby="inbox-title" data-testid="inbox">
      <BoxHead id="inbox-title" title={`${t('inbox.count', { count: fresh.length })}`} hint={t('inbox.folderNote', { folder: data.folder })} />
      {data.unreadable ? <p className="notice notice-error">{t('inbox.unreadable', { folder: data.folder })}</p> : null}
      {fresh.length ? <ul className="inbox-list">{fresh.map(row)}</ul> : null}
      {data.waiting.length ? <p className="muted small">{t('inbox.waiting', { count: data.waiting.length })}</p> : null}
      {imported.length ? (
        <button type="button" className="btn btn-small" onClick={() => setShowImported((v) => !v)}>
          {showImported ? t('inbox.hideImported') : t('inbox.showImported', { count: imported.length })}
        </button>
      ) : null}
      {showImported && imported.length ? <ul className="inbox-list">{imported.map(row)}</ul> : null}
    </section>
  )
}
