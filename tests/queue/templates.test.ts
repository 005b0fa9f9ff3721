// Buyer messages from a shop: the draft the queue screen shows (queue.draft, the
// call the renderer makes), the templates it comes from, and what saving a
// template accepts. The text rule itself is proved in template-text.test.ts.
import { describe, expect, it } from 'vitest'
import { messageFor } from '../../src/shared/i18n/translate'
import { TEMPLATE_KINDS, TEMPLATE_LANGS, TEMPLATE_PLACEHOLDERS } from '../../src/shared/queue-types'
import { localizeTemplate, parseTemplate, renderTemplate } from '../../src/shared/template-text'
import { at } from '../engine/helpers'
import { oneShortOrder } from './helpers'

const NO_RAW = /\{\{|\}\}|\[\[|\]\]|undefined|null/

describe('drafting the buyer’s message for a case', () => {
  const shop = async () => {
    const s = await oneShortOrder()
    s.db.prepare(`UPDATE orders SET buyer_name = '王小明' WHERE id = ?`).run(s.orderId)
    await s.call('products.update', { id: s.id('A'), name: '保温杯', spec: '500ml 白色', substituteIds: [s.id('A2')] })
    // The listing title as the platform exports it: a sales headline with quotes and a line break.
    s.db
      .prepare('UPDATE order_lines SET title = ?, spec = ? WHERE order_id = ?')
      .run('【爆款】保温杯 "办公室"\n大容量', '白色,500ml', s.orderId)
    return { s, caseId: s.caseId('O1') }
  }

  it('before the buyer is told, drafts the notice that asks what they prefer, whatever the engine advises', async () => {
    const { s, caseId } = await shop()
    expect((await s.caseOf('O1')).recommendation).toBe('substitute')
    const zh = await s.call('queue.draft', { caseId, lang: 'zh-CN' })
    expect(zh).toMatchObject({ kind: 'notify', preset: 'notify.zh-CN', templateName: '缺货通知' })
    // The dropdown shows the kind's label: it names the text drafted.
    expect(messageFor('zh-CN', `cases.templateKinds.${zh.kind}`)).toBe(zh.templateName)
    expect(zh.text).toContain('1. 换成同价位的其他款式或规格；2. 我们送您一张优惠券作为补偿；3. 等补货')
    expect(zh.text).toContain('您更希望哪一种？')
    expect(zh.text).not.toContain('退款')
    const en = await s.call('queue.draft', { caseId, lang: 'en' })
    expect(en).toMatchObject({ kind: 'notify', preset: 'notify.en' })
    expect(en.text).toContain('Which would you prefer: (1) a similar item')
    expect(en.text).not.toMatch(/refund/i)
  })

  it('after the notice, drafts the offer that fits the engine’s advice, in Chinese and in English, with the case’s values', async () => {
    const { s, caseId } = await shop()
    await s.call('queue.notify', { caseId })
    const zh = await s.call('queue.draft', { caseId, lang: 'zh-CN' })
    expect(zh).toMatchObject({ kind: 'offer_substitute', lang: 'zh-CN', complete: true, dropped: [] })
    expect(zh.text).toContain('亲，王小明您好！')
    expect(zh.text).toContain('「保温杯 500ml 白色」×1（订单号 O1）')
    expect(zh.text).toContain('「商品 A2」')
    expect(zh.text).toContain('¥29.90')
    const en = await s.call('queue.draft', { caseId, lang: 'en' })
    expect(en.text).toMatch(
      /^Hello 王小明, we are very sorry: 保温杯 500ml 白色 ×1 \(order O1\) is out of stock\. We can send you 商品 A2 instead/
    )
  })

  it('names the product as the shop does, by its own name and spec, never by the platform’s listing title', async () => {
    const { s, caseId } = await shop()
    const d = await s.call('queue.draft', { caseId, lang: 'zh-CN' })
    expect(d.values).toMatchObject({ product: '保温杯', spec: '500ml 白色' })
    expect(d.text).not.toMatch(/爆款|办公室|"|\n/)
  })

  it('names a line mapped to no product by its listing title, line breaks made spaces and stray quotes taken out', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    // The case's line as an export gives it, its SKU mapping removed since the case opened.
    const unmapped = s.db.prepare('UPDATE order_lines SET product_id = NULL, quantity = 2, title = ?, spec = ? WHERE order_id = ?')
    unmapped.run('纯棉T恤 "男款",白色\n加大码', '“XL”', s.orderId)
    const d = await s.call('queue.draft', { caseId, kind: 'notify', lang: 'zh-CN' })
    expect(d.values).toMatchObject({ product: '纯棉T恤 男款,白色 加大码', spec: 'XL', quantity: '2' })
    expect(d.text).toContain('「纯棉T恤 男款,白色 加大码 XL」×2')
    // An apostrophe inside a word is part of the name.
    unmapped.run(`Men's 'Classic' tee\r\nXL`, '', s.orderId)
    expect((await s.call('queue.draft', { caseId, kind: 'notify', lang: 'en' })).values.product).toBe("Men's Classic tee XL")
  })

  it('leaves out the phrases the case cannot fill yet (no coupon offered, no restock date), lists them, and fills them once known', async () => {
    const { s, caseId } = await shop()
    const d = await s.call('queue.draft', { caseId, kind: 'offer_coupon', lang: 'zh-CN' })
    expect(d).toMatchObject({ complete: false, dropped: ['coupon', 'restockDate'] })
    expect(d.text).toContain('为表歉意，我们为您准备了补偿。您可以等补货，也可以取消订单，我们全额退款 ¥29.90。')
    expect(d.text).not.toMatch(NO_RAW)
    await s.call('queue.notify', { caseId })
    await s.call('queue.offer', { caseId, kind: 'coupon', couponFen: 500 })
    await s.call('queue.answer', { caseId, answer: 'will_wait', waitUntil: '2026-11-28T04:00:00Z' })
    const again = await s.call('queue.draft', { caseId, kind: 'offer_coupon', lang: 'zh-CN' })
    expect(again).toMatchObject({ complete: true, dropped: [], values: { coupon: '¥5', restockDate: '11月28日' } })
    expect(again.text).toContain('我们为您准备了 ¥5 的补偿。您可以等补货（预计 11月28日 到货）')
    expect((await s.call('queue.draft', { caseId, kind: 'offer_coupon', lang: 'en' })).text).toContain(
      'we have ¥5 of compensation for you. You can wait for the restock (expected Nov 28), or'
    )
  })

  it('after the refund, drafts the refund-done message with the amount confirmed', async () => {
    const { s, caseId } = await shop()
    await s.call('queue.notify', { caseId })
    await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
    await s.call('queue.refund', { caseId, refundFen: 1990 })
    const d = await s.call('queue.draft', { caseId, lang: 'zh-CN' })
    expect(d).toMatchObject({ kind: 'refund_done', complete: true })
    expect(d.text).toBe('亲，王小明您好！订单 O1 已为您取消，退款 ¥19.90 已原路退回，请留意查收。再次抱歉，欢迎您下次光临！')
  })

  it('no drafted message of any kind, in either language, at any step, shows a raw placeholder for a Pinduoduo order without a buyer name', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    expect(s.db.prepare('SELECT platform, buyer_name FROM orders WHERE id = ?').get(s.orderId)).toEqual({ platform: 'pdd', buyer_name: '' })
    const drafts = async () => {
      const out = []
      for (const lang of TEMPLATE_LANGS) {
        out.push(await s.call('queue.draft', { caseId, lang }))
        for (const kind of TEMPLATE_KINDS) out.push(await s.call('queue.draft', { caseId, kind, lang }))
      }
      return out
    }
    const all = [...(await drafts())]
    await s.call('queue.notify', { caseId })
    await s.call('queue.offer', { caseId, kind: 'wait', waitUntil: at(72) })
    all.push(...(await drafts()))
    await s.call('queue.answer', { caseId, answer: 'agreed_cancel' })
    await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
    await s.call('queue.refund', { caseId })
    all.push(...(await drafts()))
    expect(all).toHaveLength(3 * 2 * (TEMPLATE_KINDS.length + 1))
    for (const d of all) {
      expect(d.text, `${d.kind} ${d.lang}`).not.toMatch(NO_RAW)
      expect(d.dropped).toContain('buyerName')
      expect(d.text.startsWith(d.lang === 'zh-CN' ? '亲，您好！' : 'Hello, ')).toBe(true)
    }
  })
})

describe('editing templates', () => {
  it('ships a preset of every kind in both languages, each well formed, using every placeholder between them', async () => {
    const s = await oneShortOrder()
    const list = await s.call('queue.templates.list', {})
    for (const kind of TEMPLATE_KINDS)
      for (const lang of TEMPLATE_LANGS) expect(list.some((t) => t.kind === kind && t.lang === lang && t.preset)).toBe(true)
    for (const t of list) expect(parseTemplate(t.body).problems, t.name).toEqual({ unknown: [], strayBraces: false, badSegments: false })
    expect(new Set(list.flatMap((t) => renderTemplate(t.body, {}).dropped))).toEqual(new Set(TEMPLATE_PLACEHOLDERS))
  })

  it('a template typed with Chinese placeholder names is stored with the English ones, drafts the same and reads back in Chinese', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    const typed = '亲，{{买家}}您好！「{{商品}}」×{{数量}} 缺货，订单 ｛｛订单号｝｝，可退 {{退款金额}}[[，{{到货日期}} 到货]]。'
    const saved = await s.call('queue.templates.save', { kind: 'notify', lang: 'zh-CN', name: '我的通知', body: typed })
    expect(saved.body).toBe(
      '亲，{{buyerName}}您好！「{{product}}」×{{quantity}} 缺货，订单 {{orderNo}}，可退 {{refundAmount}}[[，{{restockDate}} 到货]]。'
    )
    expect(localizeTemplate(saved.body, 'zh-CN')).toBe(typed.replace('｛｛订单号｝｝', '{{订单号}}'))
    const d = await s.call('queue.draft', { caseId, templateId: saved.id })
    expect(d).toMatchObject({ templateName: '我的通知', preset: null, text: '亲，您好！「商品 A」×1 缺货，订单 O1，可退 ¥29.90。' })
    // Saving the Chinese form back changes nothing.
    const again = await s.call('queue.templates.save', {
      id: saved.id,
      kind: saved.kind,
      lang: saved.lang,
      name: saved.name,
      body: localizeTemplate(saved.body, 'zh-CN')
    })
    expect(again.body).toBe(saved.body)
  })

  it('an unknown placeholder is refused on save with errors.template_placeholder, said in both languages, and nothing is written', async () => {
    const s = await oneShortOrder()
    const before = await s.call('queue.templates.list', {})
    const preset = before.find((t) => t.kind === 'notify' && t.lang === 'zh-CN')!
    const error = await s.fail('queue.templates.save', {
      id: preset.id,
      kind: 'notify',
      lang: 'zh-CN',
      name: preset.name,
      body: '{{买家名字}} 你好 {{orderNo}}'
    })
    expect(error).toMatchObject({
      code: 'invalid_input',
      field: 'body',
      messageKey: 'errors.template_placeholder',
      params: { name: '买家名字' }
    })
    expect(messageFor('zh-CN', error.messageKey, error.params)).toBe(
      '模板里的“买家名字”不是占位符。可用的占位符：买家、商品、规格、数量、订单号、替代商品、补偿金额、到货日期、退款金额（也可以写英文名）。'
    )
    expect(messageFor('en', error.messageKey, error.params)).toBe(
      'This template uses “买家名字”, which is not a placeholder. Placeholders: buyerName, product, spec, quantity, orderNo, substitute, coupon, restockDate, refundAmount (the Chinese names work too).'
    )
    expect(await s.fail('queue.templates.save', { kind: 'offer_wait', lang: 'en', name: 'x', body: 'Hi {{buyer}}' })).toMatchObject({
      messageKey: 'errors.template_placeholder',
      params: { name: 'buyer' }
    })
    expect(await s.call('queue.templates.list', {})).toEqual(before)
  })

  it('a stray brace or an unpaired [[ ]] is refused on save with its own message key, said in both languages', async () => {
    const s = await oneShortOrder()
    const save = (body: string) => s.fail('queue.templates.save', { kind: 'notify', lang: 'zh-CN', name: 'x', body })
    const braces = await save('亲，{{买家您好！')
    expect(braces).toMatchObject({ code: 'invalid_input', messageKey: 'errors.template_braces' })
    expect(messageFor('zh-CN', braces.messageKey, braces.params)).toBe('模板里有没包住占位符的双花括号。占位符请这样写：{{买家}}。')
    expect(messageFor('en', braces.messageKey, braces.params)).toContain('like this: {{buyerName}}.')
    const segment = await save('[[预计 {{到货日期}} 到货')
    expect(segment).toMatchObject({ code: 'invalid_input', messageKey: 'errors.template_segment' })
    for (const lang of TEMPLATE_LANGS) expect(messageFor(lang, segment.messageKey)).toContain('[[')
  })

  it('an edited preset drafts the new words and can be reset to the shipped text', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    const preset = (await s.call('queue.templates.list', {})).find((t) => t.kind === 'notify' && t.lang === 'zh-CN')!
    const edited = await s.call('queue.templates.save', {
      id: preset.id,
      kind: 'notify',
      lang: 'zh-CN',
      name: preset.name,
      body: '订单 {{订单号}} 缺货，抱歉！'
    })
    expect(edited).toMatchObject({ edited: true, preset: 'notify.zh-CN', body: '订单 {{orderNo}} 缺货，抱歉！' })
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
      body: 'Dear {{buyerName}}, {{product}} is back[[ on {{restockDate}}]].'
    })
    expect(own.preset).toBeNull()
    await s.incoming('A', 5, 30)
    await s.recompute()
    const d = await s.call('queue.draft', { caseId: s.caseId('O1'), templateId: own.id })
    expect(d).toMatchObject({ templateId: own.id, templateName: 'VIP', dropped: ['buyerName'], filled: ['product', 'restockDate'] })
    const day = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'short', day: 'numeric' }).format(new Date(at(30)))
    expect(d.text).toBe(`Dear, 商品 A is back on ${day}.`)
    expect(await s.call('queue.templates.delete', { id: own.id })).toEqual({ deleted: true })
  })

  it('lists every placeholder with the name to type and the chip label in both languages', async () => {
    const s = await oneShortOrder()
    const list = await s.call('queue.templates.placeholders', {})
    expect(list.map((p) => p.name)).toEqual([...TEMPLATE_PLACEHOLDERS])
    expect(list[0]).toEqual({
      name: 'buyerName',
      token: { 'zh-CN': '买家', en: 'buyerName' },
      label: { 'zh-CN': '买家', en: 'buyer name' },
      aliases: ['买家姓名', '买家昵称', '买家名']
    })
    expect(list.find((p) => p.name === 'refundAmount')?.token['zh-CN']).toBe('退款金额')
    // The screens' words for a placeholder are the same labels.
    for (const p of list) for (const lang of TEMPLATE_LANGS) expect(messageFor(lang, `cases.placeholders.${p.name}`)).toBe(p.label[lang])
  })
})
