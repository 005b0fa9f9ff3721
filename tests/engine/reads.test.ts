import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { engineShop } from './helpers'

async function shop() {
  const s = engineShop()
  await s.sku('A', { onHand: 1, safety: 4 })
  await s.sku('B', { onHand: 0 })
  const a = s.order('A-1', [['A', 1]], { deadline: 3 })
  const b = s.order('B-1', [['B', 2]], { deadline: 5, platform: 'taobao', paidFen: 40_000 })
  const c = s.order('A-2', [['A', 1]], { deadline: 8 })
  await s.recompute()
  return { s, ids: { a, b, c } }
}

describe('reading the stored results', () => {
  it('triage can be asked for a given page of orders, e.g. to show their state in the order list', async () => {
    const { s, ids } = await shop()
    const page = await s.call('engine.triage', { orderIds: [ids.c, ids.a] })
    expect(page.rows.map((r) => [r.orderNo, r.state])).toEqual([
      ['A-1', 'ready'],
      ['A-2', 'short']
    ])
    expect(page).toMatchObject({ total: 2, now: '2026-11-26T02:00:00.000Z', computedAt: '2026-11-26T02:00:00.000Z' })
  })

  it('triage filters by state, recommendation, platform and SKU, and sorts by penalty', async () => {
    const { s } = await shop()
    const names = async (q: Parameters<typeof s.call<'engine.triage'>>[1]) => (await s.call('engine.triage', q)).rows.map((r) => r.orderNo)
    expect(await names({ state: 'short' })).toEqual(['B-1', 'A-2'])
    expect(await names({ recommendation: 'cancel', platform: 'taobao' })).toEqual(['B-1'])
    expect(await names({ productId: s.id('A') })).toEqual(['A-1', 'A-2'])
    expect(await names({ sort: 'penalty' })).toEqual(['B-1', 'A-1', 'A-2'])
    expect(await names({ search: 'B-' })).toEqual(['B-1'])
    expect((await s.call('engine.triage', { state: 'short' })).rows[0]).toMatchObject({ stockoutFen: 2000, itemsSummary: 'B ×2' })
    expect((await s.call('engine.triage', { state: 'ready' })).rows[0]).toMatchObject({ stockoutFen: null })
  })

  it('positions show available to promise per SKU and filter the ones to act on', async () => {
    const { s } = await shop()
    const page = await s.call('engine.positions', { filter: 'short', sort: 'waitingUnits', dir: 'desc' })
    expect(page.rows.map((r) => [r.merchantCode, r.onHand, r.allocated, r.available, r.waitingUnits, r.lackingOrders])).toEqual([
      ['B', 0, 0, 0, 2, 1],
      ['A', 1, 1, 0, 1, 1]
    ])
    expect((await s.call('engine.positions', { filter: 'below_safety' })).rows.map((r) => r.merchantCode)).toEqual(['A'])
    expect((await s.call('engine.positions', { filter: 'reorder' })).total).toBe(2)
  })

  it('the reorder list exports to Excel with headers in the chosen language', async () => {
    const { s } = await shop()
    const file = await s.call('export.reorder', { format: 'xlsx', lang: 'zh-CN' })
    expect(file).toMatchObject({ rows: 2, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    expect(file.fileName).toMatch(/^reorder-\d{12}\.xlsx$/)
    const sheet = (await readSheet(Buffer.from(file.bytes))) as unknown[][]
    expect(sheet[0]!.slice(0, 3)).toEqual(['供应商', '商家编码', '商品'])
    expect(sheet.slice(1).map((r) => r[1])).toEqual(['A', 'B'])
  })

  it('settings accept only the offered service levels', async () => {
    const { s } = await shop()
    expect(await s.fail('settings.update', { serviceLevel: 0.97 })).toMatchObject({ code: 'invalid_input', field: 'serviceLevel' })
    expect((await s.call('settings.update', { serviceLevel: 0.98 })).serviceLevel).toBe(0.98)
    expect((await s.call('settings.get', {})).serviceLevel).toBe(0.98)
  })
})
