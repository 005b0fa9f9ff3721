// Buyer messages: templates in both languages, filled in from a case; a missing
// value is flagged and stays visible as its placeholder, never "undefined".
import { describe, expect, it } from 'vitest'
import { renderTemplate } from '../../src/main/core/queue/templates'
import { TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS } from '../../src/shared/queue-types'
import { at } from '../engine/helpers'
import { oneShortOrder } from './helpers'

describe('rendering a template', () => {
  it('fills every placeholder it has a value for', () => {
    const r = renderTemplate('{{buyerName}}：{{product}} {{spec}} ×{{quantity}}，订单 {{orderNo}}，退 {{refundAmount}}', {
      buyerName: '王小明',
      product: '保温杯',
      spec: '500ml 白色',
      quantity: '2',
      orderNo: '261126-1',
      refundAmount: '¥59.80'
    })
    expect(r).toEqual({ text: '王小明：保温杯 500ml 白色 ×2，订单 261126-1，退 ¥59.80', missing: [], unknown: [] })
  })

  it('flags a missing value and keeps its placeholder visible instead of printing undefined or leaving a gap', () => {
    const r = renderTemplate('亲，{{buyerName}}您好！可换成「{{substitute}}」，补偿 {{coupon}}，{{ coupon }}', { buyerName: undefined })
    expect(r.text).toBe('亲，{{buyerName}}您好！可换成「{{substitute}}」，补偿 {{coupon}}，{{coupon}}')
    expect(r.missing).toEqual(['buyerName', 'substitute', 'coupon'])
    expect(r.text).not.toMatch(/undefined|null/)
  })

  it('lists unknown placeholders (typos) and ignores prototype names', () => {
    const r = renderTemplate('{{buyer}} {{constructor}} {{__proto__}} {{orderNo}}', { orderNo: 'X' })
    expect(r).toEqual({ text: '{{buyer}} {{constructor}} {{__proto__}} X', missing: [], unknown: ['buyer', 'constructor', '__proto__'] })
  })

  it('an empty spec is a value: the placeholder and the space before it go', () => {
    expect(renderTemplate('「{{product}} {{spec}}」', { product: '帆布包', spec: '' }).text).toBe('「帆布包」')
  })
})

describe('drafting the buyer’s message for a case', () => {
  const shop = async () => {
    const s = await oneShortOrder()
    s.db.prepare(`UPDATE orders SET buyer_name = '王小明' WHERE id = ?`).run(s.orderId)
    s.db.prepare(`UPDATE order_lines SET title = '保温杯', spec = '500ml 白色' WHERE order_id = ?`).run(s.orderId)
    return { s, caseId: s.caseId('O1') }
  }

  it('picks the message that fits the engine’s advice, in Chinese and in English, with the case’s values', async () => {
    const { s, caseId } = await shop()
    const zh = await s.call('queue.draft', { caseId, lang: 'zh-CN' })
    expect(zh).toMatchObject({ kind: 'offer_substitute', lang: 'zh-CN', complete: true, missing: [] })
    expect(zh.text).toContain('亲，王小明您好！')
    expect(zh.text).toContain('「保温杯 500ml 白色」×1（订单号 O1）')
    expect(zh.text).toContain('「商品 A2」')
    expect(zh.text).toContain('¥29.90')
    const en = await s.call('queue.draft', { caseId, lang: 'en' })
    expect(en.text).toMatch(
      /^Hello 王小明, we are very sorry: 保温杯 500ml 白色 ×1 \(order O1\) is out of stock\. We can send you 商品 A2 instead/
    )
  })

  it('flags what the case cannot fill (no coupon offered yet, no restock date) and says it is incomplete', async () => {
    const { s, caseId } = await shop()
    const d = await s.call('queue.draft', { caseId, kind: 'offer_coupon', lang: 'zh-CN' })
    expect(d.complete).toBe(false)
    expect(d.missing).toEqual(['coupon', 'restockDate'])
    expect(d.text).toContain('{{coupon}}')
    expect(d.text).not.toContain('undefined')
    // Once the offer names them, the same template is complete.
    await s.call('queue.notify', { caseId })
    await s.call('queue.offer', { caseId, kind: 'coupon', couponFen: 500 })
    await s.call('queue.answer', { caseId, answer: 'will_wait', waitUntil: '2026-11-28T04:00:00Z' })
    const again = await s.call('queue.draft', { caseId, kind: 'offer_coupon', lang: 'zh-CN' })
    expect(again).toMatchObject({ complete: true, values: { coupon: '¥5', restockDate: '11月28日' } })
    expect((await s.call('queue.draft', { caseId, kind: 'offer_coupon', lang: 'en' })).values.restockDate).toBe('Nov 28')
  })

  it('after the refund, the draft is the refund-done message with the amount confirmed', async () => {
    const { s, caseId } = await shop()
    await s.call('queue.notify', { caseId })
    await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
    await s.call('queue.refund', { caseId, refundFen: 1990 })
    const d = await s.call('queue.draft', { caseId, lang: 'zh-CN' })
    expect(d).toMatchObject({ kind: 'refund_done', complete: true })
    expect(d.text).toBe('亲，王小明您好！订单 O1 已为您取消，退款 ¥19.90 已原路退回，请留意查收。再次抱歉，欢迎您下次光临！')
  })

  it('a buyer without a name on the order is flagged, not addressed as "undefined"', async () => {
    const s = await oneShortOrder()
    const d = await s.call('queue.draft', { caseId: s.caseId('O1'), kind: 'notify', lang: 'en' })
    expect(d.missing).toEqual(['buyerName'])
    expect(d.text.startsWith('Hello {{buyerName}}, ')).toBe(true)
  })
})

describe('editing templates', () => {
  it('ships a preset of every kind in both languages, each using only known placeholders', async () => {
    const s = await oneShortOrder()
    const list = await s.call('queue.templates.list', {})
    for (const kind of TEMPLATE_KINDS)
      for (const lang of ['zh-CN', 'en']) expect(list.some((t) => t.kind === kind && t.lang === lang && t.preset)).toBe(true)
    for (const t of list) expect(renderTemplate(t.body, {}).unknown, t.name).toEqual([])
    expect(new Set(list.flatMap((t) => renderTemplate(t.body, {}).missing))).toEqual(new Set(TEMPLATE_PLACEHOLDERS))
  })

  it('an edited preset drafts the new words and can be reset; an unknown placeholder is refused', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    const preset = (await s.call('queue.templates.list', {})).find((t) => t.kind === 'notify' && t.lang === 'zh-CN')!
    expect(
      await s.fail('queue.templates.save', {
        id: preset.id,
        kind: preset.kind,
        lang: preset.lang,
        name: preset.name,
        body: '{{buyer}} 你好'
      })
    ).toMatchObject({
      code: 'invalid_input',
      messageKey: 'errors.template_placeholder',
      params: { name: 'buyer' }
    })
    const edited = await s.call('queue.templates.save', {
      id: preset.id,
      kind: 'notify',
      lang: 'zh-CN',
      name: preset.name,
      body: '订单 {{orderNo}} 缺货，抱歉！'
    })
    expect(edited).toMatchObject({ edited: true, preset: 'notify.zh-CN' })
    expect((await s.call('queue.draft', { caseId, kind: 'notify' })).text).toBe('订单 O1 缺货，抱歉！')
    expect(await s.call('queue.templates.reset', { id: preset.id })).toMatchObject({ edited: false, body: preset.body })
    expect(await s.fail('queue.templates.delete', { id: preset.id })).toMatchObject({ messageKey: 'errors.template_preset_delete' })
  })

  it('the user’s own template can be drafted by id and deleted', async () => {
    const s = await oneShortOrder()
    const own = await s.call('queue.templates.save', {
      kind: 'offer_wait',
      lang: 'en',
      name: 'VIP',
      body: 'Dear {{buyerName}}, {{product}} is back {{restockDate}}.'
    })
    expect(own.preset).toBeNull()
    await s.incoming('A', 5, 30)
    await s.recompute()
    const d = await s.call('queue.draft', { caseId: s.caseId('O1'), templateId: own.id })
    expect(d).toMatchObject({ templateId: own.id, missing: ['buyerName'] })
    expect(d.text).toBe(
      `Dear {{buyerName}}, 商品 A is back ${new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'short', day: 'numeric' }).format(new Date(at(30)))}.`
    )
    expect(await s.call('queue.templates.delete', { id: own.id })).toEqual({ deleted: true })
  })
})
