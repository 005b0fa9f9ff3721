// A reminder in words, for the desktop notification (main) and the CLI: one place, both languages.
import { formatDuration } from './engine-format'
import { messageFor, type Lang } from './i18n/translate'
import type { InboxFile, Reminder } from './inbox-types'

export function reminderText(lang: Lang, r: Reminder): { title: string; body: string } {
  const t = (key: string, params: Record<string, string | number> = {}) => messageFor(lang, `inbox.notify.${key}`, params)
  if (r.kind === 'summary') return { title: t('summaryTitle'), body: t('summaryBody', { due: r.dueToday, short: r.short }) }
  const left = formatDuration(lang, r.minutesLeft * 60_000)
  return {
    title: t('orderTitle', { left }),
    body: t('orderBody', { platform: messageFor(lang, `platform.${r.platform}`), orderNo: r.orderNo })
  }
}

/** "拼多多 订单 · 1,204 行" / "Pinduoduo orders · 1,204 rows" — one inbox file as the Alerts line and the CLI say it. */
export function inboxFileLine(lang: Lang, f: Pick<InboxFile, 'platform' | 'kind' | 'rows'>): string {
  const rows = f.rows.toLocaleString('en-US')
  const what =
    f.platform === null ? messageFor(lang, 'inbox.stockList') : `${messageFor(lang, `platform.${f.platform}`)} ${messageFor(lang, `inbox.kind.${f.kind}`)}`
  return `${what} · ${rows} ${lang === 'zh-CN' ? '行' : f.rows === 1 ? 'row' : 'rows'}`
}
