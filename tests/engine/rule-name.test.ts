// A preset rule's name states its figures; after the merchant changes them, the name
// the screens show follows the figures (issue 14: "延迟发货每单 ¥3" after a ¥5 fee).
import { describe, expect, it } from 'vitest'
import type { PlatformRule } from '../../src/shared/engine-types'
import { messageFor } from '../../src/shared/i18n/translate'
import { ruleName } from '../../src/shared/rule-text'

const presetName = messageFor('zh-CN', 'engine.presets.pdd_fixed_3.name')
const rule = (over: Partial<PlatformRule>): Pick<PlatformRule, 'preset' | 'name' | 'edited' | 'platform' | 'late'> => ({
  preset: 'pdd_fixed_3',
  name: presetName,
  edited: false,
  platform: 'pdd',
  late: { kind: 'fixed', fixedFen: 300 },
  ...over
})

describe('a platform rule’s name', () => {
  it('is the preset’s own name in the UI language while its figures are the shipped ones', () => {
    expect(presetName).toContain('¥3')
    expect(ruleName('zh-CN', rule({}))).toBe(presetName)
    expect(ruleName('en', rule({}))).toBe(messageFor('en', 'engine.presets.pdd_fixed_3.name'))
  })

  it('follows the fee once the merchant changed it, in both languages', () => {
    const changed = rule({ edited: true, late: { kind: 'fixed', fixedFen: 500 } })
    expect(ruleName('zh-CN', changed)).toBe('拼多多 · 延迟发货每单 ¥5（已修改）')
    expect(ruleName('en', changed)).toBe('Pinduoduo · late shipment ¥5 per order (changed)')
  })

  it('keeps a name the merchant wrote, whatever the figures', () => {
    expect(ruleName('zh-CN', rule({ edited: true, name: '我的规则' }))).toBe('我的规则')
    expect(ruleName('en', rule({ preset: null, name: 'Mine' }))).toBe('Mine')
  })
})
