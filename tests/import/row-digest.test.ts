// The reading key: everything besides a row's cells that decides what the row becomes (issue 15).
import { describe, expect, it } from 'vitest'
import { readingKey, rowDigest, rowsDigest, type Reading } from '../../src/main/core/import/parse/row-digest'
import type { OrderStatus } from '../../src/shared/types'

const base: Reading = {
  appVersion: '1.0.0',
  format: 'pdd',
  headers: ['订单号', '订单状态'],
  mapping: null,
  statusMap: new Map<string, OrderStatus>([
    ['已签收', 'received'],
    ['待处理', 'awaiting_shipment']
  ])
}

describe('the row digest', () => {
  it('keys a reading by the app version, the format, the headers, the mapping and the status meanings', () => {
    const key = readingKey(base)
    const others: Reading[] = [
      { ...base, appVersion: '1.0.1' },
      { ...base, format: 'douyin' },
      { ...base, headers: ['订单状态', '订单号'] },
      { ...base, mapping: { orderNo: '订单号' } },
      { ...base, statusMap: new Map<string, OrderStatus>([['已签收', 'received']]) },
      { ...base, statusMap: new Map<string, OrderStatus>([...base.statusMap, ['待处理', 'unpaid']]) }
    ]
    for (const r of others) expect(readingKey(r)).not.toBe(key)
  })

  it('gives the same key for the same status meanings in any order', () => {
    const reversed = new Map([...base.statusMap].reverse())
    expect(readingKey({ ...base, statusMap: reversed })).toBe(readingKey(base))
  })

  it('tells apart rows whose cells differ only in where one ends, and a workbook row from a CSV line', () => {
    const key = readingKey(base)
    expect(rowDigest(key, ['a,b', 'c'], undefined)).not.toBe(rowDigest(key, ['a', 'b,c'], undefined))
    expect(rowDigest(key, ['a', 'b'], undefined)).not.toBe(rowDigest(key, ['a', 'b'], '["a","b"]'))
    expect(rowDigest(key, ['a', 'b'], 'a,b')).toBe(rowDigest(key, ['ignored'], 'a,b'))
    expect(rowDigest(key, ['a'], 'a').startsWith(key)).toBe(true)
  })

  it('digests an order of one row as that row, and of several rows as all of them in order', () => {
    expect(rowsDigest('k', ['r1'])).toBe('r1')
    expect(rowsDigest('k', ['r1', 'r2'])).not.toBe(rowsDigest('k', ['r2', 'r1']))
    expect(rowsDigest('k', ['r1', 'r2'])).not.toBe('r1')
  })
})
