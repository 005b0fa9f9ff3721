// Error codes that cross IPC. The renderer and the CLI turn `messageKey` into words
// in the user's language; `params` fill the placeholders of that message.

export const ERROR_CODES = [
  'invalid_input',
  'unknown_call',
  'forbidden_sender',
  'not_found',
  'conflict',
  /** A cancellation-queue step that is not legal where the case is (messageKey says why). */
  'illegal_transition',
  'stock_negative',
  'db_newer_version',
  'db_locked',
  'db_readonly',
  'db_full',
  'db_corrupt',
  'db_io',
  'backup_folder_unavailable',
  'backup_disk_full',
  'backup_invalid',
  'backup_unverified',
  'backup_busy',
  'desktop_unavailable',
  /** An import file past one of IMPORT_LIMITS (params: file, limit, max); nothing was written. */
  'import_limit',
  /** The import worker ran out of the memory it is allowed, or died; nothing was written. */
  'import_worker_died',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type ErrorParams = Record<string, string | number>

export interface ApiError {
  code: ErrorCode
  /** i18n key, e.g. "errors.stock_negative". */
  messageKey: string
  params?: ErrorParams
  /** Which input field was wrong, for forms. */
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** Thrown by the core; turned into an envelope at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly field?: string,
    messageKey?: string
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`)
    this.name = 'AppError'
    this.messageKey = messageKey ?? `errors.${code}`
  }
  readonly messageKey: string

  toApiError(): ApiError {
    const e: ApiError = { code: this.code, messageKey: this.messageKey }
    if (Object.keys(this.params).length) e.params = this.params
    if (this.field) e.field = this.field
    return e
  }
}
