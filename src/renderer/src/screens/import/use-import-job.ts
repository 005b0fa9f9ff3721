// Runs one import job at a time: start it, poll its progress every 150 ms until it
// ends, and cancel it on request. A preview still running when the screen goes away
// is cancelled; a real import is left to finish (it is one transaction either way).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallInput } from '@shared/contract'
import type { ImportJobStatus } from '@shared/types'
import { call } from '../../api'

const POLL_MS = 150

export interface ImportJob {
  /** The running job's latest status; null when nothing runs. */
  status: ImportJobStatus | null
  cancelling: boolean
  /** Resolves with the job's final status (done, failed or cancelled); throws ApiCallError if a call fails. */
  run: (input: CallInput<'import.start'>) => Promise<ImportJobStatus>
  cancel: () => void
}

const sleep = (ms: number) => new Promise<void>((r) => window.setTimeout(r, ms))

export function useImportJob(): ImportJob {
  const [status, setStatus] = useState<ImportJobStatus | null>(null)
  const [cancelling, setCancelling] = useState(false)
  const current = useRef<ImportJobStatus | null>(null)
  const alive = useRef(true)

  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
      const job = current.current
      if (job && job.dryRun) call('import.cancel', { jobId: job.jobId }).catch(() => undefined)
    }
  }, [])

  const run = useCallback(async (input: CallInput<'import.start'>) => {
    setCancelling(false)
    let s = await call('import.start', input)
    current.current = s
    if (alive.current) setStatus(s)
    try {
      while (s.state === 'running') {
        await sleep(POLL_MS)
        if (!alive.current) return s
        s = await call('import.job', { jobId: s.jobId })
        current.current = s
        if (alive.current) setStatus(s)
      }
      return s
    } finally {
      current.current = null
      if (alive.current) {
        setStatus(null)
        setCancelling(false)
      }
    }
  }, [])

  const cancel = useCallback(() => {
    const job = current.current
    if (!job) return
    setCancelling(true)
    // The next poll reports 'cancelled'; a failure here leaves the job running and the button usable again.
    call('import.cancel', { jobId: job.jobId }).catch(() => setCancelling(false))
  }, [])

  return { status, cancelling, run, cancel }
}
