// The whole flow scripted from a terminal: one command per step, by order number,
// with --json printing the case (step, timeline, amounts) as the contract returns it.
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
  const code = await runCli(
    [...args, '--db', db],
    (s) => out.push(s),
    (s) => err.push(s),
    () => TEST_NOW
  )
  return { code, out: out.join('\n'), err: err.join('\n') }
}
async function json(db: string, ...args: string[]) {
  const r = await cli(db, ...args, '--json', '--lang', 'en')
  if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.err}`)
  return JSON.parse(r.out)
}
const shopTime = (hours: number) => formatShopTime(testTimeIn(hours).toISOString(), 'Asia/Shanghai')
const NO = '261126-000000000000001'

async function shop(): Promise<{ db: string; dir: string }> {
  const t = tempDir()
  cleanups.push(t.cleanup)
  const db = join(t.dir, 'shop.db')
  await json(db, 'sku', 'add', '--code', 'BWB-500-WHT', '--name', '保温杯', '--spec', '500ml 白色')
  const file = join(t.dir, 'orders.csv')
  writeFileSync(file, pddCsv([{ orderNo: NO, paidAt: shopTime(-5), shipBy: shopTime(20), buyer: '王小明', paid: '39.90' }]))
  expect((await cli(db, 'orders', 'import', file)).code).toBe(0)
  return { db, dir: t.dir }
}

describe('the queue from the CLI', () => {
  it('walks a case through every step by order number and prints it as JSON with its step, timeline and amounts', async () => {
    const { db, dir } = await shop()
    const list = await json(db, 'queue', 'list')
    expect(list.rows.map((r: { orderNo: string; step: string }) => [r.orderNo, r.step])).toEqual([[NO, 'notify']])
    expect(list.counts.byStep.notify).toBe(1)
    expect((await json(db, 'queue', 'list', '--step', 'offer')).rows).toEqual([])

    const draft = await cli(db, 'queue', 'draft', NO, '--lang', 'zh-CN')
    expect(draft.code).toBe(0)
    expect(draft.out).toContain(`订单号 ${NO}`)

    expect((await json(db, 'queue', 'notify', NO, '--channel', 'phone')).notify).toMatchObject({ channel: 'phone' })
    expect((await json(db, 'queue', 'offer', NO, '--kind', 'refund')).offer).toMatchObject({ kind: 'refund', refundFen: 3990 })
    expect((await json(db, 'queue', 'answer', NO, '--answer', 'agreed_cancel')).step).toBe('cancel')
    const cancelled = await json(db, 'queue', 'cancel', NO)
    expect(cancelled).toMatchObject({ step: 'refund', situation: 'cancelled', cancel: { reason: '缺货' }, order: { status: 'cancelled' } })

    const refused = await cli(db, 'queue', 'refund', NO, '--amount', '50', '--lang', 'en')
    expect(refused.code).toBe(1)
    expect(refused.err).toBe('The refund ¥50 is more than the buyer paid (¥39.90). A refund can never exceed the amount paid.')
    expect((await json(db, 'queue', 'refund', NO, '--compensation', '3')).refund).toEqual({
      at: expect.any(String),
      refundFen: 3990,
      compensationFen: 300,
      full: true
    })
    expect((await json(db, 'queue', 'followup', NO, '--feedback', 'satisfied', '--note', '买家表示理解')).step).toBe('cause')
    expect((await json(db, 'queue', 'cause', NO, '--cause', 'supplier_late')).step).toBe('close')
    const closed = await json(db, 'queue', 'close', NO)
    expect(closed).toMatchObject({
      step: 'closed',
      paidFen: 3990,
      refundFen: 3990,
      compensationFen: 300,
      lateFen: 300,
      causeCode: 'supplier_late'
    })
    expect(closed.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'notified',
      'offered',
      'answered',
      'cancelled',
      'refunded',
      'followed_up',
      'cause_set',
      'closed'
    ])

    const shown = await cli(db, 'queue', 'show', NO, '--lang', 'en')
    expect(shown.out).toContain('step: Closed')
    expect(shown.out).toContain('Refund confirmed: ¥39.90; compensation paid separately: ¥3.')
    expect(shown.out).toContain('Buyer told by phone at')

    expect((await json(db, 'queue', 'undo', NO)).step).toBe('close')
    const file = join(dir, 'queue.csv')
    expect((await cli(db, 'queue', 'export', file, '--scope', 'all')).code).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain(NO)
  })

  it('refuses an illegal step with a clear message and exit code 1, and a bad flag with usage and exit code 2', async () => {
    const { db } = await shop()
    const r = await cli(db, 'queue', 'cancel', NO, '--lang', 'en')
    expect(r).toMatchObject({ code: 1, err: 'Notify the buyer first (unless the buyer asked to cancel).' })
    const zh = await cli(db, 'queue', 'cancel', NO, '--lang', 'zh-CN')
    expect(zh.err).toBe('请先通知买家（买家主动要求取消的除外）。')
    expect((await cli(db, 'queue', 'answer', NO, '--answer', 'maybe')).code).toBe(2)
    expect((await cli(db, 'queue', 'show', '261126-999')).code).toBe(1)
    expect((await cli(db, 'queue', 'show')).code).toBe(2)
  })

  it('bulk actions by order numbers, and the editable lists', async () => {
    const { db } = await shop()
    const r = await json(db, 'queue', 'bulk', 'notify', '--orders', NO)
    expect(r).toEqual({ done: 1, refused: [] })
    const again = await cli(db, 'queue', 'bulk', 'notify', '--orders', NO, '--lang', 'en')
    expect(again.out).toContain('notify: 0 done, 1 refused')
    expect(again.out).toContain('The buyer has already been notified.')
    expect((await json(db, 'queue', 'reasons', '--platform', 'pdd'))[0]).toMatchObject({ code: 'out_of_stock', label: '缺货' })
    expect((await json(db, 'queue', 'causes')).map((c: { code: string }) => c.code)).toContain('supplier_shortage')
  })
})
