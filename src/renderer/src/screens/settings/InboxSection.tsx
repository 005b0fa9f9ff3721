// Settings › Inbox and reminders: the folder the inbox looks in (chosen with the system picker),
// turning the inbox and the reminders off, how many hours before a deadline a short order is
// reminded, and whether closing the window keeps the app running in the tray.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AlertPrefs } from '@shared/inbox-types'
import type { CallInput } from '@shared/contract'
import type { ApiError } from '@shared/errors'
import { MAX_REMINDER_HOURS } from '@shared/calls/inbox'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'

export function InboxSection() {
  const { t } = useTranslation()
  const { notify } = useApp()
  const loaded = useCall('inbox.prefs.get', {}, [])
  const [prefs, setPrefs] = useState<AlertPrefs | null>(null)
  const [hours, setHours] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const current = prefs ?? loaded.data

  async function save(patch: CallInput<'inbox.prefs.set'>): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      setPrefs(await call('inbox.prefs.set', patch))
      notify(t('inbox.settings.saved'))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  async function chooseFolder(): Promise<void> {
    setError(null)
    try {
      const { path } = await call('inbox.chooseFolder', {})
      if (path) await save({ inboxFolder: path })
    } catch (e) {
      setError(toApiError(e))
    }
  }

  function saveHours(): void {
    const n = Number(hours)
    if (!/^\d+$/.test(hours?.trim() ?? '') || n < 1 || n > MAX_REMINDER_HOURS) {
      setError({ code: 'invalid_input', messageKey: 'inbox.settings.badHours', params: { max: MAX_REMINDER_HOURS }, field: 'reminderHours' })
      return
    }
    void save({ reminderHours: n }).then(() => setHours(null))
  }

  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
  if (!current) return null
  return (
    <section className="box" id="inbox-settings" data-testid="inbox-settings">
      <fieldset className="setting" disabled={busy}>
        <legend className="box-title">{t('inbox.settings.title')}</legend>
        <p className="muted small">{t('inbox.settings.intro')}</p>
        <label className="inbox-check">
          <input type="checkbox" checked={current.inboxEnabled} onChange={(e) => void save({ inboxEnabled: e.target.checked })} />
          {t('inbox.settings.enabled')}
        </label>
        <div className="inbox-row">
          <span>{t('inbox.settings.folder')}:</span>{' '}
          <code className="mono" data-testid="inbox-folder">
            {current.inboxFolderInUse}
          </code>{' '}
          {current.inboxFolder === null ? <span className="muted small">{t('inbox.settings.defaultFolder')}</span> : null}
          <div className="toolbar">
            <button type="button" className="btn btn-small" onClick={() => void chooseFolder()}>
              {t('inbox.settings.choose')}
            </button>
            {current.inboxFolder !== null ? (
              <button type="button" className="btn btn-small" onClick={() => void save({ inboxFolder: null })}>
                {t('inbox.settings.useDefault')}
              </button>
            ) : null}
          </div>
        </div>
        <label className="inbox-check">
          <input type="checkbox" checked={current.remindersEnabled} onChange={(e) => void save({ remindersEnabled: e.target.checked })} />
          {t('inbox.settings.remindersEnabled')}
        </label>
        <div className="inbox-row">
          <label>
            {t('inbox.settings.hours')}{' '}
            <input
              className="inbox-hours num"
              inputMode="numeric"
              aria-label={t('inbox.settings.hours')}
              value={hours ?? String(current.reminderHours)}
              onChange={(e) => setHours(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') saveHours()
              }}
            />
          </label>{' '}
          <button type="button" className="btn btn-small" disabled={hours === null} onClick={saveHours}>
            {t('common.save')}
          </button>
          <p className="muted small">{t('inbox.settings.hoursHelp')}</p>
        </div>
        <label className="inbox-check">
          <input type="checkbox" checked={current.keepInTray} onChange={(e) => void save({ keepInTray: e.target.checked })} />
          {t('inbox.settings.keepInTray')}
        </label>
        <p className="muted small">{t('inbox.settings.keepInTrayHelp')}</p>
      </fieldset>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  )
}
