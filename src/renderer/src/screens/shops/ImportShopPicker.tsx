// The import preview's shop (issue #16): which shop the file's orders go to. A file that
// names its shops (Taobao's 店铺名称) says so; orders it names no shop for go to the shop
// picked here — preselected with the platform's last import's shop or its default (the
// core's suggestion), or "New shop…" made on the spot.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportShops } from '@shared/types'
import type { Platform } from '@shared/types'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useCall } from '../../lib/use-call'
import { ShopNameDialog } from './ShopNameDialog'

const NEW = 'new'

export function ImportShopPicker(props: {
  shops: ImportShops
  platform: Platform
  /** The merchant's choice; null: the core's suggestion (props.shops.shopId). */
  chosen: number | null
  busy: boolean
  onChoose: (shopId: number) => void
}) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const listed = useCall('shops.list', {}, [props.chosen, adding])
  const shops = (listed.data ?? []).filter((s) => s.platform === props.platform)
  const { fromFile, shopId, shopName } = props.shops
  const value = props.chosen ?? shopId
  return (
    <div className="import-shop" data-testid="import-shop">
      {fromFile.length ? <span data-testid="import-shop-file">{t('shops.importShopFromFile', { names: fromFile.join('、') })}</span> : null}
      {shopName !== null ? (
        <label className="select-inline">
          <span>{t('shops.importShop')}</span>
          <select
            aria-label={t('shops.importShop')}
            value={value ?? ''}
            disabled={props.busy}
            onChange={(e) => {
              if (e.target.value === NEW) setAdding(true)
              else if (e.target.value) props.onChoose(Number(e.target.value))
            }}
          >
            {value === null ? <option value="">{t('shops.importShopFirst', { name: shopName })}</option> : null}
            {shops.map((s) => (
              <option key={s.id} value={s.id}>
                {s.isDefault ? t('shops.importShopDefault', { name: s.name }) : s.name}
              </option>
            ))}
            <option value={NEW}>{t('shops.importShopNew')}</option>
          </select>
        </label>
      ) : null}
      {listed.error ? <ErrorNotice error={listed.error} /> : null}
      {adding ? (
        <ShopNameDialog
          platform={props.platform}
          onClose={() => setAdding(false)}
          onDone={(shop) => {
            setAdding(false)
            props.onChoose(shop.id)
          }}
        />
      ) : null}
    </div>
  )
}
