// Settings › Service level: how sure the reorder figures try to be that stock
// lasts until the next delivery (the z of the safety-stock formula).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_SERVICE_LEVEL, SERVICE_LEVELS, Z_FOR_SERVICE_LEVEL } from '@shared/engine-types'
import type { ApiError } from '@shared/errors'
import { toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { href } from '../../lib/router'

export function ServiceLevelSection() {
  const { t } = useTranslation()
  const { settings, updateSettings, notify, refreshStatus } = useApp()
  const [pending, setPending] = useState<number | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const current = pending ?? settings.serviceLevel

  async function choose(level: number): Promise<void> {
    setPending(level)
    setError(null)
    try {
      await updateSettings({ serviceLevel: level })
      refreshStatus()
      notify(t('serviceLevel.saved', { level: Math.round(level * 100) }))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setPending(null)
    }
  }

  return (
    <section className="box" id="service-level" data-testid="service-level">
      <fieldset className="setting" disabled={pending !== null}>
        <legend className="box-title">{t('serviceLevel.title')}</legend>
        <p className="muted small">{t('serviceLevel.hint')}</p>
        <div className="radio-list">
          {SERVICE_LEVELS.map((level) => (
            <label key={level} className={`radio-card radio-card-stack${current === level ? ' active' : ''}`}>
              <input type="radio" name="service-level" value={level} checked={current === level} onChange={() => void choose(level)} />
              <span className="radio-card-text">
                <strong className="num">{Math.round(level * 100)}%</strong>
                {level === DEFAULT_SERVICE_LEVEL ? <span className="muted small"> {t('serviceLevel.default')}</span> : null}
                <span className="muted small num radio-card-sub">z = {Z_FOR_SERVICE_LEVEL[level]}</span>
              </span>
            </label>
          ))}
        </div>
        <p className="muted small">
          {t('serviceLevel.effect')}{' '}
          <a className="link" href={href('reorder')}>
            {t('serviceLevel.toReorder')} →
          </a>
        </p>
      </fieldset>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  )
}
