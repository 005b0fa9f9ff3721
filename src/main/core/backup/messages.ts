// The words of main's recovery dialogs, in the user's language. Pure, so the
// text a shop owner reads before agreeing to lose work is tested.
import type { RecoveryOffer } from '../../../shared/backup-types'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import { formatShopTime } from '../../../shared/time'

export interface DialogText {
  message: string
  detail: string
}

const count = (lang: Lang, n: number | null): string | number => n ?? messageFor(lang, 'backup.unknownCount')

export function recoveryDialog(lang: Lang, offer: RecoveryOffer, dbPath: string, timeZone: string): DialogText {
  const t = (key: string, params: Record<string, string | number> = {}) => messageFor(lang, `backup.dialog.${key}`, params)
  if (!offer.backup) return { message: t('noBackup'), detail: t('noBackupDetail', { path: dbPath }) }
  return {
    message: t('damaged'),
    detail: t('damagedDetail', {
      at: formatShopTime(offer.backup.at, timeZone).slice(0, 16),
      skus: count(lang, offer.backup.skus),
      orders: count(lang, offer.backup.orders),
      actions: count(lang, offer.loss?.actionsSince ?? null)
    })
  }
}
