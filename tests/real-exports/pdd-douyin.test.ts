import { describe, expect, it } from 'vitest'
import { csvText, douyinCsv, douyinRow, encode, PDD_NEW_HEADERS, pddCsv, pddOrderNo, pddRow } from '../import/fixtures'
import { runImport, stockedShop, triage } from './helpers'

const no = pddOrderNo

describe('real Pinduoduo and Douyin exports', () => {
  it('a PDD export with every real status imports with no block; only 待发货 orders are open and the partial refund is flagged', async () => {
    const s = await stockedShop([['BWB-500-WHT', 10]])
    const job = await runImport(s, [
      {
        fileName: 'pdd.csv',
        bytes: pddCsv([
          { orderNo: no(1), status: '待发货' },
          { orderNo: no(2), status: '已发货，待签收' },
          { orderNo: no(3), status: '已签收' },
          { orderNo: no(4), status: '未发货，退款成功' },
          { orderNo: no(5), status: '已发货，退款成功' },
          { orderNo: no(6), status: '待发货', afterSale: '退款成功' },
          { orderNo: no(7), status: '已发货,待签收' }
        ])
      }
    ])
    expect(job.report).toMatchObject({ blocked: false, applied: true, created: 7, skipped: 0, refundsFlagged: 1 })
    const list = await s.call('orders.list', { limit: 100 })
    const by = new Map(list.rows.map((o) => [o.orderNo, o]))
    expect(
      [...by.values()]
        .filter((o) => o.status === 'awaiting_shipment')
        .map((o) => o.orderNo)
        .sort()
    ).toEqual([no(1), no(6)])
    expect(by.get(no(4))!.status).toBe('cancelled')
    expect(by.get(no(2))!.status).toBe('shipped')
    expect(by.get(no(7))!.status).toBe('shipped')
    expect(by.get(no(6))).toMatchObject({ afterSale: 'refunded', refundFlag: true })
    expect(by.get(no(1))).toMatchObject({ refundFlag: false })
    const t = await triage(s)
    expect([...t.keys()].sort()).toEqual([no(1), no(6)])
    expect(t.get(no(6))).toMatchObject({ state: 'ready', refundFlag: true, deadlineSource: 'promised' })
  })

  it('the refunded amount (退款金额) travels to the order, and a gift (赠品) is a ¥0 line that takes stock', async () => {
    const s = await stockedShop([
      ['BWB-500-WHT', 1],
      ['GIFT-SPOON', 0]
    ])
    const headers = [...PDD_NEW_HEADERS, '退款金额', '赠品名称', '赠品id', '赠品规格', '赠品数量']
    const row = {
      ...pddRow({ orderNo: no(1), afterSale: '退款成功' }),
      退款金额: '5.00',
      赠品名称: '小勺',
      赠品id: 'GIFT-SPOON',
      赠品规格: '银色',
      赠品数量: '1'
    }
    const job = await runImport(s, [{ fileName: 'pdd.csv', bytes: encode(csvText(headers, [row]), 'utf-8-bom') }])
    expect(job.report).toMatchObject({ applied: true, unknownSkus: [] })
    const id = (await s.call('orders.list', {})).rows[0]!.id
    const o = await s.call('orders.get', { id })
    expect(o).toMatchObject({ refundFen: 500, refundFlag: true, status: 'awaiting_shipment' })
    expect(o.lines.map((l) => [l.merchantCode, l.quantity, l.amountFen])).toEqual([
      ['BWB-500-WHT', 1, 4500],
      ['GIFT-SPOON', 1, 0]
    ])
    // The gift is out of stock, so the order cannot ship whole: short of the gift.
    const t = (await triage(s)).get(no(1))!
    expect(t).toMatchObject({ state: 'short', shortSku: 'GIFT-SPOON', refundFen: 500 })
  })

  it('a Douyin export with 已全额退款 and 补寄成功 imports; the fully refunded order is closed by its 订单状态', async () => {
    const s = await stockedShop([['SY-PINK-L', 5]])
    const id = (i: number) => `69${String(i).padStart(17, '0')}`
    const job = await runImport(s, [
      {
        fileName: 'douyin.csv',
        bytes: douyinCsv([
          douyinRow({ orderNo: id(1), subNo: id(101), status: '已关闭', afterSale: '已全额退款' }),
          douyinRow({ orderNo: id(2), subNo: id(102), status: '已发货', afterSale: '补寄成功' }),
          douyinRow({ orderNo: id(3), subNo: id(103), status: '待发货', afterSale: '部分退款' })
        ])
      }
    ])
    expect(job.report).toMatchObject({ blocked: false, applied: true, created: 3, skipped: 0 })
    const by = new Map((await s.call('orders.list', {})).rows.map((o) => [o.orderNo, o]))
    expect(by.get(id(1))).toMatchObject({ status: 'cancelled', afterSale: 'refunded', refundFlag: false })
    expect(by.get(id(2))).toMatchObject({ status: 'shipped', afterSale: 'none' })
    expect(by.get(id(3))).toMatchObject({ status: 'awaiting_shipment', refundFlag: true })
  })

  it('an unknown status holds back only its rows; the meaning given once is saved for the platform and used next time', async () => {
    const s = await stockedShop([['BWB-500-WHT', 10]])
    const file = {
      fileName: 'pdd.csv',
      bytes: pddCsv([{ orderNo: no(1) }, { orderNo: no(2), status: '待成团' }, { orderNo: no(3), status: '待成团' }])
    }
    const first = await runImport(s, [file])
    expect(first.report).toMatchObject({ blocked: false, applied: true, created: 1, skipped: 2 })
    expect(first.report!.unknownStatuses).toEqual([{ text: '待成团', rows: 2, firstRow: 3, file: '' }])
    // The preview with the merchant's answer, then the import that saves it.
    const preview = await runImport(s, [file], { dryRun: true, statusMap: { 待成团: 'unpaid' } })
    expect(preview.report).toMatchObject({ created: 2, unchanged: 1, unknownStatuses: [] })
    expect(await s.call('statuses.list', {})).toEqual([])
    await runImport(s, [file], { statusMap: { 待成团: 'unpaid' } })
    expect(await s.call('statuses.list', {})).toMatchObject([{ platform: 'pdd', text: '待成团', status: 'unpaid' }])
    const later = await runImport(s, [{ fileName: 'b.csv', bytes: pddCsv([{ orderNo: no(4), status: '待成团' }]) }])
    expect(later.report).toMatchObject({ created: 1, unknownStatuses: [] })
    // Editable: changed, then removed (the next file waits again).
    await s.call('statuses.set', { platform: 'pdd', text: '待成团', status: 'awaiting_shipment' })
    expect((await s.call('statuses.list', {}))[0]!.status).toBe('awaiting_shipment')
    await s.call('statuses.remove', { platform: 'pdd', text: '待成团' })
    const after = await runImport(s, [{ fileName: 'c.csv', bytes: pddCsv([{ orderNo: no(5), status: '待成团' }]) }], { dryRun: true })
    expect(after.report!.unknownStatuses).toHaveLength(1)
    expect((await s.fail('statuses.remove', { platform: 'pdd', text: '待成团' })).code).toBe('not_found')
  })
})
