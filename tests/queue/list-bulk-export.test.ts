// The queue screen's calls: list with filters and sorts, counts per step, bulk
// actions on selected cases, the export, and the editable lists.
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { at } from '../engine/helpers'
import { FIXED_NOW } from '../helpers/shop'
import { queueShop } from './helpers'

async function shop() {
  const s = queueShop()
  await s.sku('A', { onHand: 0 })
  await s.sku('B', { onHand: 0 })
  s.order('P-LATE', [['A', 1]], { deadline: -5, paidFen: 1000 })
  s.order('P-SOON', [['A', 1]], { deadline: 3, paidFen: 20_000 })
  s.order('T-1', [['B', 2]], { deadline: 30, platform: 'taobao' })
  s.order('D-1', [['B', 1]], { deadline: 50, platform: 'douyin' })
  s.order('P-NODATE', [['A', 1]], { deadline: null, paid: null })
  await s.recompute()
  return s
}

describe('listing the queue', () => {
  it('sorts by urgency: deadline first, undated last, settled orders after those still at stake', async () => {
    const s = await shop()
    const order = async (sort: 'urgency' | 'penalty' = 'urgency') => (await s.call('queue.list', { sort })).rows.map((r) => r.orderNo)
    expect(await order()).toEqual(['P-LATE', 'P-SOON', 'T-1', 'D-1', 'P-NODATE'])
    const byPenalty = (await s.call('queue.list', { sort: 'penalty' })).rows.map((r) => r.lateFen)
    expect(byPenalty).toEqual([...byPenalty].sort((a, b) => b - a))
    const caseId = s.caseId('P-LATE')
    await s.call('queue.notify', { caseId })
    await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
    expect(await order()).toEqual(['P-SOON', 'T-1', 'D-1', 'P-NODATE', 'P-LATE'])
  })

  it('filters by step, platform, cause, overdue and search, and counts per step under the other filters', async () => {
    const s = await shop()
    await s.call('queue.notify', { caseId: s.caseId('T-1') })
    await s.call('queue.cause', { caseId: s.caseId('T-1'), cause: 'supplier_late' })
    const names = async (q: Record<string, unknown>) => (await s.call('queue.list', q)).rows.map((r) => r.orderNo)
    expect(await names({ step: 'offer' })).toEqual(['T-1'])
    expect(await names({ platform: 'pdd' })).toEqual(['P-LATE', 'P-SOON', 'P-NODATE'])
    expect(await names({ cause: 'supplier_late' })).toEqual(['T-1'])
    expect(await names({ overdue: true })).toEqual(['P-LATE'])
    expect(await names({ overdue: false })).toEqual(['P-SOON', 'T-1', 'D-1', 'P-NODATE'])
    expect(await names({ search: 'd-' })).toEqual(['D-1'])
    expect(await names({ scope: 'closed' })).toEqual([])
    const page = await s.call('queue.list', { offset: 1, limit: 2 })
    expect([page.total, page.rows.map((r) => r.orderNo)]).toEqual([5, ['P-SOON', 'T-1']])

    const counts = await s.call('queue.counts', {})
    // The late compensation at stake is the engine's own figure for its short orders.
    expect(counts).toMatchObject({
      open: 5,
      overdue: 1,
      resolvedElsewhere: 0,
      lateFenOpen: (await s.call('engine.summary', {})).lateFenShort
    })
    expect(counts.byStep).toMatchObject({ notify: 4, offer: 1, closed: 0, cancel: 0 })
    expect(Object.keys(counts.byStep)).toHaveLength(10)
    expect((await s.call('queue.counts', { platform: 'taobao' })).byStep).toMatchObject({ notify: 0, offer: 1 })
  })

  it('each row carries the countdown and the consequences of leaving the order neither shipped nor cancelled', async () => {
    const s = await shop()
    const rows = new Map((await s.call('queue.list', {})).rows.map((r) => [r.orderNo, r]))
    const late = rows.get('P-LATE')!
    expect(late).toMatchObject({ hoursLeft: -5, overdue: true, lateFen: 300 })
    expect(late.consequences.map((c) => [c.kind, c.severity, c.message.key])).toEqual([
      ['late_compensation', 'critical', 'cases.consequences.late_compensation_due'],
      ['shop_score', 'critical', 'cases.consequences.shop_score_late'],
      ['buyer_dissatisfaction', 'critical', 'cases.consequences.buyer_not_told'],
      ['stockout_deduction', 'info', 'cases.consequences.stockout_deduction']
    ])
    const far = rows.get('D-1')!
    expect(far.consequences.map((c) => [c.kind, c.severity])).toEqual([
      ['late_compensation', 'info'],
      ['buyer_dissatisfaction', 'warning'],
      ['stockout_deduction', 'info']
    ])
  })
})

describe('waiting for a date', () => {
  it('is re-checked against the deadline, and flagged once the date has passed with the order still short', async () => {
    let now = FIXED_NOW.getTime()
    const s = queueShop(() => new Date(now))
    await s.sku('A', { onHand: 0 })
    s.order('W', [['A', 1]], { deadline: 20 })
    await s.recompute()
    const caseId = s.caseId('W')
    await s.call('queue.notify', { caseId })
    const late = await s.call('queue.answer', { caseId, answer: 'will_wait', waitUntil: at(30) })
    expect(late.reply).toMatchObject({ answer: 'will_wait', waitUntil: at(30), waitPastDeadline: true, restockByWaitDate: false })
    expect(late.timeline.at(-1)?.message.key).toBe('cases.events.answered_will_wait_late')
    const inTime = await s.call('queue.answer', { caseId, answer: 'will_wait', waitUntil: at(10) })
    expect(inTime.reply).toMatchObject({ waitPastDeadline: false })
    expect(inTime.timeline.at(-1)?.message.key).toBe('cases.events.answered_will_wait')
    now += 11 * 3_600_000
    const row = (await s.call('queue.list', {})).rows[0]!
    expect(row).toMatchObject({ step: 'waiting', dueAt: at(10) })
    expect(row.consequences.find((c) => c.message.key === 'cases.consequences.wait_passed')).toMatchObject({ severity: 'critical' })
  })
})

describe('bulk actions on selected cases', () => {
  it('marks notified, cancels with the out-of-stock reason of each case’s platform, sets a cause; refused cases are listed and untouched', async () => {
    const s = await shop()
    const ids = ['P-LATE', 'T-1', 'D-1'].map((n) => s.caseId(n))
    expect(await s.call('queue.bulk', { caseIds: ids, action: 'notify', channel: 'platform_chat' })).toEqual({ done: 3, refused: [] })
    const again = await s.call('queue.bulk', { caseIds: [ids[0]!, s.caseId('P-SOON')], action: 'notify' })
    expect(again).toEqual({
      done: 1,
      refused: [{ caseId: ids[0], orderNo: 'P-LATE', messageKey: 'errors.case_already_notified', params: {} }]
    })
    const cancelled = await s.call('queue.bulk', { caseIds: [...ids, s.caseId('P-NODATE')], action: 'cancel' })
    expect(cancelled.done).toBe(3)
    expect(cancelled.refused.map((r) => [r.orderNo, r.messageKey])).toEqual([['P-NODATE', 'errors.case_notify_first']])
    const reasons = s.db
      .prepare(
        `SELECT o.order_no AS orderNo, o.status, c.cancel_reason AS reason, r.platform FROM queue_cases c JOIN orders o ON o.id = c.order_id
                JOIN queue_cancel_reasons r ON r.id = c.cancel_reason_id ORDER BY o.id`
      )
      .all()
    expect(reasons).toEqual([
      { orderNo: 'P-LATE', status: 'cancelled', reason: '缺货', platform: 'pdd' },
      { orderNo: 'T-1', status: 'cancelled', reason: '缺货', platform: 'taobao' },
      { orderNo: 'D-1', status: 'cancelled', reason: '缺货', platform: 'douyin' }
    ])
    expect((await s.call('engine.summary', {})).openOrders).toBe(2)
    const caused = await s.call('queue.bulk', { caseIds: ids, action: 'cause', cause: 'supplier_shortage' })
    expect(caused).toEqual({ done: 3, refused: [] })
    // One batch per bulk action in the audit log, case by case.
    expect(
      s.db.prepare(`SELECT COUNT(DISTINCT json_extract(detail, '$.batch')) AS n FROM audit_log WHERE action LIKE 'queue.%'`).get()
    ).toEqual({ n: 4 })
    // And bulk undo takes each case one step back.
    expect((await s.call('queue.bulk', { caseIds: ids, action: 'undo' })).done).toBe(3)
    expect((await s.call('queue.list', { cause: 'supplier_shortage' })).total).toBe(0)
  })

  it('refuses a bulk cancel whose reason does not exist, and a bulk cause without a cause', async () => {
    const s = await shop()
    const ids = [s.caseId('P-LATE')]
    expect(await s.fail('queue.bulk', { caseIds: ids, action: 'cause' })).toMatchObject({ code: 'invalid_input', field: 'cause' })
    const r = await s.call('queue.bulk', { caseIds: ids, action: 'cancel', reasonCode: 'no_such_reason' })
    expect(r.refused.map((x) => x.messageKey)).toEqual(['errors.case_reason_invalid'])
  })
})

describe('exporting the queue', () => {
  it('writes the filtered queue as CSV for Excel, in the user’s language, with formula-like text neutralised', async () => {
    const s = await shop()
    s.db.prepare(`UPDATE orders SET buyer_name = '=HYPERLINK("http://x")' WHERE order_no = 'P-SOON'`).run()
    await s.call('queue.notify', { caseId: s.caseId('P-SOON') })
    const file = await s.call('export.queue', { format: 'csv', lang: 'zh-CN', platform: 'pdd' })
    expect(file).toMatchObject({ rows: 3, mime: 'text/csv;charset=utf-8' })
    expect(file.fileName).toMatch(/^queue-\d{12}\.csv$/)
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(file.bytes).trim().split('\r\n')
    expect(lines[0]).toBe(
      '平台,订单号,步骤,订单现状,承诺发货时间,剩余小时,延迟发货赔付(元),买家,商品,缺货编码,建议,通知时间,方案,答复,取消原因,退款(元),补偿(元),反馈,缺货原因'
    )
    expect(lines[1]).toMatch(/^拼多多,P-LATE,通知买家,缺货,2026-11-26 05:00:00,-5,3,/)
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(lines[2]).toContain('提供方案')
  })

  it('writes XLSX with order numbers as text', async () => {
    const s = await shop()
    s.db.prepare(`UPDATE orders SET order_no = '0012345678901234567' WHERE order_no = 'D-1'`).run()
    const file = await s.call('export.queue', { format: 'xlsx', lang: 'en', platform: 'douyin' })
    const rows = await readXlsxFile(Buffer.from(file.bytes))
    const sheet = (Array.isArray(rows[0]) ? rows : (rows as unknown as { data: unknown[][] }[])[0]!.data) as unknown[][]
    expect(sheet[0]!.slice(0, 3)).toEqual(['Platform', 'Order number', 'Step'])
    expect(sheet[1]!.slice(0, 3)).toEqual(['Douyin', '0012345678901234567', 'Notify the buyer'])
  })
})

describe('the lists the merchant edits', () => {
  it('each platform’s cancellation reasons start with 缺货; the user adds, reorders and hides reasons, and a case keeps the words it was cancelled with', async () => {
    const s = await shop()
    const pdd = await s.call('queue.reasons.list', { platform: 'pdd' })
    expect(pdd[0]).toMatchObject({ code: 'out_of_stock', label: '缺货', labelEn: 'Out of stock', position: 0 })
    for (const platform of ['taobao', 'douyin', 'other'] as const)
      expect((await s.call('queue.reasons.list', { platform }))[0]!.label).toBe('缺货')
    const own = await s.call('queue.reasons.save', { platform: 'pdd', label: '商家缺货-协商取消', position: 1 })
    expect((await s.call('queue.reasons.list', { platform: 'pdd' })).map((r) => r.label).slice(0, 3)).toEqual([
      '缺货',
      '商家缺货-协商取消',
      '买家要求取消'
    ])
    const caseId = s.caseId('P-LATE')
    await s.call('queue.notify', { caseId })
    await s.call('queue.cancel', { caseId, reasonId: own.id })
    await s.call('queue.reasons.save', { id: own.id, platform: 'pdd', label: '改名了' })
    await s.call('queue.reasons.archive', { id: own.id })
    expect((await s.call('queue.reasons.list', { platform: 'pdd' })).some((r) => r.id === own.id)).toBe(false)
    expect((await s.call('queue.get', { caseId })).cancel).toMatchObject({ reasonId: own.id, reason: '商家缺货-协商取消' })
    // A hidden reason, or another platform's, cannot be chosen.
    const other = s.caseId('P-SOON')
    await s.call('queue.notify', { caseId: other })
    expect(await s.fail('queue.cancel', { caseId: other, reasonId: own.id })).toMatchObject({
      messageKey: 'errors.case_reason_invalid',
      field: 'reasonId'
    })
    expect(await s.fail('queue.cancel', { caseId: other, reasonId: s.reasonId('taobao') })).toMatchObject({
      messageKey: 'errors.case_reason_invalid'
    })
  })

  it('the cause taxonomy has stable codes with both labels; the user adds one, which goes before "other", and can hide it', async () => {
    const s = await shop()
    const causes = await s.call('queue.causes.list', {})
    expect(causes.map((c) => c.code)).toEqual([
      'supplier_shortage',
      'supplier_late',
      'demand_spike',
      'forecast_error',
      'oversell_sync',
      'count_error',
      'listing_error',
      'damaged_quality',
      'late_reorder',
      'other'
    ])
    expect(causes[0]).toMatchObject({ labelZh: '供应商断货', builtin: true })
    await s.call('queue.causes.save', { code: 'warehouse_mixup', labelZh: '仓库发错货', labelEn: 'Warehouse mix-up' })
    expect((await s.call('queue.causes.list', {})).map((c) => c.code).slice(-2)).toEqual(['warehouse_mixup', 'other'])
    const caseId = s.caseId('P-LATE')
    expect((await s.call('queue.cause', { caseId, cause: 'warehouse_mixup' })).cause).toMatchObject({ labelEn: 'Warehouse mix-up' })
    await s.call('queue.causes.archive', { code: 'warehouse_mixup' })
    expect(await s.fail('queue.cause', { caseId, cause: 'warehouse_mixup' })).toMatchObject({ messageKey: 'errors.case_cause_unknown' })
    expect(await s.fail('queue.causes.archive', { code: 'supplier_late' })).toMatchObject({ messageKey: 'errors.cause_builtin' })
    expect((await s.call('queue.causes.list', { includeArchived: true })).find((c) => c.code === 'warehouse_mixup')).toMatchObject({
      archived: true,
      cases: 1
    })
  })

  it('a supplier cause names the supplier of the SKU that ran out unless one is given', async () => {
    const s = queueShop()
    s.db.prepare(`INSERT INTO suppliers (name, lead_time_days, created_at) VALUES ('义乌杯业', 7, ?), ('永康五金', 5, ?)`).run(at(0), at(0))
    await s.sku('A', { onHand: 0, supplier: 1 })
    s.order('O', [['A', 1]])
    await s.recompute()
    const caseId = s.caseId('O')
    expect((await s.call('queue.cause', { caseId, cause: 'supplier_late' })).cause).toMatchObject({
      supplierId: 1,
      supplierName: '义乌杯业'
    })
    expect((await s.call('queue.cause', { caseId, cause: 'supplier_shortage', supplierId: 2 })).cause).toMatchObject({
      supplierName: '永康五金'
    })
    expect((await s.call('queue.cause', { caseId, cause: 'demand_spike' })).cause).toMatchObject({ supplierId: null })
  })
})
