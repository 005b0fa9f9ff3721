import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations'
import { tempDir } from '../helpers/shop'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function newDb(): string {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return join(t.dir, 'shop.db')
}

describe('the CLI', () => {
  it('init creates the database and reports its schema version', async () => {
    const db = newDb()
    const r = await cli(db, 'init', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ dbPath: db, schemaVersion: LATEST_SCHEMA_VERSION })
  })

  it('adds SKUs, records stock movements and reports status as one JSON document', async () => {
    const db = newDb()
    expect(
      (await cli(db, 'sku', 'add', '--code', '0012-RED', '--name', '保温杯', '--spec', '500ml 红色', '--price', '39.90', '--safety', '5'))
        .code
    ).toBe(0)
    const rec = await cli(db, 'stock', 'receive', '--sku', '0012-RED', '--qty', '12', '--reason', '到货', '--json')
    expect(rec.code).toBe(0)
    expect(JSON.parse(rec.out)).toMatchObject({ sku: '0012-RED', onHand: 12, movement: { type: 'receive', quantity: 12 } })
    expect(JSON.parse((await cli(db, 'stock', 'count', '--sku', '0012-RED', '--qty', '10', '--json')).out)).toMatchObject({ onHand: 10 })
    expect(
      JSON.parse((await cli(db, 'stock', 'adjust', '--sku', '0012-RED', '--qty', '-10', '--reason', '破损', '--json')).out)
    ).toMatchObject({ onHand: 0 })
    const list = JSON.parse((await cli(db, 'sku', 'list', '--json')).out)
    expect(list.rows[0]).toMatchObject({ merchantCode: '0012-RED', priceFen: 3990, onHand: 0, safetyStock: 5 })
    const status = JSON.parse((await cli(db, 'status', '--json')).out)
    expect(status).toMatchObject({ skus: 1, orders: 0, outOfStockSkus: 1, openOrders: 0 })
  })

  it('a refused movement exits 1 with a one-line message and changes nothing', async () => {
    const db = newDb()
    await cli(db, 'sku', 'add', '--code', 'A', '--name', '杯子')
    const r = await cli(db, 'stock', 'adjust', '--sku', 'A', '--qty', '-1', '--lang', 'en')
    expect(r.code).toBe(1)
    expect(r.err).toBe('Not enough stock: on hand is 0, this change is -1. Stock can never go below zero.')
    const zh = await cli(db, 'stock', 'adjust', '--sku', 'A', '--qty', '-1', '--lang', 'zh-CN')
    expect(zh.err).toContain('库存不足')
    expect(JSON.parse((await cli(db, 'sku', 'show', 'A', '--json')).out).movements).toEqual([])
  })

  it('bad command lines exit 2 and say what is wrong', async () => {
    const db = newDb()
    expect((await cli(db, 'frobnicate')).code).toBe(2)
    expect(await cli(db, 'stock', 'receive', '--sku', 'A', '--qty', 'lots')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--qty')
    })
    expect(await cli(db, 'sku', 'add', '--name', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('--code') })
    expect((await cli(db, 'status', '--no-such-flag')).code).toBe(2)
    expect(await cli(db, 'sku', 'add', '--code', 'A', '--name', 'x', '--price', '1.234')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--price')
    })
  })

  it('an unknown SKU code is a clear error with exit 1', async () => {
    const db = newDb()
    const r = await cli(db, 'stock', 'receive', '--sku', 'NOPE', '--qty', '1', '--lang', 'en', '--json')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).error).toMatchObject({ code: 'not_found', messageKey: 'errors.sku_not_found' })
    expect(r.err).toContain('NOPE')
  })

  it('runs as `npm run cli` in a real process with the documented exit codes', async () => {
    const db = newDb()
    const cwd = join(__dirname, '../..')
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'status', '--db', db, '--json'], { cwd, encoding: 'utf8' })
    expect(JSON.parse(out)).toMatchObject({ skus: 0, isEmpty: true })
    const bad = spawnSync('npm', ['run', '--silent', 'cli', '--', 'stock', 'receive', '--sku', 'X', '--qty', '1', '--db', db], {
      cwd,
      encoding: 'utf8'
    })
    expect(bad.status).toBe(1)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})
