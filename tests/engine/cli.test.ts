import Database from 'better-sqlite3'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index'
import { TEST_NOW, testTimeIn } from '../helpers/clock'
import { formatShopTime } from '../../src/shared/time'
import { pddCsv } from '../import-apply/pdd-csv'
import { tempDir } from '../helpers/shop'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function cli(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...args, '--db', db, '--lang', 'en'], (s) => out.push(s), (s) => err.push(s), () => TEST_NOW)
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const json = async (db: string, ...args: string[]) => {
  const r = await cli(db, ...args, '--json')
  if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.err}`)
  return JSON.parse(r.out)
}
/** Shanghai wall-clock text `hours` from the tests' now, as an export writes it. */
const shopTime = (hours: number) => formatShopTime(testTimeIn(hours).toISOString(), 'Asia/Shanghai')
const stored = (path: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return JSON.stringify(['engine_state', 'engine_orders', 'engine_actions', 'engine_skus'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()))
  } finally {
    db.close()
  }
}

async function shop(): Promise<{ db: string; dir: string }> {
  const t = tempDir()
  cleanups.push(t.cleanup)
  const db = join(t.dir, 'shop.db')
  await json(db, 'sku', 'add', '--code', 'BWB-500-WHT', '--name', '保温杯', '--lead-time', '5')
  await json(db, 'stock', 'receive', '--sku', 'BWB-500-WHT', '--qty', '1')
  const file = join(t.dir, 'orders.csv')
  writeFileSync(
    file,
    pddCsv([
      { orderNo: '261126-000000000000001', paidAt: shopTime(-5), shipBy: shopTime(20) },
      { orderNo: '261126-000000000000002', paidAt: shopTime(-4), shipBy: shopTime(30) }
    ])
  )
  expect((await cli(db, 'orders', 'import', file)).code).toBe(0)
  return { db, dir: t.dir }
}

describe('engine commands in the CLI', () => {
  it('triage --json prints now, the open orders with state, deadline, hours left, penalty and recommendation, and the alerts', async () => {
    const { db } = await shop()
    const t = await json(db, 'triage')
    expect(Object.keys(t)).toEqual(['now', 'orders', 'alerts'])
    expect(t.orders).toHaveLength(2)
    expect(Object.keys(t.orders[0])).toEqual([
      'platform',
      'shop',
      'orderNo',
      'state',
      'deadline',
      'deadlineSource',
      'hoursLeft',
      'penaltyFen',
      'refundFlag',
      'refundFen',
      'presale',
      'recommendation',
      'substituteSku',
      'reason'
    ])
    expect(t.orders[0]).toMatchObject({ platform: 'pdd', orderNo: '261126-000000000000001', state: 'ready', penaltyFen: 300, recommendation: null, reason: null })
    expect(t.orders[0].hoursLeft).toBeCloseTo(20, 0)
    expect(t.orders[1]).toMatchObject({ state: 'short', recommendation: 'cancel', substituteSku: null })
    expect(t.orders[1].reason).toMatch(/^Cancel: no restock of BWB-500-WHT is on order/)
    expect(t.alerts).toContainEqual({ kind: 'out_of_stock', sku: 'BWB-500-WHT', message: expect.stringContaining('1 open orders are short of it') })
  })

  it('triage --now is a what-if: hours left move, nothing stored changes', async () => {
    const { db } = await shop()
    await json(db, 'recompute')
    const before = stored(db)
    const later = testTimeIn(25).toISOString()
    const t = await json(db, 'triage', '--now', later)
    expect(t.now).toBe(later)
    expect(t.orders[0].hoursLeft).toBeCloseTo(-5, 0)
    expect(stored(db)).toBe(before)
  })

  it('incoming add, list and receive: the delivery turns a short order into a waiting one, then a ready one', async () => {
    const { db } = await shop()
    const added = await json(db, 'incoming', 'add', '--sku', 'BWB-500-WHT', '--qty', '3', '--eta', shopTime(10).slice(0, 16))
    expect(added).toMatchObject({ merchantCode: 'BWB-500-WHT', quantity: 3, status: 'open' })
    expect((await json(db, 'triage')).orders[1]).toMatchObject({ state: 'short', recommendation: 'wait' })
    const list = await json(db, 'incoming', 'list')
    expect(list.rows.map((r: { id: number }) => r.id)).toEqual([added.id])
    const received = await json(db, 'incoming', 'receive', String(added.id))
    expect(received.movement).toMatchObject({ type: 'receive', quantity: 3, balance: 4 })
    expect((await json(db, 'triage')).orders.map((o: { state: string }) => o.state)).toEqual(['ready', 'ready'])
  })

  it('rules list and rules set: choose a preset or change the active rule’s figures', async () => {
    const { db } = await shop()
    const rules = await json(db, 'rules', 'list')
    expect(rules.filter((r: { active: boolean }) => r.active)).toHaveLength(4)
    expect((await cli(db, 'rules', 'list')).out).toContain('Pinduoduo · late shipment ¥3 per order')
    const chosen = await json(db, 'rules', 'set', '--platform', 'pdd', '--rule', 'pdd_percent_10')
    expect(chosen).toMatchObject({ preset: 'pdd_percent_10', active: true })
    const edited = await json(db, 'rules', 'set', '--platform', 'pdd', '--late', '10%:5:50', '--window', '24')
    expect(edited).toMatchObject({ preset: 'pdd_percent_10', edited: true, shipWindowHours: 24, late: { kind: 'percent', percentBp: 1000, minFen: 500, maxFen: 5000 } })
    expect((await json(db, 'triage')).orders[0].penaltyFen).toBe(500)
    expect((await cli(db, 'rules', 'set', '--platform', 'pdd', '--late', 'ten')).code).toBe(2)
  })

  it('reorder --json groups suggestions by supplier with the formula of each figure; export reorder writes a CSV', async () => {
    const { db, dir } = await shop()
    const plan = await json(db, 'reorder')
    expect(plan).toMatchObject({ serviceLevel: 0.95, z: 1.645 })
    const line = plan.groups[0].lines[0]
    expect(line).toMatchObject({ merchantCode: 'BWB-500-WHT', waitingUnits: 1, suggestedQty: { value: 1, formula: { key: 'engine.formulas.order_quantity' } } })
    const file = join(dir, 'reorder.csv')
    expect((await cli(db, 'export', 'reorder', file)).code).toBe(0)
    const text = new TextDecoder().decode(readFileSync(file)).replace(/^\uFEFF/, '')
    expect(text.split('\r\n')[0]).toContain('Merchant code')
    expect(text).toContain('BWB-500-WHT')
    expect(text).toContain('Order quantity = waiting orders 1')
  })
})
