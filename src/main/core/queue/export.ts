// The queue as a file for batch work in the platform's back office: one row per
// case under the screen's filters, in the screen's order, headers and values in
// the user's language, times in the shop's zone, amounts in yuan. toCsv/toXlsx
// neutralise every text cell (a buyer name or note starting with "=" stays text).
import type { ParsedInput } from '../../../shared/contract'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import type { ExportFile } from '../../../shared/types'
import { formatShopTime } from '../../../shared/time'
import type { CoreContext } from '../context'
import { toCsv, toXlsx } from '../export'
import { getSettings } from '../settings/settings'
import { prepared } from '../db/prepared'
import { allQueueRows } from './read'

const KEYS = [
  'platform',
  'orderNo',
  'step',
  'situation',
  'deadline',
  'hoursLeft',
  'lateYuan',
  'buyerName',
  'items',
  'shortSkus',
  'recommendation',
  'notifiedAt',
  'offer',
  'answer',
  'cancelReason',
  'refundYuan',
  'compensationYuan',
  'feedback',
  'cause'
] as const

const word = (lang: Lang, group: string, value: string | null): string =>
  value === null ? '' : messageFor(lang, `cases.${group}.${value}`)

export async function exportQueue(ctx: CoreContext, input: ParsedInput<'export.queue'>): Promise<ExportFile> {
  const { timeZone } = getSettings(ctx)
  const lang = input.lang
  const causes = new Map(
    (
      prepared(ctx.db, 'SELECT code, label_zh AS zh, label_en AS en FROM queue_causes').all() as { code: string; zh: string; en: string }[]
    ).map((c) => [c.code, lang === 'zh-CN' ? c.zh : c.en])
  )
  const rows = allQueueRows(ctx, input).map((r) => ({
    platform: messageFor(lang, `platforms.${r.platform}`),
    orderNo: r.orderNo,
    step: word(lang, 'steps', r.step),
    situation: word(lang, 'situations', r.situation),
    deadline: formatShopTime(r.deadline, timeZone),
    hoursLeft: r.hoursLeft,
    lateYuan: r.lateFen / 100,
    buyerName: r.buyerName,
    items: r.itemsSummary,
    shortSkus: r.shortSkus.join(', '),
    recommendation: r.recommendation ? messageFor(lang, `engine.recommendation.${r.recommendation}`) : '',
    notifiedAt: formatShopTime(r.notifiedAt, timeZone),
    offer: word(lang, 'offers', r.offerKind),
    answer: word(lang, 'answers', r.answer),
    cancelReason: r.cancelReason ?? '',
    refundYuan: r.refundFen === null ? null : r.refundFen / 100,
    compensationYuan: r.compensationFen / 100,
    feedback: word(lang, 'feedback', r.feedback),
    cause: r.causeCode === null ? '' : (causes.get(r.causeCode) ?? r.causeCode)
  }))
  const columns = KEYS.map((key) => ({ key, header: messageFor(lang, `cases.export.${key}`) }))
  const stamp = formatShopTime(ctx.now().toISOString(), timeZone).slice(0, 16).replace(/[-: ]/g, '')
  const bytes = input.format === 'csv' ? toCsv(columns, rows) : await toXlsx(columns, rows)
  return {
    fileName: `queue-${stamp}.${input.format}`,
    mime: input.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
    rows: rows.length
  }
}
