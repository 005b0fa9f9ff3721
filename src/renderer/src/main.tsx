import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ApiError } from '@shared/errors'
import type { Settings } from '@shared/types'
import { call, toApiError } from './api'
import { initI18n, resolveLang } from './i18n'
import { AppProvider } from './lib/app-context'
import { App } from './App'
import './styles.css'

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
