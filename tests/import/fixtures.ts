// Order exports built in code, shaped like the platforms' own (see docs/domain.md).
import writeXlsxFile, { type Cell } from 'write-excel-file/node'
import { encodeGb18030 } from './gb18030'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030'
export type Row = Record<string, string>

export function csvText(headers: string[], rows: Row[], opts: { delimiter?: string; eol?: string; trailing?: string } = {}): string {
  const d = opts.delimiter ?? ','
  const eol = opts.eol ?? '\r\n'
  const quote = (s: string): string => (s.includes('"') || s.includes(d) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  const lines = [headers.map(quote).join(d), ...rows.map((r) => headers.map((h) => quote(r[h] ?? '')).join(d))]
  return lines.join(eol) + eol + (opts.trailing ?? '')
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'gb18030') return encodeGb18030(text)
  const body = new TextEncoder().encode(text)
  if (encoding === 'utf-8') return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}

// ---- Pinduoduo ------------------------------------------------------------------------------

export const PDD_NEW_HEADERS = [
  '商品',
  '订单号',
  '订单状态',
  '商品数量(件)',
  '是否审核中',
  '支付时间',
  '承诺发货时间',
  '承诺送达时间',
  '发货时间',
  '确认收货时间',
  '商品id',
  '商品规格',
  '样式ID',
  '商家编码-规格维度',
  '商家编码-商品维度',
  '商家备注',
  '买家留言',
  '售后状态',
  '订单成交时间',
  '商品总价(元)',
  '邮费(元)',
  '店铺优惠折扣(元)',
  '平台优惠折扣(元)',
  '多多支付立减金额(元)',
  '用户实付金额(元)',
  '商家实收金额(元)',
  '快递单号',
  '快递公司',
  '省',
  '市',
  '区',
  '街道/镇'
]

export const PDD_OLD_HEADERS = [
  '订单号',
  '商品',
  '订单状态',
  '商品数量(件)',
  '拼单成功时间',
  '订单确认时间',
  '承诺发货时间',
  '发货时间',
  '商品id',
  '样式ID',
  '商家编码-SKU维度',
  '商品规格',
  '收货人',
  '手机',
  '身份证姓名',
  '省',
  '市',
  '区',
  '街道/镇',
  '商品总价(元)',
  '用户实付金额(元)',
  '售后状态',
  '商家备注',
  '买家留言',
  '支付时间'
]

export interface PddOrder {
  orderNo: string
  status?: string
  qty?: string
  code?: string
  title?: string
  spec?: string
  paid?: string
  total?: string
  paidAt?: string
  shipBy?: string
  shippedAt?: string
  afterSale?: string
  goodsId?: string
  skuId?: string
  buyerNote?: string
  merchantNote?: string
  buyer?: string
  phone?: string
}

export function pddRow(o: PddOrder): Row {
  return {
    商品: o.title ?? '不锈钢保温杯 500ml',
    订单号: o.orderNo,
    订单状态: o.status ?? '待发货',
    '商品数量(件)': o.qty ?? '1',
    是否审核中: '否',
    支付时间: o.paidAt ?? '2026-11-25 20:15:30',
    拼单成功时间: o.paidAt ?? '2026-11-25 20:15:30',
    承诺发货时间: o.shipBy ?? '2026-11-27 20:15:30',
    发货时间: o.shippedAt ?? '',
    商品id: o.goodsId ?? '\t612345678901',
    商品规格: o.spec ?? '白色 500ml',
    样式ID: o.skuId ?? '\t1234567890123',
    '商家编码-规格维度': o.code ?? 'BWB-500-WHT',
    '商家编码-SKU维度': o.code ?? 'BWB-500-WHT',
    '商家编码-商品维度': 'BWB',
    商家备注: o.merchantNote ?? '',
    买家留言: o.buyerNote ?? '',
    售后状态: o.afterSale ?? '无售后或售后取消',
    订单成交时间: '2026-11-25 20:15:30',
    '商品总价(元)': o.total ?? '45.00',
    '邮费(元)': '0.00',
    '用户实付金额(元)': o.paid ?? '39.90',
    '商家实收金额(元)': '39.90',
    收货人: o.buyer ?? '王小明',
    手机: o.phone ?? '13800138000',
    省: '浙江省',
    市: '杭州市',
    区: '西湖区',
    '街道/镇': '文三路**号'
  }
}

export function pddCsv(orders: PddOrder[], opts: { old?: boolean; encoding?: Encoding; eol?: string; trailing?: string } = {}): Uint8Array {
  const headers = opts.old ? PDD_OLD_HEADERS : PDD_NEW_HEADERS
  const eol = opts.eol ?? '\r\n'
  const trailing = opts.trailing ?? ''
  return encode(csvText(headers, orders.map(pddRow), { eol, trailing }), opts.encoding ?? (opts.old ? 'gb18030' : 'utf-8-bom'))
}

// ---- Taobao classic: two files, the order report (ExportOrderList, no merchant code) and the item
// report (ExportOrderDetailList, one row per line), GBK ----------------------------------------

export const TAOBAO_CLASSIC_HEADERS = [
  '订单编号',
  '买家会员名',
  '买家支付宝账号',
  '买家应付货款',
  '买家应付邮费',
  '总金额',
  '买家实际支付金额',
  '订单状态',
  '买家留言',
  '收货人姓名',
  '收货地址',
  '运送方式',
  '联系电话',
  '联系手机',
  '订单创建时间',
  '订单付款时间',
  '宝贝标题',
  '宝贝种类',
  '物流单号',
  '物流公司',
  '订单备注',
  '宝贝总数量',
  '店铺Id',
  '店铺名称',
  '订单关闭原因',
  '分阶段订单信息'
]

export function taobaoClassicRow(o: {
  orderNo: string
  status?: string
  qty?: string
  paid?: string
  paidAt?: string
  address?: string
  presale?: string
}): Row {
  return {
    订单编号: `="${o.orderNo}"`,
    买家会员名: 'tb_buyer01',
    买家支付宝账号: '',
    买家应付货款: '59.00',
    买家应付邮费: '0.00',
    总金额: '59.00',
    买家实际支付金额: o.paid ?? '55.50',
    订单状态: o.status ?? '买家已付款，等待卖家发货',
    买家留言: '',
    收货人姓名: '李四',
    收货地址: o.address ?? '广东省 深圳市 南山区 科技园路1号(518000)',
    运送方式: '快递',
    联系电话: '',
    联系手机: "'13912345678",
    订单创建时间: '2026/11/26 9:01',
    订单付款时间: o.paidAt ?? '2026/11/26 9:03',
    宝贝标题: '手工陶瓷马克杯',
    宝贝种类: '1',
    物流单号: '',
    物流公司: '',
    订单备注: '',
    宝贝总数量: o.qty ?? '2',
    店铺Id: '="0012345"',
    店铺名称: '小店',
    订单关闭原因: '',
    分阶段订单信息: o.presale ?? ''
  }
}

export const TAOBAO_ITEM_HEADERS = ['订单编号', '标题', '价格', '购买数量', '外部系统编号', '商品属性', '套餐信息', '备注', '订单状态', '商家编码']

export function taobaoItemRow(o: { orderNo: string; code: string; qty?: string; price?: string; status?: string; title?: string }): Row {
  return {
    订单编号: `="${o.orderNo}"`,
    标题: o.title ?? '手工陶瓷马克杯',
    价格: o.price ?? '29.50',
    购买数量: o.qty ?? '1',
    外部系统编号: '',
    商品属性: '颜色分类:白色',
    套餐信息: '',
    备注: '',
    订单状态: o.status ?? '买家已付款，等待卖家发货',
    商家编码: `="${o.code}"`
  }
}

// ---- Taobao new (XLSX, one row per sub-order) -----------------------------------------------

export const TAOBAO_NEW_HEADERS = [
  '主订单编号',
  '子订单编号',
  '商品标题',
  '商品属性',
  '商家编码',
  '购买数量',
  '商品价格',
  '买家实付金额',
  '订单状态',
  '退款状态',
  '买家会员名',
  '收货人姓名',
  '联系手机',
  '收货地址',
  '订单付款时间',
  '买家留言',
  '订单备注'
]

export type XlsxValue = string | number | Date | null

export function taobaoNewRow(o: {
  orderNo: string
  subNo: string
  title?: string
  code?: string
  qty?: XlsxValue
  price?: XlsxValue
  paid?: XlsxValue
  status?: string
  refund?: string
  paidAt?: XlsxValue
}): Record<string, XlsxValue> {
  return {
    主订单编号: o.orderNo,
    子订单编号: o.subNo,
    商品标题: o.title ?? '北欧风马克杯',
    商品属性: '颜色分类:白色',
    商家编码: o.code ?? '00123',
    购买数量: o.qty ?? 1,
    商品价格: o.price ?? 29.9,
    买家实付金额: o.paid ?? 89.7,
    订单状态: o.status ?? '买家已付款，等待卖家发货',
    退款状态: o.refund ?? '没有申请退款',
    买家会员名: 'tb_user',
    收货人姓名: '赵六',
    联系手机: '13700001111',
    收货地址: '上海市 浦东新区 世纪大道100号',
    订单付款时间: o.paidAt ?? new Date(Date.UTC(2026, 10, 26, 10, 30, 0)),
    买家留言: '',
    订单备注: ''
  }
}

export async function xlsxFile(headers: string[], rows: Record<string, XlsxValue>[]): Promise<Uint8Array> {
  const cell = (v: XlsxValue | undefined): Cell => {
    if (v === null || v === undefined || v === '') return null
    if (typeof v === 'number') return { value: v, type: Number }
    if (v instanceof Date) return { value: v, type: Date, format: 'yyyy-mm-dd hh:mm:ss' }
    return { value: v, type: String }
  }
  const data: Cell[][] = [headers.map((h) => cell(h)), ...rows.map((r) => headers.map((h) => cell(r[h])))]
  return writeXlsxFile(data).toBuffer()
}

// ---- Douyin (UTF-8 with BOM, one row per sub-order, 19-digit IDs) ---------------------------

export const DOUYIN_HEADERS = [
  '主订单编号',
  '子订单编号',
  '选购商品',
  '商品规格',
  '商品数量',
  '商品ID',
  '商家编码',
  '商品单价',
  '订单应付金额',
  '支付方式',
  '收件人',
  '收件人手机号',
  '省',
  '市',
  '区',
  '街道',
  '详细地址',
  '买家留言',
  '订单提交时间',
  '商家备注',
  '支付完成时间',
  '订单状态',
  '承诺发货时间',
  '售后状态',
  '取消原因',
  '预约发货时间',
  '发货时间',
  '预计送达时间'
]

export function douyinRow(o: {
  orderNo: string
  subNo: string
  title?: string
  code?: string
  qty?: string
  price?: string
  pay?: string
  status?: string
  afterSale?: string
  shipBy?: string
}): Row {
  return {
    主订单编号: o.orderNo,
    子订单编号: o.subNo,
    选购商品: o.title ?? '加厚珊瑚绒睡衣',
    商品规格: '粉色;L',
    商品数量: o.qty ?? '1',
    商品ID: '3612345678901234567',
    商家编码: o.code ?? 'SY-PINK-L',
    商品单价: o.price ?? '69.00',
    订单应付金额: o.pay ?? '69.00',
    支付方式: '抖音支付',
    收件人: '钱七',
    收件人手机号: '15800002222',
    省: '四川省',
    市: '成都市',
    区: '武侯区',
    街道: '玉林街道',
    详细地址: '玉林南路8号',
    买家留言: '',
    订单提交时间: '2026-11-26 08:00:00',
    商家备注: '',
    支付完成时间: '2026-11-26 08:00:12',
    订单状态: o.status ?? '待发货',
    承诺发货时间: o.shipBy ?? '2026-11-28 08:00:12',
    售后状态: o.afterSale ?? '-',
    取消原因: '',
    预约发货时间: '',
    发货时间: '',
    预计送达时间: ''
  }
}

export function douyinCsv(rows: Row[], encoding: Encoding = 'utf-8-bom'): Uint8Array {
  return encode(csvText(DOUYIN_HEADERS, rows), encoding)
}

/** Makes a PDD order number: YYMMDD- then 15 digits. */
export function pddOrderNo(i: number): string {
  return `261126-${String(100000000000000 + i).padStart(15, '0')}`
}
