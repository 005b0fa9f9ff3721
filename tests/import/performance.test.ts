import { describe, expect, it } from 'vitest'
import { parseOrderFile } from '../../src/main/core/import/parse'
import { encode, PDD_NEW_HEADERS, pddOrderNo } from './fixtures'

/** A 200,000-row, ~60 MB PDD export (the same columns as a real 2023 export), built as one string. */
function bigPddCsv(n: number): Uint8Array {
  const template = PDD_NEW_HEADERS.map((h) => {
    switch (h) {
      case '订单号':
        return '{no}'
      case '订单状态':
        return '{status}'
      case '商品数量(件)':
        return '{qty}'
      case '商家编码-规格维度':
        return 'SKU-{sku}'
      case '支付时间':
      case '订单成交时间':
        return '{paid}'
      case '承诺发货时间':
        return '{ship}'
      case '买家留言':
        return '{note}'
      case '商品':
        return '不锈钢真空保温杯大容量学生男女便携水杯'
      case '商品规格':
        return '白色 500ml'
      case '用户实付金额(元)':
      case '商家实收金额(元)':
        return '{amount}'
      case '商品总价(元)':
        return '45.00'
      case '商品id':
        return '\t612345678901'
      case '样式ID':
        return '\t1234567890123'
      case '售后状态':
        return '无售后或售后取消'
      case '省':
        return '浙江省'
      case '市':
        return '杭州市'
      case '区':
        return '西湖区'
      case '街道/镇':
        return '文三路**号'
      default:
        return ''
    }
  }).join(',')
  const time = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
  const base = Date.UTC(2026, 10, 20)
  const parts = [PDD_NEW_HEADERS.join(',')]
  for (let i = 0; i < n; i++) {
    parts.push(
      template
        .replace('{no}', pddOrderNo(i))
        .replace('{status}', i % 5 ? '待发货' : '"已发货，待签收"')
        .replace('{qty}', String(1 + (i % 3)))
        .replace('{sku}', String(i % 500))
        .replace('{paid}', time(base + i * 2000))
        .replace('{paid}', time(base + i * 2000))
        .replace('{ship}', time(base + 172_800_000 + i * 2000))
        .replace('{note}', i % 10 === 0 ? '"请尽快发货，谢谢！""加急""\n第二行"' : '')
        .replace('{amount}', `${9 + (i % 300)}.${String(i % 100).padStart(2, '0')}`)
        .replace('{amount}', `${9 + (i % 300)}.${String(i % 100).padStart(2, '0')}`)
    )
  }
  return encode(parts.join('\r\n') + '\r\n', 'utf-8-bom')
}

describe('a large export', () => {
  // Its speed is a goal of `npm run bench` (a ratio against sqlite3's loader), not timed here.
  it('parses 200,000 PDD rows (~60 MB) with every row and no problem', async () => {
    const bytes = bigPddCsv(200_000)
    expect(bytes.length).toBeGreaterThan(50_000_000)
    const t0 = performance.now()
    const r = await parseOrderFile(bytes, 'big.csv')
    const ms = performance.now() - t0
    console.info(`parsed ${r.rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB, in ${ms.toFixed(0)} ms`)
    expect(r.orders).toHaveLength(200_000)
    expect(r.problems).toEqual([])
    expect(r.orders[199_999]!.orderNo).toBe(pddOrderNo(199_999))
  }, 60_000)
})
