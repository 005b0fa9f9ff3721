import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fenToYuanInput, formatFen, formatMoney, formatYuan, formatYuanWhole, parseYuan, parseYuanToFen } from '../../src/shared/money'

describe('money in fen', () => {
  it('parses yuan text exactly, with ¥, thousands separators and up to two decimals', () => {
    expect(parseYuanToFen('19.99')).toBe(1999)
    expect(parseYuanToFen('0.1')).toBe(10)
    expect(parseYuanToFen('¥1,234.5')).toBe(123450)
    expect(parseYuanToFen('￥12')).toBe(1200)
    expect(parseYuanToFen('12.')).toBe(1200)
    expect(parseYuanToFen('-3')).toBe(-300)
    for (const bad of ['', 'abc', '1.234', '1e3', '12,34.5.6', '¥', '0x10']) expect(parseYuanToFen(bad), bad).toBeNull()
  })

  it('property: formatting then parsing gives back the same fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(parseYuanToFen(formatFen(fen))).toBe(fen)
      })
    )
  })

  it('formats with thousands separators and two decimals', () => {
    expect(formatFen(123456)).toBe('1,234.56')
    expect(formatFen(5)).toBe('0.05')
    expect(formatFen(-300)).toBe('-3.00')
  })
})

describe('one way to print money (a Chinese shop owner reads the sign before the ¥)', () => {
  it('prints −150 fen as -¥1.50 in tables, sentences and on axes alike', () => {
    expect(formatMoney(-150)).toBe('-¥1.50')
    expect(formatYuan(-150)).toBe('-¥1.50')
    expect(formatYuanWhole(-150)).toBe('-¥2')
    expect(formatFen(-150)).toBe('-1.50')
  })

  it('shows 分 always in tables, and only when not zero in sentences', () => {
    expect(formatMoney(123400)).toBe('¥1,234.00')
    expect(formatYuan(123400)).toBe('¥1,234')
    expect(formatYuan(123450)).toBe('¥1,234.50')
    expect(formatYuanWhole(123456)).toBe('¥1,235')
    expect(formatMoney(Number.NaN)).toBe('—')
  })

  it('parses what a person types, refusing a minus sign unless asked and more than two decimals', () => {
    expect(parseYuan('12。5')).toEqual({ ok: true, fen: 1250 })
    expect(parseYuan('¥ 8.80')).toEqual({ ok: true, fen: 880 })
    expect(parseYuan('-3')).toEqual({ ok: false, reason: 'format' })
    expect(parseYuan('-3', { negative: true })).toEqual({ ok: true, fen: -300 })
    expect(parseYuan('1.234')).toEqual({ ok: false, reason: 'decimals' })
    expect(parseYuan('1234567890')).toEqual({ ok: false, reason: 'too_large' })
    // The contract's ceiling, ¥1,000,000,000.00, parses; a fen more does not.
    expect(parseYuan('1000000000')).toEqual({ ok: true, fen: 1_000_000_000_00 })
    expect(parseYuan('1000000000.01')).toEqual({ ok: false, reason: 'too_large' })
    expect(fenToYuanInput(123450)).toBe('1234.50')
    expect(fenToYuanInput(-150)).toBe('-1.50')
    expect(fenToYuanInput(0)).toBe('0')
  })

  it('property: what a form field starts with parses back to the same fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (fen) => {
        expect(parseYuan(fenToYuanInput(fen))).toEqual({ ok: true, fen })
      })
    )
  })
})
