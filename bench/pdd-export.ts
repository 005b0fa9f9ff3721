// A Pinduoduo-style order export of N rows (UTF-8 with BOM, the recent column set),
// deterministic, for the import benchmark.
import { PDD_NEW_HEADERS } from '../tests/import/fixtures'
// The same recent column set the import tests read, in the same order.
const HEADERS = PDD_NEW_HEADERS

const STATUSES = ['已收货', '已收货', '已收货', '已发货，待签收', '待发货', '已取消']

export function skuCode(i: number): string {
  return `SKU-${String(i).padStart(5, '0')}`
}

/** `nextDay`: the same export a day later, every order that was awaiting shipment shipped (one in six). */
export function pddExport(rows: number, skus: number, opts: { nextDay?: boolean } = {}): Buffer {
  const pad = (n: number) => String(n).padStart(2, '0')
  const lines: string[] = ['\uFEFF' + HEADERS.join(',')]
  let seed = 12345
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28)
    const orderNo = `2611${pad(day)}-${String(100000000000000 + i)}`
    const sku = Math.floor(rnd() * skus)
    const qty = 1 + Math.floor(rnd() * 3)
    const price = 990 + Math.floor(rnd() * 20000)
    const paid = `2026-11-${pad(day)} ${pad(Math.floor(rnd() * 24))}:${pad(Math.floor(rnd() * 60))}:${pad(Math.floor(rnd() * 60))}`
    const shipBy = `2026-11-${pad(Math.min(28, day + 2))} 23:59:59`
    const yuan = (fen: number) => (fen / 100).toFixed(2)
    const listed = STATUSES[i % STATUSES.length]!
    const status = opts.nextDay && listed === '待发货' ? '已发货，待签收' : listed
    lines.push(
      [
        `"保温杯 大容量 ${sku % 50}号"`,
        orderNo,
        `"${status}"`,
        qty,
        '否',
        paid,
        shipBy,
        '',
        '',
        '',
        `\t${800000000 + sku}`,
        `"500ml ${['白色', '黑色', '红色'][sku % 3]}"`,
        `\t${900000000 + sku}`,
        skuCode(sku),
        `P-${sku % 500}`,
        '',
        '',
        '无售后或售后取消',
        paid,
        yuan(price * qty),
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        yuan(price * qty),
        yuan(price * qty),
        '',
        '',
        '浙江省',
        '杭州市',
        '西湖区',
        '文新街道'
      ].join(',')
    )
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')
}
