// The engine reads stored times digit by digit (isoMs) because Date.parse was a
// visible share of a recompute; it must agree with Date.parse on every string.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoMs, msOrInfinity } from '../../src/main/core/engine/time'

const same = (t: string) => expect(Object.is(isoMs(t), Date.parse(t)) || (Number.isNaN(isoMs(t)) && Number.isNaN(Date.parse(t)))).toBe(true)

describe('reading stored ISO times', () => {
  it('agrees with Date.parse on every time toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        const t = new Date(ms).toISOString()
        expect(isoMs(t)).toBe(ms)
      }),
      { numRuns: 2000 }
    )
  })

  it('agrees with Date.parse on strings of the same shape that are not valid times', () => {
    for (const t of [
      '2026-02-30T00:00:00.000Z',
      '2026-02-29T00:00:00.000Z',
      '2024-02-29T12:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-01-00T00:00:00.000Z',
      '2026-01-10T24:00:00.000Z',
      '2026-01-10T23:60:00.000Z',
      '2026-01-10T23:00:60.000Z',
      '0050-01-10T23:00:00.000Z',
      '2026-0a-10T23:00:00.000Z',
      '2026-01-10 23:00:00.000Z',
      '2026-01-10T23:00:00+0800'
    ])
      same(t)
  })

  it('agrees with Date.parse on any 24-character string built from digits and the separators', () => {
    const ch = fc.constantFrom(...'0123456789-:.TZ+ '.split(''))
    fc.assert(
      fc.property(fc.array(ch, { minLength: 24, maxLength: 24 }), fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (cs, ms) => {
        same(cs.join(''))
        // Mostly valid: a real time with one character replaced.
        const t = new Date(ms).toISOString().split('')
        t[ms % 24] = cs[0]!
        same(t.join(''))
      }),
      { numRuns: 3000 }
    )
  })

  it('reads a missing or unreadable time as +Infinity, so it sorts last', () => {
    expect(msOrInfinity(null)).toBe(Infinity)
    expect(msOrInfinity('not a time')).toBe(Infinity)
    expect(msOrInfinity('2026-11-26T02:00:00.000Z')).toBe(Date.UTC(2026, 10, 26, 2))
  })
})
