// The import limits as errors: which limit a file went past, in words the user can act on.
// Thrown from deep inside the readers (they know the limit, not the file name); runImport
// adds the file's name on the way out.
import { AppError } from '../../../../shared/errors'
import { IMPORT_LIMITS, type ImportLimit } from '../../../../shared/import-limits'

const BYTE_LIMITS: ReadonlySet<ImportLimit> = new Set(['fileBytes', 'xlsxUnpackedBytes', 'xlsxRatioFloorBytes'])

/** The limit as people say it: "512 MB", "1,000,000", "200×". */
export function limitText(limit: ImportLimit): string {
  const n = IMPORT_LIMITS[limit]
  if (BYTE_LIMITS.has(limit)) return `${Math.round(n / 1024 / 1024)} MB`
  if (limit === 'xlsxPartRatio') return `${n}×`
  return n.toLocaleString('en-US')
}

export function limitError(limit: ImportLimit, file = ''): AppError {
  return new AppError('import_limit', { limit, max: limitText(limit), file }, undefined, `importLimits.${limit}`)
}

export const isLimitError = (e: unknown): e is AppError => e instanceof AppError && e.code === 'import_limit'

/** The same refusal, now naming the file it is about. */
export function withFileName(e: unknown, fileName: string): unknown {
  if (!isLimitError(e)) return e
  return new AppError('import_limit', { ...e.params, file: fileName }, undefined, e.messageKey)
}
