// Builds small Pinduoduo-style order exports for the import tests.
export interface PddRow {
  orderNo: string
  status?: string
  code?: string
  qty?: number
  paid?: string
  paidAt?: string
  shipBy?: string
  afterSale?: string
  buyer?: string
  title?: string
}

export const PDD_HEADERS = ['商品', '订单号', '订单状态', '商品数量(件)', '支付时间', '承诺发货时间', '商家编码-规格维度', '商品规格', '售后状态', '用户实付金额(元)', '收货人']

export function pddCsv(rows: PddRow[], opts: { headers?: string[]; bom?: boolean } = {}): Uint8Array {
  const headers = opts.headers ?? PDD_HEADERS
  const value = (h: string, r: PddRow): string => {
    switch (h) {
      case '商品':
        return r.title ?? '保温杯'
      case '订单号':
        return r.orderNo
      case '订单状态':
        return r.status ?? '待发货'
      case '商品数量(件)':
        return String(r.qty ?? 1)
      case '支付时间':
        return r.paidAt ?? '2026-11-25 20:00:00'
      case '承诺发货时间':
        return r.shipBy ?? '2026-11-27 20:00:00'
      case '商家编码-规格维度':
        return r.code ?? 'BWB-500-WHT'
      case '商品规格':
        return '500ml 白色'
      case '售后状态':
        return r.afterSale ?? '无售后或售后取消'
      case '用户实付金额(元)':
        return r.paid ?? '39.90'
      case '收货人':
        return r.buyer ?? '王小明'
      default:
        return ''
    }
  }
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  const text = [headers, ...rows.map((r) => headers.map((h) => value(h, r)))].map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n'
  const body = new TextEncoder().encode(text)
  if (opts.bom === false) return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}
