// i18next over the shared resources (src/shared/i18n), so the UI, the CLI and
// main's error boxes all speak from one set of strings.
import i18n, { type TFunction } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { RESOURCES, langFromLocale, type Lang } from '@shared/i18n/translate'
import type { LanguageSetting } from '@shared/types'
import type { ApiError } from '@shared/errors'

/** 'auto' follows the system's preferred languages: any zh* → zh-CN, otherwise English. */
export function resolveLang(setting: LanguageSetting): Lang {
  if (setting === 'zh-CN' || setting === 'en') return setting
  const prefs = navigator.languages?.length ? navigator.languages : [navigator.language]
  return langFromLocale(prefs[0])
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: {
      en: { translation: RESOURCES.en },
      'zh-CN': { translation: RESOURCES['zh-CN'] }
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    // A placeholder without a value shows nothing rather than "{{x}}" or "undefined".
    missingInterpolationHandler: () => ''
  })
  applyToDocument(lang)
}

function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang
  document.title = i18n.t('app.name')
}

export async function setLang(lang: Lang): Promise<void> {
  if (i18n.language !== lang) await i18n.changeLanguage(lang)
  applyToDocument(lang)
}

/**
 * The words for an API error in the current language. The `field` placeholder is
 * replaced by the field's label (never the raw property name); a key the
 * resources don't know falls back to a generic sentence.
 */
export function errorText(t: TFunction, error: ApiError): string {
  const params: Record<string, string | number> = { ...(error.params ?? {}) }
  const field = typeof params.field === 'string' && params.field ? params.field : error.field
  if (field !== undefined) {
    const head = field.split('.')[0] ?? field
    params.field = i18n.exists(`fields.${head}`) ? t(`fields.${head}`) : t('fields.unknown')
  }
  // A delivery's status comes as its code; say it in words.
  if (error.messageKey === 'engine.errors.incoming_not_open' && typeof params.status === 'string' && i18n.exists(`incoming.status.${params.status}`)) {
    params.status = t(`incoming.status.${params.status}`)
  }
  if (!i18n.exists(error.messageKey)) return t('common.unknownError')
  return t(error.messageKey, params)
}

export { i18n }
