import { describe, expect, it } from 'vitest'
import { detectPlatform, parseOrderFile, type ParsedOrderFile } from '../../src/main/core/import/parse'
import {
  csvText,
  douyinCsv,
  douyinRow,
  DOUYIN_HEADERS,
  encode,
  PDD_NEW_HEADERS,
  PDD_OLD_HEADERS,
  pddCsv,
  pddOrderNo,
  pddRow,
  TAOBAO_CLASSIC_HEADERS,
  TAOBAO_NEW_HEADERS,
  taobaoClassicRow,
  taobaoNewRow,
  xlsxFile
} from './fixtures'

const codes = (r: ParsedOrderFile): string[] => r.problems.map((p) => p.code)
const blocking = (r: ParsedOrderFile) => r.problems.filter((p) => p.blocking)

describe('Pinduoduo exports', () => {
  it('reads a 2023 export (UTF-8 with BOM) into one order per row with money in fen and times in UTC', async () => {
    const r = await parseOrderFile(
      pddCsv([{ orderNo: pddOrderNo(1), qty: '2', paid: '79.80', total: '90.00', buyerNote: '请尽快发货' }]),
      'orders.csv'
    )
    expect(r.platform).toBe('pdd')
    expect(r.encoding).toBe('utf-8-bom')
    expect(r.rows).toBe(1)
    expect(blocking(r)).toEqual([])
    expect(r.orders).toEqual([
      {
        platform: 'pdd',
        orderNo: '261126-100000000000001',
        part: 'whole',
        refundFen: null,
        presale: false,
        status: 'awaiting_shipment',
        afterSale: 'none',
        paidFen: 7980,
        paidAt: '2026-11-25T12:15:30.000Z',
        promisedShipAt: '2026-11-27T12:15:30.000Z',
        shippedAt: null,
        buyerName: '',
        buyerPhone: '',
        address: '浙江省 杭州市 西湖区 文三路**号',
        buyerNote: '请尽快发货',
        merchantNote: '',
        lines: [
          {
            lineNo: 1,
            subOrderNo: null,
            merchantCode: 'BWB-500-WHT',
            platformProductId: '612345678901',
            platformSkuId: '1234567890123',
            title: '不锈钢保温杯 500ml',
            spec: '白色 500ml',
            quantity: 2,
            amountFen: 9000
          }
        ],
        sourceRows: [2]
      }
    ])
  })

  it('reads a 2020 export in GB18030 with 商家编码-SKU维度, 收货人 and 手机', async () => {
    const r = await parseOrderFile(
      pddCsv([{ orderNo: pddOrderNo(2), code: '0088-A', buyer: '张三', phone: '13800138000' }], { old: true }),
      'old.csv'
    )
    expect(r.encoding).toBe('gb18030')
    expect(r.platform).toBe('pdd')
    expect(blocking(r)).toEqual([])
    const o = r.orders[0]!
    expect(o.lines[0]!.merchantCode).toBe('0088-A')
    expect(o.buyerName).toBe('张三')
    expect(o.buyerPhone).toBe('13800138000')
  })

  it('maps every status wording, with a full-width or half-width comma in 已发货，待签收', async () => {
    const statuses = [
      '待付款',
      '待发货',
      '已发货，待签收',
      '已发货,待签收',
      '已发货 ， 待签收',
      '已收货',
      '已签收',
      '已取消',
      '交易关闭',
      '已取消（超时未支付）'
    ]
    const r = await parseOrderFile(pddCsv(statuses.map((status, i) => ({ orderNo: pddOrderNo(i), status }))), 'a.csv')
    expect(blocking(r)).toEqual([])
    expect(r.orders.map((o) => o.status)).toEqual([
      'unpaid',
      'awaiting_shipment',
      'shipped',
      'shipped',
      'shipped',
      'received',
      'received',
      'cancelled',
      'cancelled',
      'cancelled'
    ])
  })

  it('maps after-sale states; 待发货 with 退款成功 is a partial refund that stays open and flagged, never a cancel', async () => {
    const r = await parseOrderFile(
      pddCsv([
        { orderNo: pddOrderNo(1), afterSale: '无售后或售后取消' },
        { orderNo: pddOrderNo(2), afterSale: '售后处理中' },
        { orderNo: pddOrderNo(3), afterSale: '退款成功' },
        { orderNo: pddOrderNo(4), status: '已发货，待签收', afterSale: '退款成功' },
        { orderNo: pddOrderNo(5), status: '未发货，退款成功', afterSale: '' }
      ]),
      'a.csv'
    )
    expect(r.orders.map((o) => [o.status, o.afterSale])).toEqual([
      ['awaiting_shipment', 'none'],
      ['awaiting_shipment', 'in_progress'],
      ['awaiting_shipment', 'refunded'],
      ['shipped', 'refunded'],
      ['cancelled', 'refunded']
    ])
    // The order's fate comes from 订单状态 (row 6 says 未发货，退款成功); row 4 is flagged for a check.
    expect(r.problems.filter((p) => p.code === 'refund_on_open_order').map((p) => [p.row, p.blocking])).toEqual([[4, false]])
  })

  it('falls back to 商品id:样式ID when the merchant code is empty, and says so', async () => {
    const r = await parseOrderFile(pddCsv([{ orderNo: pddOrderNo(1), code: '', goodsId: '\t0612345', skuId: '="0099"' }]), 'a.csv')
    expect(r.orders[0]!.lines[0]!.merchantCode).toBe('0612345:0099')
    expect(r.problems).toContainEqual({
      row: 2,
      column: '商家编码-规格维度',
      code: 'merchant_code_fallback',
      params: { code: '0612345:0099' },
      blocking: false
    })
  })

  it('reads columns in any order, with optional ones missing and UTF-8 without BOM, LF line ends and trailing blank lines', async () => {
    const headers = ['承诺发货时间', '商品数量(件)', '订单状态', '商家编码-规格维度', '订单号']
    const text = csvText(headers, [pddRow({ orderNo: pddOrderNo(7), qty: '3', code: '00042' })], { eol: '\n', trailing: '\n\n\n' })
    const r = await parseOrderFile(encode(text, 'utf-8'), 'x.csv')
    expect(r.encoding).toBe('utf-8')
    expect(r.platform).toBe('pdd')
    expect(r.rows).toBe(1)
    expect(blocking(r)).toEqual([])
    expect(r.orders[0]).toMatchObject({ orderNo: pddOrderNo(7), paidFen: 0, paidAt: null, promisedShipAt: '2026-11-27T12:15:30.000Z' })
    expect(r.orders[0]!.lines[0]).toMatchObject({ merchantCode: '00042', quantity: 3, amountFen: 0 })
  })

  it('reads quoted multi-line notes and keeps them whole', async () => {
    const r = await parseOrderFile(
      pddCsv([{ orderNo: pddOrderNo(1), buyerNote: '第一行\r\n第二行，"加急"', merchantNote: 'a,b' }, { orderNo: pddOrderNo(2) }]),
      'a.csv'
    )
    expect(r.orders.map((o) => o.buyerNote)).toEqual(['第一行\r\n第二行，"加急"', ''])
    expect(r.orders[0]!.merchantNote).toBe('a,b')
    expect(r.orders.map((o) => o.sourceRows)).toEqual([[2], [3]])
  })
})

describe('Taobao exports', () => {
  it('reads the classic GBK export, unwrapping ="…" order numbers and \'-prefixed phones', async () => {
    const text = csvText(TAOBAO_CLASSIC_HEADERS, [
      taobaoClassicRow({ orderNo: '2026112612345678901' }),
      taobaoClassicRow({ orderNo: '2026112612345678902', status: '卖家已发货，等待买家确认' }),
      taobaoClassicRow({ orderNo: '2026112612345678903', status: '交易成功' }),
      taobaoClassicRow({ orderNo: '2026112612345678904', status: '交易关闭' }),
      taobaoClassicRow({ orderNo: '2026112612345678905', status: '等待买家付款' })
    ])
    const r = await parseOrderFile(encode(text, 'gb18030'), 'ExportOrderList.csv')
    expect(r.platform).toBe('taobao')
    expect(r.encoding).toBe('gb18030')
    expect(blocking(r)).toEqual([])
    expect(r.orders.map((o) => o.status)).toEqual(['awaiting_shipment', 'shipped', 'received', 'cancelled', 'unpaid'])
    expect(r.orders[0]).toMatchObject({
      orderNo: '2026112612345678901',
      paidFen: 5550,
      paidAt: '2026-11-26T01:03:00.000Z',
      buyerName: '李四',
      buyerPhone: '13912345678',
      address: '广东省 深圳市 南山区 科技园路1号(518000)'
    })
    // The real order report has no merchant code: its lines come from the item report (宝贝报表).
    expect(r.format).toBe('taobao_classic')
    expect(r.orders[0]).toMatchObject({ part: 'order', lines: [] })
  })

  it('reads the new XLSX export: sub-order rows merge into one order, with the order-level paid amount counted once', async () => {
    const bytes = await xlsxFile(TAOBAO_NEW_HEADERS, [
      taobaoNewRow({ orderNo: '4000123456789', subNo: '4000123456790', code: '00123', qty: 1 }),
      taobaoNewRow({ orderNo: '4000123456789', subNo: '4000123456791', code: '00456', qty: 2, price: 30 }),
      taobaoNewRow({ orderNo: '4000999', subNo: '4000999-1', paid: 29.9, status: '卖家已发货，等待买家确认' })
    ])
    // The bytes decide the format, not the name.
    const r = await parseOrderFile(bytes, 'renamed.csv')
    expect(r.encoding).toBe('xlsx')
    expect(r.platform).toBe('taobao')
    expect(blocking(r)).toEqual([])
    expect(r.orders).toHaveLength(2)
    const [a, b] = r.orders
    expect(a).toMatchObject({
      orderNo: '4000123456789',
      status: 'awaiting_shipment',
      paidFen: 8970,
      paidAt: '2026-11-26T02:30:00.000Z',
      sourceRows: [2, 3]
    })
    expect(a!.lines).toEqual([
      expect.objectContaining({ lineNo: 1, subOrderNo: '4000123456790', merchantCode: '00123', quantity: 1, amountFen: 2990 }),
      expect.objectContaining({ lineNo: 2, subOrderNo: '4000123456791', merchantCode: '00456', quantity: 2, amountFen: 6000 })
    ])
    expect(b).toMatchObject({ orderNo: '4000999', status: 'shipped', paidFen: 2990 })
  })

  it('leaves a sub-order refunded before shipping out of the items to ship; 退款状态 alone never cancels the order', async () => {
    const bytes = await xlsxFile(TAOBAO_NEW_HEADERS, [
      taobaoNewRow({ orderNo: '5001', subNo: '5001-1' }),
      taobaoNewRow({ orderNo: '5001', subNo: '5001-2', refund: '退款成功' }),
      taobaoNewRow({ orderNo: '5002', subNo: '5002-1', refund: '退款成功' }),
      taobaoNewRow({ orderNo: '5002', subNo: '5002-2', refund: '退款成功' }),
      taobaoNewRow({ orderNo: '5003', subNo: '5003-1', refund: '买家已经申请退款，等待卖家同意' })
    ])
    const r = await parseOrderFile(bytes, 'x.xlsx')
    expect(r.orders.map((o) => [o.orderNo, o.status, o.afterSale, o.lines.map((l) => l.subOrderNo)])).toEqual([
      ['5001', 'awaiting_shipment', 'none', ['5001-1']],
      ['5002', 'awaiting_shipment', 'refunded', ['5002-1', '5002-2']],
      ['5003', 'awaiting_shipment', 'in_progress', ['5003-1']]
    ])
    expect(r.problems).toContainEqual(expect.objectContaining({ row: 3, code: 'line_dropped', blocking: false }))
  })

  it('takes Excel date serials and text times from XLSX cells alike', async () => {
    const bytes = await xlsxFile(TAOBAO_NEW_HEADERS, [
      taobaoNewRow({ orderNo: '1', subNo: '1-1', paidAt: 46352.585 }),
      taobaoNewRow({ orderNo: '2', subNo: '2-1', paidAt: '2026/11/26 14:03' })
    ])
    const r = await parseOrderFile(bytes, 'x.xlsx')
    expect(r.orders.map((o) => o.paidAt)).toEqual(['2026-11-26T06:02:24.000Z', '2026-11-26T06:03:00.000Z'])
  })
})

describe('Douyin exports', () => {
  const id = (n: number): string => `69${String(n).padStart(17, '0')}`

  it('reads a UTF-8 BOM export with 19-digit IDs as text, merging sub-orders and summing their amounts', async () => {
    const r = await parseOrderFile(
      douyinCsv([
        douyinRow({ orderNo: id(1), subNo: id(2), qty: '2', pay: '138.00' }),
        douyinRow({ orderNo: id(1), subNo: id(3), code: '0007', pay: '59.90', shipBy: '2026-11-27 12:00:00' }),
        douyinRow({ orderNo: id(4), subNo: id(5), status: '备货中' })
      ]),
      'douyin.csv'
    )
    expect(r.platform).toBe('douyin')
    expect(r.encoding).toBe('utf-8-bom')
    expect(blocking(r)).toEqual([])
    const [a, b] = r.orders
    expect(a).toMatchObject({
      platform: 'douyin',
      orderNo: '6900000000000000001',
      paidFen: 19790,
      promisedShipAt: '2026-11-27T04:00:00.000Z',
      buyerName: '钱七',
      buyerPhone: '15800002222',
      address: '四川省 成都市 武侯区 玉林街道 玉林南路8号'
    })
    expect(a!.lines.map((l) => [l.subOrderNo, l.platformProductId, l.merchantCode, l.quantity, l.amountFen])).toEqual([
      ['6900000000000000002', '3612345678901234567', 'SY-PINK-L', 2, 13800],
      ['6900000000000000003', '3612345678901234567', '0007', 1, 5990]
    ])
    expect(b).toMatchObject({ orderNo: '6900000000000000004', status: 'awaiting_shipment' })
  })

  it('maps Douyin statuses and every after-sale value (已全额退款, 补寄成功 …); the fate comes from 订单状态 alone', async () => {
    const rows = [
      ['待支付', '-', 'unpaid', 'none'],
      ['待发货', '-', 'awaiting_shipment', 'none'],
      ['已发货', '售后中', 'shipped', 'in_progress'],
      ['已完成', '-', 'received', 'none'],
      ['已关闭', '-', 'cancelled', 'none'],
      ['待发货', '未发货仅退款', 'awaiting_shipment', 'refunded'],
      ['已关闭', '已全额退款', 'cancelled', 'refunded'],
      ['已发货', '补寄成功', 'shipped', 'none'],
      ['已完成', '换货成功', 'received', 'none'],
      ['待发货', '部分退款', 'awaiting_shipment', 'refunded'],
      ['已发货', '售后待处理', 'shipped', 'in_progress'],
      ['已发货', '待退货', 'shipped', 'in_progress'],
      ['已发货', '待收退货', 'shipped', 'in_progress'],
      ['已完成', '退款成功', 'received', 'refunded'],
      ['已完成', '售后关闭', 'received', 'none'],
      ['备货中', '退款中', 'awaiting_shipment', 'in_progress']
    ]
    const r = await parseOrderFile(
      douyinCsv(rows.map(([status, afterSale], i) => douyinRow({ orderNo: id(i), subNo: id(100 + i), status, afterSale }))),
      'd.csv'
    )
    expect(blocking(r)).toEqual([])
    expect(r.orders.map((o) => [o.status, o.afterSale])).toEqual(rows.map((x) => [x[2], x[3]]))
  })
})

describe('recognising the export', () => {
  it('tells the platforms apart from their headers, Taobao XLSX from Douyin by their other columns', () => {
    expect(detectPlatform(PDD_NEW_HEADERS).platform).toBe('pdd')
    expect(detectPlatform(PDD_OLD_HEADERS).platform).toBe('pdd')
    expect(detectPlatform(TAOBAO_CLASSIC_HEADERS).platform).toBe('taobao')
    expect(detectPlatform(TAOBAO_NEW_HEADERS).platform).toBe('taobao')
    expect(detectPlatform(DOUYIN_HEADERS).platform).toBe('douyin')
    expect(detectPlatform(['主订单编号', '子订单编号', '商品标题', '商家编码', '退款状态']).platform).toBe('taobao')
    expect(detectPlatform(['主订单编号', '子订单编号', '选购商品', '商品ID', '订单应付金额']).platform).toBe('douyin')
    expect(detectPlatform(['单号', '数量', '备注']).platform).toBe('generic')
    expect(detectPlatform(PDD_NEW_HEADERS).confidence).toBe(1)
  })

  it('matches header names regardless of full-width brackets and stray spaces', () => {
    expect(detectPlatform(['订单号 ', '订单状态', '商品数量（件）', '用户实付金额（元）']).platform).toBe('pdd')
  })

  it('lets the user name the platform, and reads Taobao classic or XLSX shape from the headers', async () => {
    const text = csvText(TAOBAO_CLASSIC_HEADERS, [taobaoClassicRow({ orderNo: '1' })])
    const r = await parseOrderFile(encode(text, 'utf-8'), 'a.csv', { platform: 'taobao' })
    expect(r.platform).toBe('taobao')
    expect(r.orders).toHaveLength(1)
    const wrong = await parseOrderFile(encode(text, 'utf-8'), 'a.csv', { platform: 'pdd' })
    expect(wrong.problems).toContainEqual({
      row: 0,
      column: '订单号',
      code: 'missing_column',
      params: { column: '订单号' },
      blocking: true
    })
  })
})

describe("the user's own file", () => {
  const text = csvText(
    ['单号', '状态', 'SKU', '件数', '金额', '下单时间'],
    [
      { 单号: 'A-001', 状态: '待发货', SKU: '0012', 件数: '2', 金额: '20.00', 下单时间: '2026-11-26 10:00' },
      { 单号: 'A-001', 状态: '待发货', SKU: '0013', 件数: '1', 金额: '5.50', 下单时间: '2026-11-26 10:00' },
      { 单号: 'A-002', 状态: '等发', SKU: '0014', 件数: '1', 金额: '9', 下单时间: '' }
    ]
  )

  it('needs a column mapping', async () => {
    const r = await parseOrderFile(encode(text, 'utf-8'), 'mine.csv')
    expect(r.platform).toBe('generic')
    expect(r.problems).toEqual([{ row: 0, column: null, code: 'mapping_required', blocking: true }])
    expect(r.orders).toEqual([])
  })

  it('with a mapping and a status table, rows sharing an order number become lines of one order', async () => {
    const r = await parseOrderFile(encode(text, 'utf-8'), 'mine.csv', {
      mapping: { orderNo: '单号', status: '状态', merchantCode: 'SKU', quantity: '件数', lineAmount: '金额', paidAt: '下单时间' },
      statusMap: { 等发: 'awaiting_shipment' }
    })
    expect(blocking(r)).toEqual([])
    expect(
      r.orders.map((o) => [o.platform, o.orderNo, o.status, o.paidFen, o.lines.map((l) => `${l.merchantCode}×${l.quantity}`)])
    ).toEqual([
      ['other', 'A-001', 'awaiting_shipment', 2550, ['0012×2', '0013×1']],
      ['other', 'A-002', 'awaiting_shipment', 900, ['0014×1']]
    ])
  })

  it('reports a mapped column that is not in the file', async () => {
    const r = await parseOrderFile(encode(text, 'utf-8'), 'mine.csv', { mapping: { orderNo: '单号', quantity: '数量' } })
    expect(codes(r)).toContain('missing_column')
    expect(r.problems.find((p) => p.code === 'missing_column')).toMatchObject({ column: '数量', blocking: true })
  })
})
