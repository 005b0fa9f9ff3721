import type { CallInput, CallName, CallOutput } from '../shared/contract'
import type { ApiError } from '../shared/errors'
import type { Lang } from '../shared/i18n/translate'
import type { Flags } from './args'

/** A contract call through dispatch; resolves to the value or throws CallFailed. */
export type Call = <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>

export interface Outcome {
  /** Printed as JSON with --json. */
  value: unknown
  text: string
}

export type Command = (call: Call, flags: Flags, args: string[], lang: Lang) => Promise<Outcome>

/** A contract call answered with an error envelope. */
export class CallFailed extends Error {
  constructor(readonly error: ApiError) {
    super(error.messageKey)
  }
}
