// Opens a file of the inbox folder in the import preview: the screen is reached from Alerts with
// ?inbox=<file name>; the core reads the file from its own folder (the renderer never names a path).
import { useEffect, useRef, useState } from 'react'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import type { PickedFile } from './ImportSource'

export function useInboxFile(
  name: string | null,
  onFile: (f: PickedFile) => void,
  onError: (e: ApiError) => void
): { reading: string | null } {
  const [reading, setReading] = useState<string | null>(name)
  const started = useRef(false)
  // Read as of the first render; the screen starts afresh for every link followed.
  const handlers = useRef({ onFile, onError })
  handlers.current = { onFile, onError }
  useEffect(() => {
    if (!name || started.current) return
    started.current = true
    call('inbox.file', { name }).then(
      (f) => {
        setReading(null)
        handlers.current.onFile({ name: f.name, size: f.size, bytes: f.bytes })
      },
      (e: unknown) => {
        setReading(null)
        handlers.current.onError(toApiError(e))
      }
    )
  }, [name])
  return { reading }
}
