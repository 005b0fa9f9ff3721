// The text of a buyer message template (shared/template-text.ts): what a value the
// order does not have does to the message, and placeholders typed with Chinese or
// English names. Pure functions, no shop.
import { describe, expect, it } from 'vitest'
import { TEMPLATE_PLACEHOLDERS } from '../../src/shared/queue-types'
import { PLACEHOLDER_INFO, placeholderNamed } from '../../src/shared/template-placeholders'
import { canonicalTemplate, localizeTemplate, parseTemplate, renderTemplate } from '../../src/shared/template-text'

describe('a value the order does not have', () => {
  it('fills every placeholder it has a value for and lists them as filled', () => {
    const r = renderTemplate('{{buyerName}}：{{product}} {{spec}} ×{{quantity}}，订单 {{orderNo}}，退 {{refundAmount}}', {
      buyerName: '王小明',
      product: '保温杯',
      spec: '500ml 白色',
      quantity: '2',
      orderNo: '261126-1',
      refundAmount: '¥59.80'
    })
    expect(r).toEqual({
      text: '王小明：保温杯 500ml 白色 ×2，订单 261126-1，退 ¥59.80',
      filled: ['buyerName', 'product', 'spec', 'quantity', 'orderNo', 'refundAmount'],
      dropped: [],
      unknown: []
    })
  })

  it('drops a missing buyer name cleanly in Chinese and in English, with the space before it', () => {
    expect(renderTemplate('亲，{{buyerName}}您好！', {})).toEqual({ text: '亲，您好！', filled: [], dropped: ['buyerName'], unknown: [] })
    expect(renderTemplate('Hi {{buyerName}}, thanks', {}).text).toBe('Hi, thanks')
    expect(renderTemplate('Hello {{buyerName}}!', {}).text).toBe('Hello!')
  })

  it('takes away the quotes or brackets a missing value leaves empty, and the space before them', () => {
    expect(renderTemplate('可以换成「{{substitute}}」，价格不变', {}).text).toBe('可以换成，价格不变')
    expect(renderTemplate('refund you in full ({{refundAmount}}) today', {}).text).toBe('refund you in full today')
    expect(renderTemplate('「{{product}} {{spec}}」×1', {}).text).toBe('×1')
    // Brackets that do not pair are the merchant's text and stay.
    expect(renderTemplate('「{{product}})', {}).text).toBe('「)')
  })

  it('leaves a [[ ]] phrase out whole unless every placeholder in it has a value', () => {
    const body = '您可以等补货[[（预计 {{restockDate}} 到货）]]，也可以[[领 {{coupon}} 的]]补偿。'
    expect(renderTemplate(body, {})).toEqual({
      text: '您可以等补货，也可以补偿。',
      filled: [],
      dropped: ['restockDate', 'coupon'],
      unknown: []
    })
    expect(renderTemplate(body, { restockDate: '11月28日', coupon: '¥5' }).text).toBe(
      '您可以等补货（预计 11月28日 到货），也可以领 ¥5 的补偿。'
    )
    expect(renderTemplate('wait[[ until {{restockDate}}]].', {}).text).toBe('wait.')
    // An empty value (a SKU without a spec) hides its phrase too, but is not reported as missing.
    expect(renderTemplate('{{product}}[[，规格 {{spec}}]]', { product: '帆布包', spec: '' })).toMatchObject({ text: '帆布包', dropped: [] })
  })

  it('an empty spec is a value: the placeholder and the space before it go, nothing is reported missing', () => {
    expect(renderTemplate('「{{product}} {{spec}}」', { product: '帆布包', spec: '' })).toMatchObject({ text: '「帆布包」', dropped: [] })
  })

  it('never lets a raw placeholder, a stray brace or "undefined" into the text, whatever was stored', () => {
    const r = renderTemplate('{{buyer}} {{constructor}} {{__proto__}} {{orderNo}} {{ 单号 }} }} [[x', { orderNo: 'X' })
    expect(r.unknown).toEqual(['buyer', 'constructor', '__proto__', '单号'])
    expect(r.text).not.toMatch(/\{\{|\}\}|\[\[|\]\]|undefined|null/)
    expect(r.text).toContain('X')
  })
})

describe('placeholder names in Chinese and in English', () => {
  it('knows every placeholder in both languages, in the order of the list, with no name meaning two things', () => {
    expect(PLACEHOLDER_INFO.map((p) => p.name)).toEqual([...TEMPLATE_PLACEHOLDERS])
    const spellings = PLACEHOLDER_INFO.flatMap((p) => [p.name, p.token['zh-CN'], ...p.aliases].map((s) => s.toLowerCase()))
    expect(new Set(spellings).size).toBe(spellings.length)
    for (const p of PLACEHOLDER_INFO) {
      expect(placeholderNamed(p.token['zh-CN'])).toBe(p.name)
      expect(placeholderNamed(p.token.en)).toBe(p.name)
      expect(p.label['zh-CN']).not.toBe('')
      expect(p.label.en).not.toBe('')
    }
    expect(placeholderNamed('toString')).toBeNull()
  })

  it('a template typed with Chinese names is stored with the English ones and shown back in Chinese as typed', () => {
    const typed = '亲，{{买家}}您好！您的「{{商品}} {{规格}}」缺货，[[预计 {{到货日期}} 到货，]]可退 {{退款金额}}。'
    const stored = canonicalTemplate(typed)
    expect(stored).toBe('亲，{{buyerName}}您好！您的「{{product}} {{spec}}」缺货，[[预计 {{restockDate}} 到货，]]可退 {{refundAmount}}。')
    expect(localizeTemplate(stored, 'zh-CN')).toBe(typed)
    expect(localizeTemplate(stored, 'en')).toBe(stored)
    expect(canonicalTemplate(localizeTemplate(stored, 'zh-CN'))).toBe(stored)
  })

  it('accepts the aliases merchants use, any letter case, spaces inside and a Chinese input method’s full-width braces', () => {
    expect(canonicalTemplate('{{ 买家昵称 }} {{BuyerName}} ｛｛订单编号｝｝ {{优惠券}}')).toBe(
      '{{buyerName}} {{buyerName}} {{orderNo}} {{coupon}}'
    )
    const values = { buyerName: '王', orderNo: 'O1', coupon: '¥5' }
    expect(renderTemplate('{{买家}}/{{buyerName}}/｛｛订单号｝｝/{{补偿金额}}', values).text).toBe('王/王/O1/¥5')
  })

  it('reports each kind of problem a template can have, and none for a well-formed one', () => {
    expect(parseTemplate('{{买家}} [[{{coupon}}]]').problems).toEqual({ unknown: [], strayBraces: false, badSegments: false })
    expect(parseTemplate('{{买家名字}} {{x}}').problems.unknown).toEqual(['买家名字', 'x'])
    expect(parseTemplate('亲，{{买家您好').problems.strayBraces).toBe(true)
    expect(parseTemplate('[[a [[b]] c]]').problems.badSegments).toBe(true)
    expect(parseTemplate('a ]] b').problems.badSegments).toBe(true)
    expect(parseTemplate('[[no end').problems.badSegments).toBe(true)
  })
})
