// The digest stored with every imported order is how a re-import recognises unchanged orders
// without comparing them field by field. Computing it faster must not change it: orders stored by
// an earlier version would otherwise all look changed on the next import.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { orderDigest } from '../../src/main/core/import/existing-orders'
import { normalizedOrder } from '../helpers/normalized-order'

const order = normalizedOrder()

describe('order digest', () => {
  it('is the sha1 (base64) of the order’s fields joined with U+001F, as earlier versions stored it', () => {
    const joined = [
      'pdd',
      '261126-000000000000001',
      'awaiting_shipment',
      'none',
      3990,
      '2026-11-25T12:00:00.000Z',
      '2026-11-27T12:00:00.000Z',
      null,
      '张三',
      '',
      '浙江省 杭州市',
      '',
      '',
      1,
      null,
      'BWB-500-WHT',
      '',
      '',
      '保温杯',
      '500ml 白色',
      2,
      3990
    ].join('\u001f')
    expect(orderDigest(order)).toBe(createHash('sha1').update(joined).digest('base64'))
  })

  it('does not depend on the rows the order was read from, and changes with any field', () => {
    expect(orderDigest({ ...order, sourceRows: [9, 10] })).toBe(orderDigest(order))
    expect(orderDigest({ ...order, buyerNote: '请尽快' })).not.toBe(orderDigest(order))
    expect(orderDigest({ ...order, lines: [{ ...order.lines[0]!, quantity: 3 }] })).not.toBe(orderDigest(order))
  })
})
