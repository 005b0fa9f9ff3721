// The one path every call takes into the core — from ipcMain, from the CLI and
// from the e2e harness alike: look the call up in the contract, validate the
// input with its schema, run the handler, and wrap the outcome in an envelope.
import { contract, type CallName, type Handlers } from '../../shared/contract'
import { AppError, type ApiError, type Result } from '../../shared/errors'
import { sqliteErrorToAppError } from './db/sqlite-errors'
import { callDeclared } from './writes'

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail(new AppError('unknown_call', { name: String(name).slice(0, 64) }).toApiError())
  let parsed: ReturnType<(typeof contract)[CallName]['input']['safeParse']>
  try {
    parsed = contract[name].input.safeParse(rawInput ?? {})
  } catch {
    // A schema's own check can throw on a hostile value (an object that cannot be turned into a string): still a bad input.
    return fail(new AppError('invalid_input', { field: '', reason: 'invalid' }).toApiError())
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.map(String).join('.') || undefined
    return fail(new AppError('invalid_input', { field: field ?? '', reason: issue?.code ?? 'invalid' }, field).toApiError())
  }
  try {
    // A call declared as a write (writes.ts) is followed by the recompute here, once it has succeeded.
    return { ok: true, value: await callDeclared(handlers[name] as (input: unknown) => unknown, parsed.data) }
  } catch (e) {
    return fail(toApiError(e))
  }
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof AppError) return e.toApiError()
  const fromSqlite = sqliteErrorToAppError(e)
  if (fromSqlite) return fromSqlite.toApiError()
  // Unexpected: keep the process alive and say so plainly. Only the error's type
  // and where it was thrown go to stderr: a message can quote the data that
  // caused it (a cell of an order file, a buyer's name or phone number).
  console.error('[stockout-desk] internal error:', describeForLog(e))
  return new AppError('internal').toApiError()
}

export function describeForLog(e: unknown): string {
  if (!(e instanceof Error)) return `a thrown ${e === null ? 'null' : typeof e}`
  const frame = e.stack?.split('\n').find((line) => line.trim().startsWith('at '))
  return `${e.name}${frame ? ` ${frame.trim()}` : ''}`
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error })
