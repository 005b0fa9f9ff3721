// The renderer's only door to the app: a typed wrapper over `window.api` (built by
// preload from the contract). Calls resolve to the value or throw an ApiCallError
// whose messageKey + params the UI translates; raw codes never reach the screen.
import type { CallInput, CallName, CallOutput } from '@shared/contract'
import type { ApiError, Result } from '@shared/errors'

export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.messageKey)
    this.name = 'ApiCallError'
  }
  get field(): string | undefined {
    return this.apiError.field
  }
  get code(): ApiError['code'] {
    return this.apiError.code
  }
}

const INTERNAL: ApiError = { code: 'internal', messageKey: 'errors.internal' }

/** Accepts only a well-formed error envelope; anything else becomes a generic internal error. */
function normaliseError(raw: unknown): ApiError {
  if (!raw || typeof raw !== 'object') return INTERNAL
  const e = raw as Partial<ApiError>
  if (typeof e.code !== 'string' || typeof e.messageKey !== 'string') return INTERNAL
  const out: ApiError = { code: e.code, messageKey: e.messageKey }
  if (e.params && typeof e.params === 'object') out.params = e.params
  if (typeof e.field === 'string' && e.field) out.field = e.field
  return out
}

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const fn = (window.api as unknown as Record<string, ((i: unknown) => Promise<unknown>) | undefined> | undefined)?.[name]
  if (typeof fn !== 'function') throw new ApiCallError({ code: 'internal', messageKey: 'common.apiMissing' })
  let res: Result<CallOutput<K>>
  try {
    res = (await fn(input)) as Result<CallOutput<K>>
  } catch {
    throw new ApiCallError(INTERNAL)
  }
  if (!res || typeof res !== 'object') throw new ApiCallError(INTERNAL)
  if (res.ok) return res.value
  throw new ApiCallError(normaliseError(res.error))
}

/** The ApiError behind anything a call may throw. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiCallError) return e.apiError
  return INTERNAL
}
