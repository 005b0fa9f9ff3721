import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type AppInfo, type LanguageSetting } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { langFromLocale } from '@shared/i18n/translate'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PageHeader } from '../../components/PageHeader'
import { useApp } from '../../lib/app-context'
import { DataSection } from './DataSection'
import { InboxSection } from './InboxSection'
import { RulesSection } from './RulesSection'
import { ServiceLevelSection } from './ServiceLevelSection'
import { StatusesSection } from './StatusesSection'
import { ShopsSection } from '../shops/ShopsSection'
import './rules.css'

const TIME_ZONES = [
  { id: 'Asia/Shanghai', key: 'shanghai' },
  { id: 'Asia/Hong_Kong', key: 'hongKong' },
  { id: 'Asia/Taipei', key: 'taipei' },
  { id: 'Asia/Singapore', key: 'singapore' },
  { id: 'Europe/London', key: 'london' },
  { id: 'America/Los_Angeles', key: 'losAngeles' },
  { id: 'UTC', key: 'utc' }
] as const

export function SettingsScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { settings, updateSettings, notify } = useApp()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [infoError, setInfoError] = useState<ApiError | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  /** The choice just made, shown at once while it is being saved. */
  const [pending, setPending] = useState<{ language?: LanguageSetting; timeZone?: string } | null>(null)

  useEffect(() => {
    call('app.info', {}).then(setInfo, (e: unknown) => setInfoError(toApiError(e)))
  }, [])

  // A link may point at one section (e.g. the service level, from the reorder screen).
  const [section] = useState(() => params.get('section'))
  useEffect(() => {
    if (section === 'service-level') document.getElementById(section)?.scrollIntoView({ block: 'start' })
  }, [section])

  async function save(patch: { language?: LanguageSetting; timeZone?: string }): Promise<void> {
    setSaving(true)
    setPending(patch)
    setError(null)
    try {
      await updateSettings(patch)
      notify(t('settings.saved'))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setPending(null)
      setSaving(false)
    }
  }

  const systemLang = langFromLocale(navigator.languages?.[0] ?? navigator.language) === 'zh-CN' ? t('settings.langZh') : t('settings.langEn')
  const langLabel = (l: LanguageSetting) => (l === 'auto' ? t('settings.langAuto', { lang: systemLang }) : l === 'zh-CN' ? t('settings.langZh') : t('settings.langEn'))
  const language = pending?.language ?? settings.language
  const timeZone = pending?.timeZone ?? settings.timeZone
  const knownZone = TIME_ZONES.some((z) => z.id === timeZone)

  return (
    <div className="screen screen-scroll">
      <PageHeader title={t('settings.title')} />
      <div className="settings">
        <section className="box">
          <fieldset className="setting" disabled={saving}>
            <legend className="box-title">{t('settings.language')}</legend>
            <p className="muted small">{t('settings.languageHint')}</p>
            <div className="radio-list">
              {LANGUAGES.map((l) => (
                <label key={l} className={`radio-card${language === l ? ' active' : ''}`}>
                  <input type="radio" name="language" value={l} checked={language === l} onChange={() => void save({ language: l })} />
                  <span lang={l === 'zh-CN' ? 'zh-CN' : l === 'en' ? 'en' : undefined}>{langLabel(l)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="box">
          <label className="setting">
            <span className="box-title">{t('settings.timeZone')}</span>
            <span className="muted small">{t('settings.timeZoneHint')}</span>
            <select value={timeZone} disabled={saving} onChange={(e) => void save({ timeZone: e.target.value })}>
              {!knownZone ? <option value={timeZone}>{timeZone}</option> : null}
              {TIME_ZONES.map((z) => (
                <option key={z.id} value={z.id}>
                  {t(`settings.tz.${z.key}`)} ({z.id})
                </option>
              ))}
            </select>
          </label>
        </section>

        {error ? <ErrorNotice error={error} /> : null}

        <ServiceLevelSection />

        <RulesSection scrollIntoView={section === 'rules'} />
        <ShopsSection />
        <StatusesSection />
        <InboxSection />

        <DataSection />

        <section className="box" aria-labelledby="about-title">
          <h2 className="box-title" id="about-title">
            {t('settings.about')}
          </h2>
          {infoError ? <ErrorNotice error={infoError} /> : null}
          {info ? (
            <dl className="facts facts-wide" data-testid="about">
              <dt>{t('settings.version')}</dt>
              <dd className="mono">{info.version}</dd>
              <dt>{t('settings.schemaVersion')}</dt>
              <dd className="mono">{info.schemaVersion}</dd>
              <dt>{t('settings.dbPath')}</dt>
              <dd className="mono break">{info.dbPath}</dd>
            </dl>
          ) : !infoError ? (
            <p className="muted">{t('common.loading')}</p>
          ) : null}
          <p className="muted small">{t('settings.privacy')}</p>
        </section>
      </div>
    </div>
  )
}
