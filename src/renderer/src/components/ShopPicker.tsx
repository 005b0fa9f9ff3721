// The global shop picker in the sidebar and the banner saying a filter is on, so a
// merchant never misses another shop's orders without knowing it.
import { useTranslation } from 'react-i18next'
import type { ShopRow } from '@shared/shop-types'
import { useShopFilter } from '../lib/shop-filter'
import { EnumSelect } from './EnumOptions'

export function useShopLabel(): (s: Pick<ShopRow, 'platform' | 'name'>) => string {
  const { t } = useTranslation()
  return (s) => t('shopFilter.option', { platform: t(`platforms.${s.platform}`), name: s.name })
}

export function ShopPicker() {
  const { t } = useTranslation()
  const { shops, shopId, setShopId, multi } = useShopFilter()
  const label = useShopLabel()
  if (!multi) return null
  const byId = new Map(shops.map((s) => [String(s.id), s]))
  return (
    <div className={`shop-picker${shopId !== null ? ' filtered' : ''}`} data-testid="shop-picker">
      <EnumSelect
        label={t('shopFilter.label')}
        values={shops.map((s) => String(s.id))}
        optionLabel={(v) => label(byId.get(v)!)}
        value={shopId === null ? null : String(shopId)}
        onChange={(v: string | null) => setShopId(v === null ? null : Number(v))}
        allLabel={t('shopFilter.all')}
      />
    </div>
  )
}

export function ShopFilterBanner() {
  const { t } = useTranslation()
  const { shop, setShopId } = useShopFilter()
  const label = useShopLabel()
  if (!shop) return null
  return (
    <div className="shop-filter-banner" role="status" data-testid="shop-filter-banner">
      <span>{t('shopFilter.banner', { shop: label(shop) })}</span>
      <button type="button" className="btn btn-small" onClick={() => setShopId(null)}>
        {t('shopFilter.showAll')}
      </button>
    </div>
  )
}

/** The shop an order was sold in, beside its platform, once there is more than one shop. */
export function ShopTag({ name }: { name: string | null }) {
  const { t } = useTranslation()
  const { multi } = useShopFilter()
  if (!multi) return null
  return (
    <span className="shop-tag" data-testid="shop-tag" title={t('shopFilter.column')}>
      {name ?? t('shopFilter.none')}
    </span>
  )
}
