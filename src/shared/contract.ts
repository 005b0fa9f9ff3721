// The one contract: every call the renderer (and the CLI) can make, with the
// runtime schema of its input and the type of its output. Each domain keeps its
// calls in src/shared/calls/; this file joins them, and main, preload, the
// renderer and the CLI derive their types and bindings from the result.
import type { z } from 'zod'
import type { Result } from './errors'
import { appCalls } from './calls/app'
import { backupCalls } from './calls/backup'
import { engineCalls } from './calls/engine'
import { exportCalls } from './calls/exports'
import { importCalls } from './calls/imports'
import { importUndoCalls } from './calls/import-undo'
import { inventoryCalls } from './calls/inventory'
import { orderCalls } from './calls/orders'
import { queueCalls } from './calls/queue'
import { reviewCalls } from './calls/review'
import { vocabularyCalls } from './calls/vocabulary'
import { firstRunCalls } from './calls/first-run'
import { shopCalls } from './calls/shops'
import { inboxCalls } from './calls/inbox'
import { purchaseCalls } from './calls/purchase'
import { causeSuggestCalls } from './calls/cause-suggest'

export { PRODUCT_FILTERS, PRODUCT_SORTS } from './calls/inventory'
export { ORDER_SORTS } from './calls/orders'
export { IMPORT_PLATFORMS, MAX_IMPORT_BYTES, type ColumnMappingInput } from './calls/imports'

export const contract = {
  ...appCalls,
  ...inventoryCalls,
  ...orderCalls,
  ...importCalls,
  ...importUndoCalls,
  ...exportCalls,
  ...backupCalls,
  ...engineCalls,
  ...queueCalls,
  ...reviewCalls,
  ...vocabularyCalls,
  ...firstRunCalls,
  ...shopCalls,
  ...inboxCalls,
  ...purchaseCalls,
  ...causeSuggestCalls
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = Contract[K]['output']

export const CALL_NAMES = Object.keys(contract) as CallName[]

/** The table the core implements: one handler per call, taking the parsed input. Most are synchronous SQLite work; long ones may return a promise. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> }

/** What preload exposes as `window.api`: one async function per call, returning the envelope. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> }

/** IPC channel of a call; one place so main and preload cannot disagree. */
export const channelOf = (name: CallName): string => `api:${name}`
