// The whole flow scripted from a terminal: one command per step, by order number,
// with --json printing the case (step, timeline, amounts) as the contract returns it.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { testTimeIn } from '../helpers/clock'
import { formatShopTime } from '../../src/shared/time'
import { pddCsv } from '../import-apply/pdd-csv'
import { tempDir } from '../helpers/shop'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

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

describe('buyer messages from the CLI', () => {
  const PDD = '261126-000000000000777'
  /** A Pinduoduo order as its export gives it: no buyer name, a listing title with quotes and a line break. */
  async function pddShop(): Promise<string> {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    await json(db, 'sku', 'add', '--code', 'TS-M-WHT', '--name', '纯棉T恤', '--spec', '男款 白色 加大码')
    const file = join(t.dir, 'orders.csv')
    const title = '纯棉T恤 "男款",白色\n加大码'
    writeFileSync(file, pddCsv([{ orderNo: PDD, code: 'TS-M-WHT', paidAt: shopTime(-5), shipBy: shopTime(20), buyer: '', title }]))
    expect((await cli(db, 'orders', 'import', file)).code).toBe(0)
    return db
  }
  async function inLang(db: string, lang: 'zh-CN' | 'en', ...args: string[]) {
    const r = await cli(db, ...args, '--json', '--lang', lang)
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.err}`)
    return JSON.parse(r.out)
  }

  it('queue draft ORDER_NO --json prints, for a Pinduoduo order without a buyer name, a whole message: no raw placeholder, the template used, what was filled and left out', async () => {
    const db = await pddShop()
    const zh = await inLang(db, 'zh-CN', 'queue', 'draft', PDD)
    expect(zh).toMatchObject({
      kind: 'notify',
      lang: 'zh-CN',
      templateName: '缺货通知',
      preset: 'notify.zh-CN',
      dropped: ['buyerName', 'restockDate'],
      filled: ['product', 'spec', 'quantity', 'orderNo'],
      values: { product: '纯棉T恤', spec: '男款 白色 加大码' },
      complete: false
    })
    expect(zh.text.startsWith(`亲，您好！非常抱歉，您购买的「纯棉T恤 男款 白色 加大码」×1（订单号 ${PDD}）暂时缺货`)).toBe(true)
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const template of [null, 'notify', 'offer_substitute', 'offer_coupon', 'offer_wait', 'offer_refund', 'refund_done']) {
        const d = await inLang(db, lang, 'queue', 'draft', PDD, ...(template ? ['--template', template] : []))
        expect(d.text, `${lang} ${template}`).not.toMatch(/\{\{|\}\}|\[\[|\]\]|undefined/)
        expect(d.text).not.toContain('"')
      }
    }
    const text = await cli(db, 'queue', 'draft', PDD, '--lang', 'zh-CN')
    expect(text.out.split('\n').slice(-3)).toEqual([
      '模板：缺货通知 (notify.zh-CN, #1)',
      '已填入：商品、规格、数量、订单号',
      '订单里没有，已省略：买家、到货日期'
    ])
    const en = await cli(db, 'queue', 'draft', PDD, '--lang', 'en')
    expect(en.out.startsWith('Hello, we are very sorry: 纯棉T恤 男款 白色 加大码 ×1')).toBe(true)
    expect(en.out).toContain('left out, not on the order: buyer name, restock date')
  })

  it('queue draft --template takes a kind, a preset code, an id or a name; --kind still works; an unknown one is a usage error that lists them', async () => {
    const db = await pddShop()
    const list = await inLang(db, 'en', 'queue', 'templates', 'list')
    const refund = list.find((t: { preset: string }) => t.preset === 'offer_refund.zh-CN')
    for (const ref of ['offer_refund', 'offer_refund.zh-CN', String(refund.id), '取消并退款'])
      expect(await inLang(db, 'zh-CN', 'queue', 'draft', PDD, '--template', ref)).toMatchObject({
        templateId: refund.id,
        kind: 'offer_refund'
      })
    expect(await inLang(db, 'en', 'queue', 'draft', PDD, '--kind', 'offer_wait')).toMatchObject({ kind: 'offer_wait', lang: 'en' })
    const bad = await cli(db, 'queue', 'draft', PDD, '--template', 'nope')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('no template "nope"')
    expect(bad.err).toContain('offer_refund.zh-CN')
  })

  it('queue templates save takes Chinese placeholder names and stores the English ones; an unknown placeholder is refused with its message and exit code 1', async () => {
    const db = await pddShop()
    const saved = await inLang(
      db,
      'zh-CN',
      'queue',
      'templates',
      'save',
      '--kind',
      'notify',
      '--name',
      '我的通知',
      '--body',
      '亲，{{买家}}您好！{{商品}}缺货了[[，{{到货日期}}到]]。'
    )
    expect(saved).toMatchObject({ lang: 'zh-CN', preset: null, body: '亲，{{buyerName}}您好！{{product}}缺货了[[，{{restockDate}}到]]。' })
    const shown = await cli(db, 'queue', 'templates', 'show', String(saved.id), '--lang', 'zh-CN')
    expect(shown.out.split('\n')[1]).toBe('亲，{{买家}}您好！{{商品}}缺货了[[，{{到货日期}}到]]。')
    expect((await inLang(db, 'zh-CN', 'queue', 'draft', PDD, '--template', '我的通知')).text).toBe('亲，您好！纯棉T恤缺货了。')

    const refused = await cli(
      db,
      'queue',
      'templates',
      'save',
      '--kind',
      'notify',
      '--name',
      'x',
      '--body',
      '{{买家名字}}您好',
      '--lang',
      'zh-CN'
    )
    expect(refused.code).toBe(1)
    expect(refused.err).toBe(
      '模板里的“买家名字”不是占位符。可用的占位符：买家、商品、规格、数量、订单号、替代商品、补偿金额、到货日期、退款金额（也可以写英文名）。'
    )
    const refusedJson = await cli(
      db,
      'queue',
      'templates',
      'save',
      '--kind',
      'notify',
      '--name',
      'x',
      '--body',
      'Hi {{buyer}}',
      '--json',
      '--lang',
      'en'
    )
    expect(JSON.parse(refusedJson.out)).toMatchObject({
      error: { code: 'invalid_input', messageKey: 'errors.template_placeholder', params: { name: 'buyer' } }
    })
    expect((await inLang(db, 'en', 'queue', 'templates', 'list')).filter((t: { name: string }) => t.name === 'x')).toEqual([])

    const placeholders = await inLang(db, 'en', 'queue', 'templates', 'placeholders')
    expect(placeholders.map((p: { token: { 'zh-CN': string } }) => p.token['zh-CN'])).toEqual([
      '买家',
      '商品',
      '规格',
      '数量',
      '订单号',
      '替代商品',
      '补偿金额',
      '到货日期',
      '退款金额'
    ])
    expect((await inLang(db, 'en', 'queue', 'templates', 'reset', 'notify.zh-CN')).edited).toBe(false)
    expect(await inLang(db, 'en', 'queue', 'templates', 'delete', '我的通知')).toEqual({ deleted: true })
  })
})
