// Files for the first-run tests: a small stock list and a Pinduoduo export whose codes the stock list lacks.
import { pddCsv } from '../import/fixtures'

/** A stock list (库存表) in UTF-8: merchant code, name, spec, units on the shelf. */
export function stockCsv(rows: [code: string, name: string, spec: string, onHand: number][]): Uint8Array {
  const lines = ['商家编码,商品名称,规格,现有库存', ...rows.map((r) => r.join(','))]
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n')
}

export const STOCK = stockCsv([
  ['CUP-500', '不锈钢保温杯', '500ml 黑色', 12],
  ['CUP-750', '不锈钢保温杯', '750ml 白色', 0]
])

/** Orders for CUP-500 (in the stock list) and two codes it lacks, TEA-01 and MUG-02. */
export const ORDERS = pddCsv([
  { orderNo: '261125-100000000000001', code: 'CUP-500', qty: '2' },
  { orderNo: '261125-100000000000002', code: 'TEA-01', title: '西湖龙井 礼盒', spec: '250g', qty: '1' },
  { orderNo: '261125-100000000000003', code: 'MUG-02', title: '陶瓷马克杯', spec: '蓝色', qty: '3' },
  { orderNo: '261125-100000000000004', code: 'TEA-01', title: '西湖龙井 礼盒', spec: '250g', qty: '1' }
])
