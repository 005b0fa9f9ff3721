// Whether a call changes what the engine reads is said once, where the call is
// registered in the handler table — `writes('stock', fn)` — as Actual Budget marks
// its handlers `mutator(...)`. Dispatch reads the declaration and runs the
// after-write hooks (the engine's recompute, registered in wire.ts) once the call
// has succeeded. Nothing else keeps a list of writing calls, so a new writing call
// cannot be forgotten by a list it is not on.
import type { CoreContext } from './context'

/**
 * What a write can change for the engine. `orders`: orders, what their lines map
 * to, or the day boundaries — the orders are loaded afresh and demand recounted.
 * `stock`: stock, a SKU's settings, deliveries or rules — the recompute may reuse
 * the orders it loaded last time (engine/cache.ts).
 */
export type Change = 'orders' | 'stock'

export interface WriteOptions<O> {
  /**
   * `always` (the default): every successful call wrote. `reported`: the call
   * writes only sometimes (a queue step that may or may not change its order) and
   * says so through the `wrote` callback it is given.
   * `job`: the call starts a job that applies the change later and runs the
   * after-write hooks itself, where the work runs (import jobs); dispatch does nothing.
   */
  when?: 'always' | 'reported' | 'job'
  /** The answer read again when the hooks ran (a queue case, which the recompute may have moved on). */
  reread?: (value: O) => O
}

interface Declaration {
  change: Change
  when: 'always' | 'reported' | 'job'
  ctx: CoreContext
  reread?: (value: unknown) => unknown
}

/**
 * What an `orders` change touched, when the writer knows it exactly (an import): the SKUs whose
 * demand may have moved. Without it every SKU's demand is recounted.
 */
export interface WriteScope {
  products: ReadonlySet<number>
}

type AfterWrite = (ctx: CoreContext, change: Change, scope?: WriteScope) => void
const afterWrite: AfterWrite[] = []

/** Registers a hook run after every declared write (idempotent: a hook is registered once). */
export function onWrite(hook: AfterWrite): void {
  if (!afterWrite.includes(hook)) afterWrite.push(hook)
}

/** Runs the after-write hooks: from dispatch, and from a job that applied a declared write. */
export function runAfterWrite(ctx: CoreContext, change: Change, scope?: WriteScope): void {
  for (const hook of afterWrite) hook(ctx, change, scope)
}

const DECLARED = Symbol('writes')
type Declared = { [DECLARED]?: Declaration }

/** A handler as dispatch calls it: the input, and a callback a `reported` writer calls when it wrote. */
export type WritingHandler<I, O> = (input: I, wrote?: () => void) => O

/** Declares that `run` changes what the engine reads; dispatch runs the after-write hooks after it. */
export function writes<I, O>(ctx: CoreContext, change: Change, run: WritingHandler<I, O>, options: WriteOptions<Awaited<O>> = {}): (input: I) => O {
  const handler = ((input: I, wrote?: () => void) => run(input, wrote)) as WritingHandler<I, O> & Declared
  handler[DECLARED] = {
    change,
    when: options.when ?? 'always',
    ctx,
    ...(options.reread ? { reread: options.reread as (value: unknown) => unknown } : {})
  }
  return handler
}

export function declarationOf(handler: unknown): Declaration | undefined {
  return typeof handler === 'function' ? (handler as Declared)[DECLARED] : undefined
}

/** Gives a wrapper (the backup guard's) the declaration of the handler it wraps. */
export function keepDeclaration<F extends (...args: never[]) => unknown>(from: unknown, wrapper: F): F {
  const declaration = declarationOf(from)
  if (declaration) (wrapper as Declared)[DECLARED] = declaration
  return wrapper
}

/**
 * Calls a handler as dispatch does: then, if it is declared a writer and wrote,
 * runs the after-write hooks and reads its answer again where it asked to.
 */
export async function callDeclared(handler: (input: unknown, wrote?: () => void) => unknown, input: unknown): Promise<unknown> {
  const declaration = declarationOf(handler)
  let wrote = false
  const value = await handler(input, () => {
    wrote = true
  })
  if (!declaration || declaration.when === 'job') return value
  if (declaration.when === 'reported' && !wrote) return value
  runAfterWrite(declaration.ctx, declaration.change)
  return declaration.reread ? declaration.reread(value) : value
}
