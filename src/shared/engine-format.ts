// Puts the engine's messages (reason and alert keys with raw params) into words.
// By convention a param named …At is a UTC ISO time, shown as "11-29 10:00" in the
// shop's time zone; …Fen is money in fen, shown as ¥3 or ¥3.50 (money.ts);
// `hours` or …Hours is a length of time, said as "8 天 20 小时" or "37 分钟"
// (time.ts); `platform` is a platform code, shown by its name. Shared by the CLI,
// exports and the renderer.
import type { EngineMessage } from './engine-types'
import { messageFor, type Lang } from './i18n/translate'
import { formatYuan } from './money'
import { durationMessage, formatShopTime } from './time'


const isHours = (name: string): boolean => name === 'hours' || name.endsWith('Hours')

/** A length of time in words in the language: "8 天 20 小时", "5 h 12 min". */
export function formatDuration(lang: Lang, ms: number): string {
  const m = durationMessage(ms)
  return messageFor(lang, m.key, m.params)
}

export function formatEngineParams(lang: Lang, params: EngineMessage['params'], timeZone: string): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (value === null) out[name] = '—'
    else if (name.endsWith('At') && typeof value === 'string') out[name] = formatShopTime(value, timeZone).slice(5, 16) || value
    else if (name.endsWith('Fen') && typeof value === 'number') out[name] = formatYuan(value)
    else if (isHours(name) && typeof value === 'number') out[name] = formatDuration(lang, value * 3_600_000)
    else if (name === 'platform' && typeof value === 'string') out[name] = messageFor(lang, `platform.${value}`)
    else out[name] = value
  }
  return out
}

export function formatEngineMessage(lang: Lang, message: EngineMessage, timeZone: string): string {
  return messageFor(lang, message.key, formatEngineParams(lang, message.params, timeZone))
}
