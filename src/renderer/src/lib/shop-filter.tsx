// The one shop filter (issue #16): which shop's orders Orders, Alerts, the queue and
// the review show. Remembered on this computer; it only exists when the shop has
// more than one shop, and a remembered shop that was merged away falls back to all.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { ShopRow } from '@shared/shop-types'
import { useApp } from './app-context'
import { useCall } from './use-call'

const KEY = 'stockout.shop'

interface ShopFilter {
  /** Every shop (platform by platform), [] until read. */
  shops: ShopRow[]
  /** The shop chosen, or null for all shops (always null with one shop or none). */
  shop: ShopRow | null
  shopId: number | null
  setShopId: (id: number | null) => void
  /** More than one shop: the picker and the shop columns show. */
  multi: boolean
}

const Ctx = createContext<ShopFilter>({ shops: [], shop: null, shopId: null, setShopId: () => {}, multi: false })

function remembered(): number | null {
  try {
    const v = Number(window.localStorage.getItem(KEY))
    return Number.isInteger(v) && v > 0 ? v : null
  } catch {
    return null
  }
}

export function ShopFilterProvider({ refreshKey, children }: { refreshKey: string; children: ReactNode }) {
  const { dataVersion } = useApp()
  const list = useCall('shops.list', {}, [dataVersion, refreshKey])
  const [chosen, setChosen] = useState<number | null>(remembered)
  const setShopId = useCallback((id: number | null) => {
    setChosen(id)
    try {
      if (id === null) window.localStorage.removeItem(KEY)
      else window.localStorage.setItem(KEY, String(id))
    } catch {
      // A locked-down profile: the choice lasts until the app closes.
    }
  }, [])
  const value = useMemo<ShopFilter>(() => {
    const shops = list.data ?? []
    const multi = shops.length > 1
    const shop = multi ? (shops.find((s) => s.id === chosen) ?? null) : null
    return { shops, shop, shopId: shop?.id ?? null, setShopId, multi }
  }, [list.data, chosen, setShopId])
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export const useShopFilter = (): ShopFilter => useContext(Ctx)
