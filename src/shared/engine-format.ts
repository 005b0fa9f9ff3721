// Puts the engine's messages (reason and alert keys with raw params) into words.
// By convention a param named …At is a UTC ISO time, shown as "11-29 10:00" in the
// shop's time zone; …Fen is money in fen, shown as ¥3 or ¥3.50; `platform` is a
// platform code, shown by its name. Shared by the CLI, exports and the renderer.
import type { EngineMessage } from './engine-types'
import { messageFor, type Lang } from './i18n/translate'
import { formatFen } from './money'
import { formatShopTime } from './time'

export function formatYuan(fen: number): string {
  const text = formatFen(fen)
  return `¥${text.endsWith('.00') ? text.slice(0, -3) : text}`
}

export function formatEngineParams(lang: Lang, params: EngineMessage['params'], timeZone: string): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (value === null) out[name] = '—'
    else if (name.endsWith('At') && typeof value === 'string') out[name] = formatShopTime(value, timeZone).slice(5, 16) || value
    else if (name.endsWith('Fen') && typeof value === 'number') out[name] = formatYuan(value)
    else if (name === 'platform' && typeof value === 'string') out[name] = messageFor(lang, `platform.${value}`)
    else out[name] = value
  }
  return out
}

export function formatEngineMessage(lang: Lang, message: EngineMessage, timeZone: string): string {
  return messageFor(lang, message.key, formatEngineParams(lang, message.params, timeZone))
}
