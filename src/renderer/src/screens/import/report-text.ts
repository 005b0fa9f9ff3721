// Words for the parts of an import report: problems (messageKey + params), the
// detected source, and the before → after values of a change.
import type { TFunction } from 'i18next'
import type { FieldChange, ImportProblem } from '@shared/types'
import { AFTER_SALE_STATUSES, ORDER_STATUSES } from '@shared/types'
import { i18n } from '../../i18n'
import { formatDateTime, formatInt, formatMoney, maskName } from '../../lib/format'

/** A problem in the user's language; a code this version has no words for still gets a plain sentence, never the code. */
export function problemText(t: TFunction, p: ImportProblem): string {
  const params = { ...p.params, row: p.row, column: p.column ?? '' }
  if (i18n.exists(p.messageKey)) return t(p.messageKey, params)
  if (p.row === 0) return t('import.problem.unknownFile')
  return p.column ? t('import.problem.unknownCell', params) : t('import.problem.unknownRow', params)
}

export function platformLabel(t: TFunction, platform: string | null, kind: 'orders' | 'stock'): string {
  if (kind === 'stock') return t('import.kind.stock')
  if (platform === 'generic') return t('import.platformName.generic')
  if (platform && i18n.exists(`platform.${platform}`)) return t(`platform.${platform}`)
  return t('import.platformName.unknown')
}

export function encodingLabel(t: TFunction, encoding: string): string {
  return i18n.exists(`import.encoding.${encoding}`) ? t(`import.encoding.${encoding}`) : encoding.toUpperCase()
}

/** "拼多多 · UTF-8 (BOM)" */
export function sourceLabel(t: TFunction, platform: string | null, kind: 'orders' | 'stock', encoding: string): string {
  return `${platformLabel(t, platform, kind)} · ${encodingLabel(t, encoding)}`
}

export function fieldLabel(t: TFunction, field: string): string {
  return i18n.exists(`import.changeField.${field}`) ? t(`import.changeField.${field}`) : field
}

const isOne = (list: readonly string[], v: unknown): v is string => typeof v === 'string' && list.includes(v)

/** One side of a change, formatted as the rest of the app shows that field. */
export function changeValue(t: TFunction, change: FieldChange, side: 'from' | 'to', timeZone: string): string {
  const v = change[side]
  if (v === null || v === '') return t('import.changes.empty')
  const f = change.field
  if (f === 'status' && isOne(ORDER_STATUSES, v)) return t(`status.${v}`)
  if (f === 'afterSale' && isOne(AFTER_SALE_STATUSES, v)) return t(`afterSale.${v}`)
  if (f.endsWith('Fen') && typeof v === 'number') return formatMoney(v)
  if (f.endsWith('At') && typeof v === 'string') return formatDateTime(v, timeZone)
  if (f === 'lines' && typeof v === 'number') return t('import.changes.lines', { count: v })
  if (f === 'leadTimeDays' && typeof v === 'number') return t('common.days', { count: v })
  if (f === 'buyerName' && typeof v === 'string') return maskName(v)
  if (typeof v === 'number') return formatInt(v)
  return v
}
