// App-wide state: settings (language, time zone), the shop's status numbers, a data
// version that screens watch to refetch after big changes (demo load), and toasts.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Lang } from '@shared/i18n/translate'
import type { Settings, ShopStatus } from '@shared/types'
import type { EngineSummary } from '@shared/engine-types'
import type { CallInput } from '@shared/contract'
import { call } from '../api'
import { resolveLang, setLang } from '../i18n'

import { TOAST_MS, withToast, type Toast, type ToastKind } from '@shared/toast-rules'

export type { Toast, ToastKind } from '@shared/toast-rules'

interface AppState {
  settings: Settings
  lang: Lang
  timeZone: string
  status: ShopStatus | null
  /** The stockout engine's totals as of its last recompute (null until read, or when it failed). */
  engine: EngineSummary | null
  dataVersion: number
  toasts: Toast[]
  updateSettings: (patch: CallInput<'settings.update'>) => Promise<Settings>
  refreshStatus: () => void
  /** Something changed broadly (e.g. the demo shop was loaded): every screen refetches. */
  dataChanged: () => void
  notify: (text: string, kind?: ToastKind) => void
  dismiss: (id: number) => void
}

const Ctx = createContext<AppState | null>(null)

export function AppProvider({ initialSettings, children }: { initialSettings: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initialSettings)
  const [status, setStatus] = useState<ShopStatus | null>(null)
  const [engine, setEngine] = useState<EngineSummary | null>(null)
  const [dataVersion, setDataVersion] = useState(0)
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextToast = useRef(1)
  const lang = resolveLang(settings.language)

  const refreshStatus = useCallback(() => {
    call('shop.status', {}).then(setStatus, () => {
      /* the screens that need it show their own error */
    })
    call('engine.summary', {}).then(setEngine, () => setEngine(null))
  }, [])

  useEffect(() => {
    refreshStatus()
  }, [refreshStatus, dataVersion])

  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), [])
  const notify = useCallback(
    (text: string, kind: ToastKind = 'success') => {
      const id = nextToast.current++
      setToasts((ts) => withToast(ts, { id, kind, text }))
      const ms = TOAST_MS[kind]
      if (ms !== null) window.setTimeout(() => dismiss(id), ms)
    },
    [dismiss]
  )

  const updateSettings = useCallback(async (patch: CallInput<'settings.update'>) => {
    const next = await call('settings.update', patch)
    await setLang(resolveLang(next.language))
    setSettings(next)
    return next
  }, [])

  const dataChanged = useCallback(() => setDataVersion((v) => v + 1), [])

  const value = useMemo<AppState>(
    () => ({
      settings,
      lang,
      timeZone: settings.timeZone,
      status,
      engine,
      dataVersion,
      toasts,
      updateSettings,
      refreshStatus,
      dataChanged,
      notify,
      dismiss
    }),
    [settings, lang, status, engine, dataVersion, toasts, updateSettings, refreshStatus, dataChanged, notify, dismiss]
  )
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useApp(): AppState {
  const v = useContext(Ctx)
  if (!v) throw new Error('useApp outside AppProvider')
  return v
}
