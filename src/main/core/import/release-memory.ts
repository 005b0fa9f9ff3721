// A big import asks V8 for full collections at four, seven and nine tenths of the read, between the
// read and the write, once the file is planned, and when it ends. Parsing a 57 MB export leaves ~45 MB
// of parse garbage in the old generation and holds the file's bytes; V8, with gigabytes of headroom,
// would carry both through the whole write, and the import's orders through the engine's recompute
// that follows. Peak RSS of the 200,000-order import fell from 370–390 MB to 291–299 MB, and of
// `orders import` in the CLI (import and recompute) from 458 to 329 MB, for ~70 ms a collection (bench,
// issue 15). With the collections at four and seven tenths and after the plan (stop 25), the import
// alone peaks at 280–283 MB instead of 287–299: the peak was the read's end, and for a re-import the
// plan (the stored orders' index beside the file's).
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null | undefined

/**
 * Runs a full garbage collection. `gc` is exposed by setting V8's flag and taking the function from a
 * fresh context (the flag only equips contexts made after it); where that is refused, nothing happens
 * and the import only keeps more memory for a while.
 */
export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null')
      collect = typeof gc === 'function' ? (gc as () => void) : null
    } catch {
      collect = null
    }
  }
  collect?.()
}

/** From this many bytes of files on, an import's parse garbage is worth a full collection. */
export const RELEASE_FROM_BYTES = 16 * 1024 * 1024
