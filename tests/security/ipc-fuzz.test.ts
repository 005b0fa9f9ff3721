// IPC fuzzing: every contract call (CALL_NAMES, so calls added later are covered)
// gets random and hostile payloads through dispatch — the path main's ipcMain
// handlers take. Each must come back as a typed error (or a valid result when the
// payload happens to be valid), the process must survive, and a rejected payload
// must leave every table exactly as it was.
import fc from 'fast-check'
import { existsSync, statSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES, contract, type CallName } from '../../src/shared/contract'
import { ERROR_CODES, type Result } from '../../src/shared/errors'
import { messageFor } from '../../src/shared/i18n/translate'
import { dispatch } from '../../src/main/core/dispatch'
import { addProduct, digestDb, fileShop, type FileShop } from '../backup/helpers'
import { insertOrder } from '../helpers/shop'

const RUNS_PER_CALL = Number(process.env.FUZZ_RUNS ?? 120)
let shop: FileShop
let fuzzed = 0
const outcomes = { rejected: 0, accepted: 0 }

beforeAll(async () => {
  shop = fileShop()
  const a = await addProduct(shop, 'FZ-1', 10)
  await addProduct(shop, 'FZ-2', 0)
  insertOrder(shop.db, { orderNo: '2611260001', buyerName: '王小明', lines: [{ productId: a, merchantCode: 'FZ-1', quantity: 2 }] })
  await shop.call('backups.create', {})
})
afterAll(() => {
  shop?.cleanup()
  // The number for the closing note.
  console.info(`[ipc-fuzz] ${fuzzed} payloads over ${CALL_NAMES.length} calls: ${outcomes.rejected} rejected with a typed error, ${outcomes.accepted} valid`)
})

const HUGE = 'A'.repeat(1_000_000)
const hostileString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 5000 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '__proto__',
    'constructor',
    '../../../../etc/passwd',
    'C:\\Windows\\System32',
    '\\\\server\\share\\x.db',
    '=HYPERLINK("http://x")',
    "'; DROP TABLE products; --",
    '%s%n%x',
    '\u202egnp.exe',
    '😀'.repeat(50),
    HUGE
  )
)
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0.5, -2.5, 1e-300, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 53), 1e308)
)
const hostileDate = fc.oneof(
  fc.date(),
  fc.constantFrom(new Date(NaN), new Date(8.64e15), new Date(-8.64e15)),
  fc.constantFrom('+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '9999-99-99', '0000-00-00T00:00:00Z', '2026-02-30T25:61:00Z')
)
/** Values a real call would take, so that shaped payloads are sometimes valid and reach the handlers. */
const plausible = fc.constantFrom('orders', 'stock', 'csv', 'xlsx', 'en', 'zh-CN', 'pdd', 'auto', 'all', 'receive', 'adjust', 'count', 'data', 'backups', 1, 2, 3, 0, true, false, [], {})
const leaf = fc.oneof(
  hostileString,
  hostileNumber,
  hostileDate,
  plausible,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.uint8Array({ maxLength: 64 })
)
const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), protoKey), tie('value'), { maxKeys: 4 })
  )
}))

function keysOf(name: CallName): string[] {
  const schema = contract[name].input as unknown as { shape?: Record<string, unknown> }
  return Object.keys(schema.shape ?? {})
}

/** Payloads for one call: anything at all; objects with the call's own keys and hostile values; and __proto__ as an own key (as JSON.parse makes it). */
function payloadFor(name: CallName): fc.Arbitrary<unknown> {
  const keys = keysOf(name)
  const shaped = fc
    .record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] })
    .chain((o) => fc.option(fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), protoKey), value), { nil: null }).map((extra) => ({ o, extra })))
    .map(({ o, extra }) => {
      if (!extra) return o
      // defineProperty, so "__proto__" becomes an own key rather than changing the prototype.
      return Object.defineProperty({ ...o }, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true })
    })
  const protoJson = value.map((v) => {
    try {
      return JSON.parse(`{"__proto__": ${JSON.stringify(v) ?? 'null'}, "constructor": {"prototype": {"polluted": 1}}}`) as unknown
    } catch {
      return JSON.parse('{"__proto__": {"polluted": 1}}') as unknown
    }
  })
  return fc.oneof(
    fc.anything({ withBigInt: true, withDate: true, withTypedArray: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withMap: true, withSet: true }),
    shaped,
    shaped,
    protoJson
  )
}

const tmpRoot = resolve(process.env.TMPDIR ?? '/tmp')
/**
 * Safety for the machine running the test, not a limit on the code under test: a
 * payload naming an existing folder outside the temporary area (e.g. "/.") would
 * be accepted as a backup folder and receive backups. Such payloads are skipped.
 */
function touchesRealFolder(v: unknown, depth = 0): boolean {
  if (depth > 6) return false
  if (typeof v === 'string' && v.length < 4096 && /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v) && !v.includes('\u0000')) {
    const p = resolve(v)
    try {
      return existsSync(p) && statSync(p).isDirectory() && !(p + sep).startsWith(tmpRoot + sep)
    } catch {
      return false
    }
  }
  if (v && typeof v === 'object') {
    try {
      return Object.values(v).some((x) => touchesRealFolder(x, depth + 1))
    } catch {
      return false
    }
  }
  return false
}

async function settle(r: Result<unknown>): Promise<void> {
  // A valid import.start runs a job in the background; let it end before the next payload is compared.
  const job = r.ok ? (r.value as { jobId?: unknown; state?: unknown } | null) : null
  if (job && typeof job.jobId === 'string' && job.state === 'running') {
    // Wait for the state, however long a loaded machine takes (the test's own timeout bounds it):
    // a fixed number of polls let the next payload run beside a job still writing.
    for (;;) {
      const s = await dispatch(shop.handlers, 'import.job', { jobId: job.jobId })
      if (!s.ok || (s.value as { state: string }).state !== 'running') return
      await new Promise((ok) => setTimeout(ok, 5))
    }
  }
}

describe('IPC fuzzing through dispatch', () => {
  it('every contract call has a shaped payload generator (a strict object schema with keys or none)', () => {
    for (const name of CALL_NAMES) {
      const schema = contract[name].input as unknown as { shape?: unknown }
      expect(typeof schema.shape, name).toBe('object')
    }
    expect(CALL_NAMES.length).toBeGreaterThan(30)
  })

  it.each(CALL_NAMES.map((n) => [n]))('%s answers hostile payloads with a typed error, and a rejected one changes nothing', async (name) => {
    await fc.assert(
      fc.asyncProperty(payloadFor(name), async (payload) => {
        fc.pre(!touchesRealFolder(payload))
        fuzzed++
        const before = digestDb(shop.db)
        const r = await dispatch(shop.handlers, name, payload)
        expect(r && typeof r === 'object').toBe(true)
        if (r.ok) {
          outcomes.accepted++
          await settle(r)
          return
        }
        outcomes.rejected++
        expect(ERROR_CODES, JSON.stringify(r.error)).toContain(r.error.code)
        // Every refusal carries a message the user can read, in both languages (domain errors live in their own namespaces).
        for (const lang of ['en', 'zh-CN'] as const) expect(messageFor(lang, r.error.messageKey), r.error.messageKey).not.toBe(r.error.messageKey)
        // An unexpected exception would be 'internal': every hostile payload must be refused on purpose.
        expect(r.error.code, `${name} ${fc.stringify(payload).slice(0, 200)}`).not.toBe('internal')
        expect(digestDb(shop.db), `${name} changed the database while refusing`).toBe(before)
      }),
      { numRuns: RUNS_PER_CALL }
    )
    // No pollution of shared prototypes from "__proto__" payloads.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(shop.db.pragma('quick_check', { simple: true })).toBe('ok')
  })

  it('the fuzzed shop still works afterwards', async () => {
    expect((await shop.call('shop.status', {})).skus).toBeGreaterThanOrEqual(2)
    const drift = shop.db
      .prepare('SELECT p.id FROM products p WHERE p.on_hand <> (SELECT COALESCE(SUM(quantity), 0) FROM stock_movements m WHERE m.product_id = p.id)')
      .all()
    expect(drift).toEqual([])
  })
})
