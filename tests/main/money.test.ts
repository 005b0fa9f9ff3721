import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFen, parseYuanToFen } from '../../src/shared/money'

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
