// A button's work (back up now, tidy up, undo a restore): one at a time — while it
// runs `busy` names it and another click does nothing — and a failure is kept in
// `error` for ErrorNotice, never dropped. Forms use useSubmit, which also puts an
// error on its field; this is for work started by a button outside a form.
import { useCallback, useRef, useState } from 'react'
import type { ApiError } from '@shared/errors'
import { toApiError } from '../api'

export function useAction<K extends string = 'run'>() {
  const inFlight = useRef(false)
  const [busy, setBusy] = useState<K | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  /** Runs `work` as `kind`; `done` gets its answer; `always` runs after it either way (a refresh). */
  const run = useCallback(async <T>(kind: K, work: () => Promise<T>, done?: (value: T) => void, always?: () => void): Promise<void> => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(kind)
    setError(null)
    try {
      // Not `done?.(await work())`: an optional call skips its arguments when there is no `done`.
      const value = await work()
      done?.(value)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      inFlight.current = false
      setBusy(null)
      always?.()
    }
  }, [])

  return { busy, error, run }
}
