import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ApiError } from '@shared/errors'
import type { Settings } from '@shared/types'
import { call, toApiError } from './api'
import { initI18n, resolveLang } from './i18n'
import { AppProvider } from './lib/app-context'
import { App } from './App'
// The app-wide stylesheets, in cascade order (each screen imports its own too).
import './tokens.css'
import './base.css'
import './app-shell.css'
import './components/screen.css'
import './components/controls.css'
import './components/VirtualTable.css'
import './components/Badges.css'
import './components/Drawer.css'
import './components/Modal.css'
import './components/ErrorNotice.css'
import './screens/alerts/home.css'
import './components/EmptyState.css'
import './screens/alerts/first-run.css'
import './screens/alerts/inbox.css'
import './screens/settings/inbox-settings.css'
import './components/DemoBanner.css'
import './components/ShopPicker.css'
import './screens/settings/settings.css'
import './components/utilities.css'
import './components/ExportMenu.css'
import './screens/import/import.css'
import './screens/import/create-all.css'
import './components/EngineBadges.css'
import './components/SimulationBanner.css'
import './screens/inventory/inventory.css'
import './screens/orders/orders.css'
import './screens/inventory/product-detail.css'
import './screens/queue/queue-work.css'
import './screens/shops/shops.css'
import './screens/reorder/purchase.css'
import './screens/queue/cause-suggest.css'

// Settings come first so the very first frame is already in the right language.
async function start(): Promise<void> {
  let settings: Settings = { language: 'auto', timeZone: 'Asia/Shanghai', serviceLevel: 0.95 }
  let startError: ApiError | null = null
  try {
    settings = await call('settings.get', {})
  } catch (e) {
    startError = toApiError(e)
  }
  await initI18n(resolveLang(settings.language))
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <AppProvider initialSettings={settings}>
        <App startError={startError} />
      </AppProvider>
    </StrictMode>
  )
}

void start()
