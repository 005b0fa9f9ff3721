import { describe, expect, it } from 'vitest'
import { at, engineShop } from './helpers'

describe('platform rules as data', () => {
  it('ships presets with their source and date, one active per platform', async () => {
    const s = engineShop()
    const rules = await s.call('rules.list', {})
    expect(rules.map((r) => [r.platform, r.preset, r.active])).toEqual([
      ['pdd', 'pdd_fixed_3', true],
      ['pdd', 'pdd_percent_10', false],
      ['taobao', 'taobao_percent_5', true],
      ['douyin', 'douyin_percent_10', true],
      ['other', 'other_none', true]
    ])
    expect(rules[0]).toMatchObject({ shipWindowHours: 48, late: { kind: 'fixed', fixedFen: 300 }, sourceDate: '2025', edited: false })
    expect(rules[1]).toMatchObject({ late: { kind: 'percent', percentBp: 1000, minFen: 500, maxFen: 10_000 }, sourceDate: null })
    for (const r of rules) expect(r.source.length).toBeGreaterThan(20)
    // Where the domain notes have no figure, the preset says it is an assumption.
    for (const r of rules.filter((x) => x.platform !== 'pdd')) expect(r.source).toMatch(/假设/)
  })

  it('the database itself refuses two active rules for one platform', async () => {
    const s = engineShop()
    expect(() => s.db.prepare(`UPDATE platform_rules SET active = 1 WHERE preset = 'pdd_percent_10'`).run()).toThrow(/UNIQUE/)
  })

  it('editing a rule’s ship window moves the deadline of orders without a promised ship time', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 1 })
    s.order('O1', [['A', 1]], { deadline: null, paid: -10 })
    await s.recompute()
    expect((await s.triage()).get('O1')!.deadline).toBe(at(38))
    const pdd = (await s.call('rules.list', {}))[0]!
    const { platform, name, late, stockout, source, sourceDate } = pdd
    const edited = await s.call('rules.save', { id: pdd.id, platform, name, late, stockout, source, sourceDate, shipWindowHours: 24 })
    expect(edited).toMatchObject({ edited: true, shipWindowHours: 24, active: true })
    expect((await s.triage()).get('O1')).toMatchObject({ deadline: at(14), deadlineSource: 'derived' })
    const reset = await s.call('rules.reset', { id: pdd.id })
    expect(reset).toMatchObject({ edited: false, shipWindowHours: 48 })
    expect((await s.triage()).get('O1')!.deadline).toBe(at(38))
  })

  it('a rule of one’s own can be added and chosen; presets and the active rule cannot be deleted', async () => {
    const s = engineShop()
    const mine = await s.call('rules.save', {
      platform: 'douyin',
      name: '抖店 · 我的账单',
      shipWindowHours: 72,
      late: { kind: 'percent', percentBp: 500, minFen: 300, maxFen: null },
      stockout: { kind: 'fixed', fixedFen: 1000 },
      source: '2026 年 10 月账单',
      sourceDate: '2026-10',
      activate: true
    })
    const douyin = (await s.call('rules.list', {})).filter((r) => r.platform === 'douyin')
    expect(douyin.map((r) => [r.id === mine.id, r.active])).toEqual([
      [true, true],
      [false, false]
    ])
    expect(await s.fail('rules.delete', { id: mine.id })).toMatchObject({ code: 'conflict', messageKey: 'engine.errors.rule_is_active' })
    const preset = douyin.find((r) => r.preset)!
    expect(await s.fail('rules.delete', { id: preset.id })).toMatchObject({ messageKey: 'engine.errors.rule_is_preset' })
    await s.call('rules.activate', { id: preset.id })
    expect(await s.call('rules.delete', { id: mine.id })).toEqual({ deleted: true })
  })

  it('refuses a maximum below the minimum and a percentage over 100%', async () => {
    const s = engineShop()
    const base = { platform: 'other', name: 'x', shipWindowHours: 48, stockout: { kind: 'fixed', fixedFen: 0 } } as const
    expect(await s.fail('rules.save', { ...base, late: { kind: 'percent', percentBp: 1000, minFen: 500, maxFen: 100 } })).toMatchObject({ code: 'invalid_input', field: 'late' })
    expect(await s.fail('rules.save', { ...base, late: { kind: 'percent', percentBp: 10_001 } })).toMatchObject({ code: 'invalid_input' })
  })
})
