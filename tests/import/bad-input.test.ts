import { describe, expect, it } from 'vitest'
import { toXlsx } from '../../src/main/core/export'
import { parseOrderFile, readTable, type ParsedOrderFile, type RowProblem } from '../../src/main/core/import/parse'
import {
  csvText,
  douyinCsv,
  douyinRow,
  encode,
  PDD_NEW_HEADERS,
  pddCsv,
  pddOrderNo,
  pddRow,
  TAOBAO_NEW_HEADERS,
  taobaoNewRow,
  xlsxFile
} from './fixtures'

const only = (r: ParsedOrderFile, code: string): RowProblem[] => r.problems.filter((p) => p.code === code)

function pddText(rows: ReturnType<typeof pddRow>[], headers = PDD_NEW_HEADERS): string {
  return csvText(headers, rows)
}

describe('files that are not order tables', () => {
  it('a binary file gives a clear file-level problem, not a crash', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    const r = await parseOrderFile(bytes, 'photo.csv')
    expect(r.problems).toEqual([{ row: 0, column: null, code: 'not_a_table', blocking: true }])
    expect(r.orders).toEqual([])
  })

  it('bytes that are neither UTF-8 nor GB18030, or text full of control characters, are not a table', async () => {
    const undecodable = new Uint8Array([0x80, 0xff, 0x81, 0x20, 0xff, 0xff, 0x0a])
    expect((await parseOrderFile(undecodable, 'x.csv')).problems.map((p) => p.code)).toEqual(['not_a_table'])
    const controls = encode('\u0001\u0002\u0003\u0004,\u0005\u0006\n', 'utf-8')
    expect((await parseOrderFile(controls, 'x.csv')).problems.map((p) => p.code)).toEqual(['not_a_table'])
  })

  it('a UTF-8 file cut off in the middle of its last character is still read as UTF-8, not as GB18030 mojibake', async () => {
    const whole = pddCsv([{ orderNo: pddOrderNo(1) }, { orderNo: pddOrderNo(2), buyerNote: '最后' }], { encoding: 'utf-8' })
    const text = new TextDecoder().decode(whole)
    const cut = whole.subarray(0, new TextEncoder().encode(text.slice(0, text.lastIndexOf('最后') + 1)).length + 1)
    const r = await parseOrderFile(cut, 'partial.csv')
    expect(r.encoding).toBe('utf-8')
    expect(r.platform).toBe('pdd')
    expect(r.orders[0]!.orderNo).toBe(pddOrderNo(1))
  })

  it('a UTF-16 "Unicode text" file and an old .xls file are named as such', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x62, 0x8b, 0x55, 0x53])
    expect((await parseOrderFile(utf16, 'x.txt')).problems.map((p) => p.code)).toEqual(['unsupported_encoding'])
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    expect((await parseOrderFile(xls, 'x.xls')).problems.map((p) => p.code)).toEqual(['xls_not_supported'])
  })

  it('an empty file, a BOM alone or blank lines are an empty file', async () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), encode('\r\n\r\n  \n', 'utf-8')]) {
      const r = await parseOrderFile(bytes, 'x.csv')
      expect(r.problems.map((p) => p.code)).toEqual(['empty_file'])
      expect(r.problems[0]!.blocking).toBe(true)
    }
  })

  it('a header with no rows under it says so', async () => {
    const r = await parseOrderFile(encode(PDD_NEW_HEADERS.join(',') + '\r\n\r\n', 'utf-8-bom'), 'x.csv')
    expect(r.platform).toBe('pdd')
    expect(r.problems).toEqual([{ row: 0, column: null, code: 'no_rows', blocking: true }])
  })

  it('a truncated XLSX is reported as unreadable', async () => {
    const whole = await xlsxFile(TAOBAO_NEW_HEADERS, [taobaoNewRow({ orderNo: '1', subNo: '1-1' })])
    for (const cut of [10, 200, Math.floor(whole.length / 2), whole.length - 30]) {
      const r = await parseOrderFile(whole.subarray(0, cut), 'x.xlsx')
      expect(r.encoding).toBe('xlsx')
      expect(r.problems.map((p) => [p.code, p.blocking])).toEqual([['xlsx_unreadable', true]])
    }
  })

  it('a file using another separator shows up as a single column and asks for a mapping', async () => {
    const r = await parseOrderFile(encode('订单号|订单状态|商品数量(件)\r\n1|待发货|1\r\n', 'utf-8'), 'x.csv')
    expect(r.problems.map((p) => p.code).sort()).toEqual(['mapping_required', 'single_column'])
  })

  it('a missing required column is named', async () => {
    const headers = PDD_NEW_HEADERS.filter((h) => h !== '商品数量(件)')
    const r = await parseOrderFile(encode(pddText([pddRow({ orderNo: pddOrderNo(1) })], headers), 'utf-8'), 'x.csv')
    expect(r.problems).toEqual([
      { row: 0, column: '商品数量(件)', code: 'missing_column', params: { column: '商品数量(件)' }, blocking: true }
    ])
    expect(r.orders).toEqual([])
  })
})

describe('rows with problems', () => {
  it('an unclosed quote is reported on its row and column; rows before it still import', async () => {
    const text =
      pddText([pddRow({ orderNo: pddOrderNo(1) })]) +
      pddText([pddRow({ orderNo: pddOrderNo(2), buyerNote: 'X' })])
        .split('\r\n')[1]!
        .replace(',X,', ',"X oops,') +
      '\r\n' +
      pddText([pddRow({ orderNo: pddOrderNo(3) })]).split('\r\n')[1]
    const r = await parseOrderFile(encode(text, 'utf-8'), 'x.csv')
    expect(r.orders.map((o) => o.orderNo)).toEqual([pddOrderNo(1)])
    expect(only(r, 'unclosed_quote')).toEqual([
      { row: 3, column: '买家留言', code: 'unclosed_quote', params: { column: '买家留言' }, blocking: true }
    ])
    expect(r.badRows.map((b) => b.row)).toEqual([3])
  })

  it('a 500,000-character cell is refused with its row and column, and the other rows still import (a 10 MB one refuses the file: see limits)', async () => {
    const text = pddText([
      pddRow({ orderNo: pddOrderNo(1) }),
      pddRow({ orderNo: pddOrderNo(2), buyerNote: 'x'.repeat(500_000) }),
      pddRow({ orderNo: pddOrderNo(3) })
    ])
    const r = await parseOrderFile(encode(text, 'utf-8'), 'x.csv')
    expect(only(r, 'cell_too_long')).toEqual([
      { row: 3, column: '买家留言', code: 'cell_too_long', params: { column: '买家留言', length: 500_000 }, blocking: true }
    ])
    expect(r.orders.map((o) => o.orderNo)).toEqual([pddOrderNo(1), pddOrderNo(3)])
    expect(r.badRows[0]!.cells['买家留言']!.length).toBe(100_000)
  })

  it('an unquoted comma that shifts the cells is caught', async () => {
    const lines = pddText([pddRow({ orderNo: pddOrderNo(1), buyerNote: 'QQ' })]).split('\r\n')
    const text = `${lines[0]}\r\n${lines[1]!.replace(',QQ,', ',Q,Q,')}\r\n`
    const r = await parseOrderFile(encode(text, 'utf-8'), 'x.csv')
    expect(only(r, 'too_many_cells')).toEqual([
      {
        row: 2,
        column: null,
        code: 'too_many_cells',
        params: { expected: PDD_NEW_HEADERS.length, found: PDD_NEW_HEADERS.length + 1 },
        blocking: true
      }
    ])
  })

  it('bad amounts, quantities, statuses and order numbers are blocking, with row, column and value', async () => {
    const r = await parseOrderFile(
      pddCsv([
        { orderNo: pddOrderNo(1), paid: '39,9O' },
        { orderNo: pddOrderNo(2), qty: '0' },
        { orderNo: pddOrderNo(3), qty: '1.5' },
        { orderNo: pddOrderNo(4), status: '待成团' },
        { orderNo: '2.61126E+20' },
        { orderNo: '' },
        { orderNo: pddOrderNo(7), afterSale: '神秘状态' },
        { orderNo: pddOrderNo(8) }
      ]),
      'x.csv'
    )
    expect(r.problems.filter((p) => p.blocking).map((p) => [p.row, p.column, p.code, p.params?.value ?? null])).toEqual([
      [2, '用户实付金额(元)', 'bad_amount', '39,9O'],
      [3, '商品数量(件)', 'bad_quantity', '0'],
      [4, '商品数量(件)', 'bad_quantity', '1.5'],
      [5, '订单状态', 'unknown_status', '待成团'],
      [6, '订单号', 'id_mangled', '2.61126E+20'],
      [7, '订单号', 'missing_value', null]
    ])
    // An unknown after-sale text is a warning: the order imports by its 订单状态.
    expect(r.problems).toContainEqual(expect.objectContaining({ row: 8, code: 'unknown_after_sale', blocking: false }))
    expect(r.orders.map((o) => o.orderNo)).toEqual([pddOrderNo(7), pddOrderNo(8)])
    expect(r.badRows.map((b) => b.row)).toEqual([2, 3, 4, 5, 6, 7])
    expect(r.badRows[0]!.cells['订单号']).toBe(pddOrderNo(1))
  })

  it('a status the user has explained is accepted', async () => {
    const r = await parseOrderFile(pddCsv([{ orderNo: pddOrderNo(1), status: '待成团' }]), 'x.csv', { statusMap: { 待成团: 'unpaid' } })
    expect(r.orders.map((o) => o.status)).toEqual(['unpaid'])
  })

  it('an unreadable optional time is a warning and the time is left empty', async () => {
    const r = await parseOrderFile(pddCsv([{ orderNo: pddOrderNo(1), shipBy: '后天' }]), 'x.csv')
    expect(r.orders[0]!.promisedShipAt).toBeNull()
    expect(only(r, 'bad_time')).toEqual([{ row: 2, column: '承诺发货时间', code: 'bad_time', params: { value: '后天' }, blocking: false }])
  })

  it('the same order twice with different data blocks the later row; an identical repeat is counted once', async () => {
    const r = await parseOrderFile(
      pddCsv([
        { orderNo: pddOrderNo(1) },
        { orderNo: pddOrderNo(1) },
        { orderNo: pddOrderNo(2), status: '待发货' },
        { orderNo: pddOrderNo(2), status: '已发货，待签收' }
      ]),
      'x.csv'
    )
    expect(r.orders.map((o) => [o.orderNo, o.status, o.sourceRows])).toEqual([
      [pddOrderNo(1), 'awaiting_shipment', [2, 3]],
      [pddOrderNo(2), 'awaiting_shipment', [4]]
    ])
    expect(r.problems.map((p) => [p.row, p.code, p.blocking, p.params?.firstRow])).toEqual([
      [3, 'duplicate_row', false, 2],
      [5, 'duplicate_order', true, 4]
    ])
    expect(r.badRows.map((b) => b.row)).toEqual([5])
  })

  it('a bad row of a multi-row order holds back the whole order, never half of it', async () => {
    const r = await parseOrderFile(
      douyinCsv([
        douyinRow({ orderNo: '6900000000000000001', subNo: '6900000000000000002' }),
        douyinRow({ orderNo: '6900000000000000001', subNo: '6900000000000000003', qty: '两件' }),
        douyinRow({ orderNo: '6900000000000000009', subNo: '6900000000000000010' })
      ]),
      'd.csv'
    )
    expect(r.orders.map((o) => o.orderNo)).toEqual(['6900000000000000009'])
    expect(r.badRows.map((b) => [b.row, b.problems.filter((p) => p.blocking).map((p) => p.code)])).toEqual([
      [2, ['order_incomplete']],
      [3, ['bad_quantity']]
    ])
    expect(r.badRows[0]!.problems[0]!.params).toEqual({ orderNo: '6900000000000000001', rows: '3' })
  })

  it('a sub-order repeated with different data is blocked', async () => {
    const r = await parseOrderFile(
      douyinCsv([
        douyinRow({ orderNo: '6900000000000000001', subNo: '6900000000000000002', qty: '1' }),
        douyinRow({ orderNo: '6900000000000000001', subNo: '6900000000000000002', qty: '1' }),
        douyinRow({ orderNo: '6900000000000000001', subNo: '6900000000000000002', qty: '3' })
      ]),
      'd.csv'
    )
    expect(r.orders).toEqual([])
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'order_incomplete'],
      [3, 'duplicate_row'],
      [4, 'duplicate_sub_order']
    ])
  })
})

describe('hostile headers', () => {
  it('__proto__, constructor and repeated headers are plain column names and pollute nothing', async () => {
    const headers = ['__proto__', 'constructor', '订单号', '订单状态', '商品数量(件)', 'hasOwnProperty', '订单号']
    const text = `${headers.join(',')}\r\np1,c1,${pddOrderNo(1)},待发货,x,h,dup\r\n`
    const r = await parseOrderFile(encode(text, 'utf-8'), 'x.csv', { platform: 'pdd' })
    expect(r.headers).toEqual(['__proto__', 'constructor', '订单号', '订单状态', '商品数量(件)', 'hasOwnProperty', '订单号#7'])
    expect(r.problems.map((p) => p.code)).toEqual(['duplicate_header', 'bad_quantity', 'merchant_code_missing'])
    const cells = r.badRows[0]!.cells
    expect(Object.getPrototypeOf(cells)).toBeNull()
    expect(Object.keys(cells)).toEqual(headers.slice(0, 6).concat('订单号#7'))
    expect(cells['__proto__']).toBe('p1')
    expect(cells['constructor']).toBe('c1')
    expect(({} as Record<string, unknown>)['p1']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('p1')

    const t = await readTable(encode(text, 'utf-8'), 'x.csv')
    expect(t.rows[0]![0]).toBe('p1')
  })

  it('a mapping that names __proto__ as a column works like any other name', async () => {
    const text = csvText(['__proto__', '数量'], [{ ['__proto__']: 'A-1', 数量: '2' } as never])
    const r = await parseOrderFile(encode(text, 'utf-8'), 'x.csv', { mapping: { orderNo: '__proto__', quantity: '数量' } })
    expect(r.orders.map((o) => [o.orderNo, o.lines[0]!.quantity])).toEqual([['A-1', 2]])
  })

  it('an XLSX with __proto__ and constructor headers and cells is read like any other', async () => {
    const headers = ['__proto__', '订单号', '订单状态', '商品数量(件)', 'constructor']
    const row = Object.create(null) as Record<string, unknown>
    ;['valueOf', 'A1', '待发货', 2, 'toString'].forEach((v, i) => (row[headers[i]!] = v))
    const bytes = await toXlsx(
      headers.map((h) => ({ key: h, header: h })),
      [row]
    )
    const t = await readTable(bytes, 'x.xlsx')
    expect(t.headers).toEqual(headers)
    expect(t.rows).toEqual([['valueOf', 'A1', '待发货', '2', 'toString']])
    const r = await parseOrderFile(bytes, 'x.xlsx', { platform: 'pdd' })
    expect(r.orders.map((o) => [o.orderNo, o.lines[0]!.quantity])).toEqual([['A1', 2]])
  })
})

describe('reading a table for the stock list', () => {
  it('skips a title line above the header and keeps rows aligned with Excel row numbers', async () => {
    const text = '库存表\r\n商家编码,数量\r\n="0012",5\r\n\r\n0013,7\r\n\r\n\r\n'
    const t = await readTable(encode(text, 'gb18030'), 'stock.csv')
    expect(t.encoding).toBe('gb18030')
    expect(t.headers).toEqual(['商家编码', '数量'])
    expect(t.rows).toEqual([['0012', '5'], [], ['0013', '7']])
    expect(t.rowNumbers).toEqual([3, 4, 5])
    expect(t.problems).toEqual([])
  })

  it('reads tab- and semicolon-separated files', async () => {
    for (const d of ['\t', ';']) {
      const t = await readTable(encode(`商家编码${d}数量\n0012${d}5\n`, 'utf-8'), 'x.txt')
      expect(t.rows).toEqual([['0012', '5']])
    }
  })
})
