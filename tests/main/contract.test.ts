import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApi } from '../../src/preload/api'
import { CALL_NAMES, channelOf, contract } from '../../src/shared/contract'
import { dispatch } from '../../src/main/core/dispatch'
import { testShop } from '../helpers/shop'

describe('the one contract', () => {
  it('every contract call has a handler in the core table, and the table has nothing else', async () => {
    const { handlers } = testShop()
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort())
    for (const name of CALL_NAMES) expect(typeof handlers[name], name).toBe('function')
  })

  it('every contract call has a preload binding that forwards to its own channel, and nothing else is exposed', async () => {
    const seen: [string, unknown][] = []
    const api = buildApi(async (channel, input) => {
      seen.push([channel, input])
      return { ok: true, value: null }
    })
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort())
    for (const name of CALL_NAMES) await (api[name] as (i: unknown) => Promise<unknown>)({ probe: name })
    expect(seen).toEqual(CALL_NAMES.map((n) => [channelOf(n), { probe: n }]))
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('every call has a runtime input schema', async () => {
    for (const name of CALL_NAMES) expect(typeof contract[name].input.safeParse, name).toBe('function')
  })
})

describe('dispatch, the path every call takes', () => {
  it('refuses names that are not in the contract, including prototype keys', async () => {
    const { handlers } = testShop()
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const r = await dispatch(handlers, name, {})
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_call', messageKey: 'errors.unknown_call' } })
    }
  })

  it('returns invalid_input naming the field for a wrong-typed or extra input, and never throws', async () => {
    const { handlers } = testShop()
    expect(await dispatch(handlers, 'products.get', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'id' }
    })
    expect(await dispatch(handlers, 'products.get', 'a string')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(handlers, 'shop.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(handlers, 'products.list', JSON.parse('{"__proto__": {"x": 1}}'))).toMatchObject({ ok: false })
  })

  it('a value that makes a schema check itself throw is still refused as bad input, for every call', async () => {
    const { handlers } = testShop()
    const hostile = { length: Object.create(null) as object }
    for (const name of CALL_NAMES) {
      for (const payload of [{ now: hostile }, { search: hostile }, hostile]) {
        const r = await dispatch(handlers, name, payload)
        expect(r.ok, name).toBe(false)
      }
    }
  })

  it('turns an unexpected exception into an internal error envelope', async () => {
    const { handlers } = testShop()
    const broken = {
      ...handlers,
      'shop.status': () => {
        throw new TypeError('boom')
      }
    }
    const spy = console.error
    console.error = () => {}
    try {
      expect(await dispatch(broken, 'shop.status', {})).toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } })
    } finally {
      console.error = spy
    }
  })

  it('maps SQLite busy, read-only, full and corrupt errors to codes the user can act on', async () => {
    const { handlers } = testShop()
    const cases: [string, string][] = [
      ['SQLITE_BUSY', 'db_locked'],
      ['SQLITE_READONLY', 'db_readonly'],
      ['SQLITE_FULL', 'db_full'],
      ['SQLITE_CORRUPT', 'db_corrupt'],
      ['SQLITE_NOTADB', 'db_corrupt'],
      ['SQLITE_IOERR_WRITE', 'db_io']
    ]
    for (const [sqlite, code] of cases) {
      const e = Object.assign(new Error('x'), { code: sqlite })
      const r = await dispatch(
        {
          ...handlers,
          'shop.status': () => {
            throw e
          }
        },
        'shop.status',
        {}
      )
      expect(r, sqlite).toMatchObject({ ok: false, error: { code } })
    }
  })
})

describe('the core stays Electron-free', () => {
  it('no file under src/main/core imports electron', async () => {
    const files: string[] = []
    const walk = (d: string): void => {
      for (const f of readdirSync(d)) {
        const p = join(d, f)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.tsx?$/.test(f)) files.push(p)
      }
    }
    walk(join(__dirname, '../../src/main/core'))
    expect(files.length).toBeGreaterThan(5)
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/)
  })
})
