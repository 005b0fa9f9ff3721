// The one way a screen reads data: `useCall(name, input, deps)` calls the contract
// whenever deps change and gives {data, error, loading, reload}. Like Actual
// Budget's useQuery, it never hides a failure: a failed call leaves `error` set
// (shown translated by ErrorNotice), never an empty list pretending to be data.
// An answer that arrives after the deps moved on is dropped. `useLoad` is the same
// for a read made of several calls (a screen that needs two lists at once).
import { useCallback, useEffect, useState } from 'react'
import type { CallInput, CallName, CallOutput } from '@shared/contract'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../api'

export interface CallState<T> {
  /** The latest answer; while a new one is on its way (`loading`), the one before stays. */
  data: T | null
  error: ApiError | null
  loading: boolean
  reload: () => void
}

/** Runs `load` whenever `deps` change (or reload is called), unless `enabled` is false. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], enabled = true): CallState<T> {
  const [version, setVersion] = useState(0)
  const key = JSON.stringify([deps, version])
  const [state, setState] = useState<{ key: string; data: T | null; error: ApiError | null; done: boolean }>({
    key: '',
    data: null,
    error: null,
    done: false
  })
  useEffect(() => {
    if (!enabled) return
    let live = true
    load().then(
      (data) => live && setState({ key, data, error: null, done: true }),
      (e: unknown) => live && setState((s) => ({ key, data: s.data, error: toApiError(e), done: true }))
    )
    return () => {
      live = false
    }
    // The deps the caller names decide when to load again; `load` is read as of then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  const current = state.key === key
  return {
    data: state.data,
    error: current ? state.error : null,
    loading: enabled && !(current && state.done),
    reload
  }
}

/** `input` null: nothing to ask yet (the state stays empty, not loading). */
export function useCall<K extends CallName>(name: K, input: CallInput<K> | null, deps: readonly unknown[]): CallState<CallOutput<K>> {
  const inputText = JSON.stringify(input)
  return useLoad(() => call(name, JSON.parse(inputText) as CallInput<K>), [name, ...deps], input !== null)
}
