import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  chinaWallToIso,
  cleanCell,
  isMangledId,
  parseAmountFen,
  parseChinaTime,
  plainYuanToFen,
  parseQuantity
} from '../../src/main/core/import/parse/cells'
import { numberText } from '../../src/main/core/import/parse/xlsx'
import { parseYuanToFen } from '../../src/shared/money'

describe('cell text', () => {
  it('trims spaces and tabs, and unwraps ="…" and a leading apostrophe, keeping leading zeros', () => {
    expect(cleanCell('\t231126-123456789012345\t')).toBe('231126-123456789012345')
    expect(cleanCell('="2026112612345678"')).toBe('2026112612345678')
    expect(cleanCell('="00123"')).toBe('00123')
    expect(cleanCell('="say ""hi"""')).toBe('say "hi"')
    expect(cleanCell("'13912345678")).toBe('13912345678')
    expect(cleanCell("'00456")).toBe('00456')
    expect(cleanCell('\u3000 0012 \u00a0')).toBe('0012')
    expect(cleanCell('\t')).toBe('')
    expect(cleanCell('=SUM(A1)')).toBe('=SUM(A1)')
  })

  it('property: cleaning never changes digits, so IDs keep their leading zeros', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,25}$/), (id) => {
        expect(cleanCell(id)).toBe(id)
        expect(cleanCell(`="${id}"`)).toBe(id)
        expect(cleanCell(`'${id}`)).toBe(id)
        expect(cleanCell(`\t${id}\t`)).toBe(id)
      })
    )
  })

  it('recognises IDs that Excel already turned into scientific notation', () => {
    expect(isMangledId('6.91235E+18')).toBe(true)
    expect(isMangledId('2.0261126123456799E+18')).toBe(true)
    expect(isMangledId('6912345678901234567')).toBe(false)
    expect(isMangledId('231126-123456789012345')).toBe(false)
  })
})

describe('amounts and quantities', () => {
  it('reads yuan as integer fen, with ¥, thousands separators, a 元 suffix and spreadsheet trailing zeros', () => {
    expect(parseAmountFen('39.90')).toBe(3990)
    expect(parseAmountFen('￥1,234.5')).toBe(123450)
    expect(parseAmountFen('12元')).toBe(1200)
    expect(parseAmountFen('19.990')).toBe(1999)
    expect(parseAmountFen('0')).toBe(0)
    for (const bad of ['abc', '1.234', '-3', '1e3', '']) expect(parseAmountFen(bad), bad).toBeNull()
  })

  it('property: a plain amount ("39.90", "007", "1.5", 20 digits) reads the same on the quick path as through the general yuan parser', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
    const plain = fc
      .tuple(fc.oneof(digits(1, 4), digits(1, 20)), fc.option(digits(1, 2), { nil: undefined }))
      .map(([yuan, fen]) => (fen === undefined ? yuan : `${yuan}.${fen}`))
    fc.assert(
      fc.property(plain, (s) => {
        expect(plainYuanToFen(s)).toBe(parseYuanToFen(s))
      }),
      { numRuns: 2_000 }
    )
    expect(plainYuanToFen('0000000000000123.45')).toBe(12345)
    expect(plainYuanToFen('1234567890123')).toBeNull()
  })

  it('takes a positive whole number of pieces only', () => {
    expect(parseQuantity('3')).toBe(3)
    expect(parseQuantity('2.0')).toBe(2)
    expect(parseQuantity('２')).toBe(2)
    expect(parseQuantity('5件')).toBe(5)
    for (const bad of ['0', '-1', '1.5', 'abc', '', '1e3', '99999999']) expect(parseQuantity(bad), bad).toBeNull()
  })

  it('turns spreadsheet number text into plain decimal text without float noise, and leaves integers exact', () => {
    expect(numberText('19.989999999999998')).toBe('19.99')
    expect(numberText('2026112612345678901')).toBe('2026112612345678901')
    expect(numberText('6.9123456789012301E+18')).toBe('6.9123456789012301E+18')
    expect(numberText('0.30000000000000004')).toBe('0.3')
  })
})

describe('times', () => {
  it('reads wall-clock text as China time and stores UTC ISO strings', () => {
    expect(parseChinaTime('2026-11-26 14:03:05')).toBe('2026-11-26T06:03:05.000Z')
    expect(parseChinaTime('2026/11/26 14:03')).toBe('2026-11-26T06:03:00.000Z')
    expect(parseChinaTime('2026/1/5 9:03')).toBe('2026-01-05T01:03:00.000Z')
    expect(parseChinaTime('2026-11-26')).toBe('2026-11-25T16:00:00.000Z')
    expect(parseChinaTime('2026年11月26日 14:03:05')).toBe('2026-11-26T06:03:05.000Z')
    expect(parseChinaTime('2026-11-26 00:30:00')).toBe('2026-11-25T16:30:00.000Z')
  })

  it('honours an explicit offset or Z', () => {
    expect(parseChinaTime('2026-11-26T14:03:05+08:00')).toBe('2026-11-26T06:03:05.000Z')
    expect(parseChinaTime('2026-11-26T06:03:05Z')).toBe('2026-11-26T06:03:05.000Z')
    expect(parseChinaTime('2026-11-26T06:03:05.250Z')).toBe('2026-11-26T06:03:05.250Z')
    expect(parseChinaTime('2026-11-26T01:03:05-05:00')).toBe('2026-11-26T06:03:05.000Z')
  })

  it('reads Excel date serials as China wall-clock time', () => {
    // 46352 is 2026-11-26 in Excel's calendar; .585 of a day is 14:02:24.
    expect(parseChinaTime('46352')).toBe('2026-11-25T16:00:00.000Z')
    expect(parseChinaTime('46352.585')).toBe('2026-11-26T06:02:24.000Z')
  })

  it('rejects impossible or unreadable times instead of guessing', () => {
    for (const bad of [
      '2026-02-30 10:00:00',
      '2026-13-01',
      '2026-11-26 24:00:00',
      '26/11/2026',
      'tomorrow',
      '12',
      '2026-11-26T10:00:00+25:00'
    ]) {
      expect(parseChinaTime(bad), bad).toBeNull()
    }
  })
})

describe('China wall-clock to UTC', () => {
  it('property: the integer arithmetic gives exactly what Date gives, across month, year and leap-day edges', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const Y = d.getUTCFullYear(),
          M = d.getUTCMonth() + 1,
          D = d.getUTCDate(),
          H = d.getUTCHours(),
          MI = d.getUTCMinutes(),
          S = d.getUTCSeconds()
        const ms = d.getUTCMilliseconds()
        const expected = new Date(Date.UTC(Y, M - 1, D, H, MI, S, ms) - 8 * 3600_000).toISOString()
        expect(chinaWallToIso(Y, M, D, H, MI, S, ms)).toBe(expected)
        const text = `${Y}-${String(M).padStart(2, '0')}-${String(D).padStart(2, '0')} ${String(H).padStart(2, '0')}:${String(MI).padStart(2, '0')}:${String(S).padStart(2, '0')}`
        expect(parseChinaTime(text)).toBe(new Date(Date.UTC(Y, M - 1, D, H, MI, S) - 8 * 3600_000).toISOString())
      }),
      { numRuns: 2000 }
    )
    expect(chinaWallToIso(2028, 2, 29, 3, 0, 0)).toBe('2028-02-28T19:00:00.000Z')
    expect(chinaWallToIso(2027, 1, 1, 7, 59, 59)).toBe('2026-12-31T23:59:59.000Z')
    expect(chinaWallToIso(2027, 2, 29, 12, 0, 0)).toBeNull()
  })
})
