// The one way a screen reads data: `useCall(name, input, deps)` calls the contract
// whenever deps change and gives {data, error, loading, reload}. Like Actual
// Budget's useQuery, it never hides a failure: a failed call leaves `error` set
// (shown translated by ErrorNotice), never an empty list pretending to be data.
// An answer that arrives after the deps moved on is dropped.
import { useCallback, useEffect, useState } from 'react'
import type { CallInput, CallName, CallOutput } from '@shared/contract'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../api'

export interface CallState<T> {
  data: T | null
  error: ApiError | null
  loading: boolean
  reload: () => void
}

/** `input` null: nothing to ask yet (the state stays empty, not loading). */
export function useCall<K extends CallName>(name: K, input: CallInput<K> | null, deps: readonly unknown[]): CallState<CallOutput<K>> {
  const [version, setVersion] = useState(0)
  const key = JSON.stringify([name, deps, version])
  const [state, setState] = useState<{ key: string; data: CallOutput<K> | null; error: ApiError | null; done: boolean }>({
    key: '',
    data: null,
    error: null,
    done: false
  })
  const ask = input !== null
  const inputText = JSON.stringify(input)
  useEffect(() => {
    if (!ask) return
    let live = true
    call(name, JSON.parse(inputText) as CallInput<K>).then(
      (data) => live && setState({ key, data, error: null, done: true }),
      (e: unknown) => live && setState((s) => ({ key, data: s.data, error: toApiError(e), done: true }))
    )
    return () => {
      live = false
    }
    // The deps the caller names decide when to ask again; the input is read as of then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ask])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  const current = state.key === key
  return {
    data: state.data,
    error: current ? state.error : null,
    loading: ask && !(current && state.done),
    reload
  }
}
