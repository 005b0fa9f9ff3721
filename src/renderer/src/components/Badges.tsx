import { useTranslation } from 'react-i18next'
import type { AfterSaleStatus, OrderStatus, Platform } from '@shared/types'

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation()
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
}

export function PlatformTag({ platform }: { platform: Platform }) {
  const { t } = useTranslation()
  return <span className={`platform platform-${platform}`}>{t(`platform.${platform}`)}</span>
}

export function AfterSaleBadge({ value }: { value: AfterSaleStatus }) {
  const { t } = useTranslation()
  if (value === 'none') return null
  return <span className={`badge aftersale-${value}`}>{t(`afterSale.${value}`)}</span>
}
