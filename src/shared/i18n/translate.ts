import { en } from './en'
import { zhCN } from './zh-CN'

export type Lang = 'zh-CN' | 'en'
export const RESOURCES = { en, 'zh-CN': zhCN } as const

/** Looks up a dotted key ("errors.not_found") and fills {{placeholders}}; unknown keys come back as the key. */
export function messageFor(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = RESOURCES[lang]
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined
  }
  if (typeof node !== 'string') return key
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m))
}

/** zh for Chinese locales (zh, zh-CN, zh-TW …), English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
