import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { Sidebar } from './components/Sidebar'
import { Toasts } from './components/Toasts'
import { ErrorNotice } from './components/ErrorNotice'
import { DemoBanner } from './components/DemoBanner'
import { ShopFilterBanner } from './components/ShopPicker'
import { ShopFilterProvider, useShopFilter } from './lib/shop-filter'
import { useRoute, type Screen } from './lib/router'
import { AlertsScreen } from './screens/alerts/AlertsScreen'
import { OrdersScreen } from './screens/orders/OrdersScreen'
import { QueueScreen } from './screens/queue/QueueScreen'
import { InventoryScreen } from './screens/inventory/InventoryScreen'
import { IncomingScreen } from './screens/incoming/IncomingScreen'
import { ReorderScreen } from './screens/reorder/ReorderScreen'
import { ImportScreen } from './screens/import/ImportScreen'
import { SettingsScreen } from './screens/settings/SettingsScreen'
import { useApp } from './lib/app-context'
import { useFocusAfterNav } from './lib/use-focus-after-nav'
import { useSidebar } from './lib/use-sidebar'

// The review and its charts (recharts) are most of the code: loaded when first opened, not at start.
const ReviewScreen = lazy(() => import('./screens/review/ReviewScreen').then((m) => ({ default: m.ReviewScreen })))

const SCREEN_COMPONENTS: Record<Screen, (props: { params: URLSearchParams }) => React.ReactNode> = {
  alerts: AlertsScreen,
  orders: OrdersScreen,
  queue: QueueScreen,
  inventory: InventoryScreen,
  incoming: IncomingScreen,
  reorder: ReorderScreen,
  review: ReviewScreen,
  import: ImportScreen,
  settings: SettingsScreen
}

export function App({ startError }: { startError: ApiError | null }) {
  // Shops are added in Settings and by imports: the list is read again on every screen change.
  const { key } = useRoute()
  return (
    <ShopFilterProvider refreshKey={key}>
      <Shell startError={startError} />
    </ShopFilterProvider>
  )
}

function Shell({ startError }: { startError: ApiError | null }) {
  const { t } = useTranslation()
  const route = useRoute()
  const { dataVersion } = useApp()
  const sidebar = useSidebar()
  // The screens that filter by shop read it when they mount: a new choice gives a fresh screen.
  const { shopId } = useShopFilter()
  const ScreenComponent = SCREEN_COMPONENTS[route.screen]
  useFocusAfterNav(route.key)
  // A reminder clicked in the system tray or notification centre opens its case here.
  useEffect(() => window.appNav?.onNavigate((r) => (window.location.hash = r)), [])
  return (
    <div className={`app${sidebar.collapsed ? ' nav-collapsed' : ''}`}>
      <Sidebar current={route.screen} collapsed={sidebar.collapsed} onToggle={sidebar.toggle} />
      <main className="main" aria-label={t(`nav.${route.screen}`)} tabIndex={-1}>
        <DemoBanner />
        <ShopFilterBanner />
        {startError ? (
          <div className="start-error">
            <ErrorNotice error={startError} onRetry={() => window.location.reload()} />
          </div>
        ) : null}
        {/* A fresh screen for every link followed and after big data changes. */}
        <Suspense fallback={<div className="screen muted">{t('layout.loadingScreen')}</div>}>
          <ScreenComponent key={`${route.key}#${dataVersion}#${shopId ?? 'all'}`} params={route.params} />
        </Suspense>
      </main>
      <Toasts />
    </div>
  )
}
