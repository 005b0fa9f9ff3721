import { useTranslation } from 'react-i18next'
import { countdown } from '../lib/format'
import { useNow } from '../lib/use-now'

/** "in 5 h" / "overdue 3 h" next to a ship-by deadline; amber under 12 h, red when overdue. */
export function CountdownHint({ iso }: { iso: string | null }) {
  const { t } = useTranslation()
  const now = useNow()
  const c = countdown(iso, now)
  if (!c) return null
  const prefix = c.kind === 'in' ? 'in' : 'overdue'
  const text =
    c.unit === 'minutes'
      ? t(`time.${prefix}Minutes`, { count: c.value })
      : c.unit === 'hours'
        ? t(`time.${prefix}Hours`, { count: c.value })
        : t(`time.${prefix}Days`, { days: c.value, hours: c.hours })
  const urgent = c.kind === 'in' && (c.unit === 'minutes' || (c.unit === 'hours' && c.value < 12))
  return <span className={`countdown ${c.kind === 'overdue' ? 'overdue' : urgent ? 'urgent' : ''}`}>{text}</span>
}
