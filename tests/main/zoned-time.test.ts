import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { durationMessage, durationOf, formatShopTime, isoToWall, localDate, localMidnight, wallToIso, zonedToUtc } from '../../src/shared/time'
import { formatDuration } from '../../src/shared/engine-format'

describe('wall clock in the shop time zone and UTC', () => {
  it('reads a Shanghai wall-clock time as the UTC instant it names, and back', () => {
    expect(wallToIso('2026-11-26T14:05', 'Asia/Shanghai')).toBe('2026-11-26T06:05:00.000Z')
    expect(isoToWall('2026-11-26T06:05:00.000Z', 'Asia/Shanghai')).toBe('2026-11-26T14:05')
    expect(formatShopTime('2026-11-26T06:05:09.000Z', 'Asia/Shanghai')).toBe('2026-11-26 14:05:09')
    expect(wallToIso('not a time', 'Asia/Shanghai')).toBeNull()
    expect(isoToWall(null, 'Asia/Shanghai')).toBe('')
  })

  it('is right before 2000 too: China kept daylight saving in 1986–1991, and years below 100 stay themselves', () => {
    // 1988-07-01 14:00 in Shanghai was UTC+9 (daylight saving).
    expect(wallToIso('1988-07-01T14:00', 'Asia/Shanghai')).toBe('1988-07-01T05:00:00.000Z')
    expect(isoToWall('1988-07-01T05:00:00.000Z', 'Asia/Shanghai')).toBe('1988-07-01T14:00')
    expect(wallToIso('1999-12-31T23:30', 'Asia/Shanghai')).toBe('1999-12-31T15:30:00.000Z')
    expect(formatShopTime('0050-03-01T00:00:00.000Z', 'UTC')).toBe('0050-03-01 00:00:00')
    expect(new Date(zonedToUtc({ y: 50, m: 3, d: 1, h: 0, mi: 0 }, 'UTC')).toISOString()).toBe('0050-03-01T00:00:00.000Z')
  })

  it('lands on the right side of a daylight-saving change', () => {
    expect(wallToIso('2026-03-08T03:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
    expect(wallToIso('2026-11-01T00:30', 'America/New_York')).toBe('2026-11-01T04:30:00.000Z')
  })

  // Before about 1930 zones ran on local mean time with odd seconds (Shanghai +8:05:43), which a minute field cannot name.
  it('property: any minute from 1950 to 2100 round-trips through the wall clock of Shanghai and New York', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 }), fc.constantFrom('Asia/Shanghai', 'America/New_York', 'UTC'), (minute, zone) => {
        const iso = new Date(minute * 60_000).toISOString()
        const back = wallToIso(isoToWall(iso, zone), zone)
        // An hour repeated when clocks go back names two instants; either is a right reading.
        expect(Math.abs(Date.parse(back!) - Date.parse(iso)) % 3_600_000).toBe(0)
        expect(isoToWall(back!, zone)).toBe(isoToWall(iso, zone))
      })
    )
  })

  it('finds the local day and its midnight', () => {
    const ms = Date.parse('2026-11-26T17:00:00Z')
    expect(localDate(ms, 'Asia/Shanghai')).toBe('2026-11-27')
    expect(new Date(localMidnight(ms, 'Asia/Shanghai')).toISOString()).toBe('2026-11-26T16:00:00.000Z')
    expect(localDate(Date.parse('1990-06-01T16:30:00Z'), 'Asia/Shanghai')).toBe('1990-06-02')
  })
})

describe('lengths of time as people say them', () => {
  const h = 3_600_000
  it('says days and hours from 48 hours up, hours and minutes under, minutes under an hour; never a fraction', () => {
    expect(durationOf(212.5 * h)).toEqual({ unit: 'days', days: 8, hours: 20 })
    expect(durationOf(47.99 * h)).toEqual({ unit: 'hours', hours: 47, minutes: 59 })
    expect(durationOf(0.6 * h)).toEqual({ unit: 'minutes', minutes: 36 })
    expect(durationOf(-5 * h)).toEqual({ unit: 'hours', hours: 5, minutes: 0 })
    expect(durationMessage(48 * h)).toEqual({ key: 'duration.days', params: { days: 2 } })
  })

  it('in both languages', () => {
    expect(formatDuration('zh-CN', 212.5 * h)).toBe('8 天 20 小时')
    expect(formatDuration('zh-CN', 0.6 * h)).toBe('36 分钟')
    expect(formatDuration('zh-CN', 5.2 * h)).toBe('5 小时 12 分钟')
    expect(formatDuration('en', 212.5 * h)).toBe('8 d 20 h')
    expect(formatDuration('en', 3 * h)).toBe('3 h')
    expect(formatDuration('en', 37 * 60_000)).toBe('37 min')
  })
})
