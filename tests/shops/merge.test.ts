import { describe, expect, it } from 'vitest'
import { pddCsv } from '../import/fixtures'
import { runFiles } from '../import-undo/helpers'
import { stockedShop } from '../real-exports/helpers'

const A = '261126-000000000000001'
const B = '261126-000000000000002'

describe('merging shops', () => {
  it('moves the orders, imports and rule of one PDD shop into another, deletes it, and hands over the default', async () => {
    const s = await stockedShop([['CUP', 5]])
    await runFiles(s, 'orders', [{ fileName: 'a.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]) }])
    const [first] = await s.call('shops.list', {})
    const second = await s.call('shops.add', { platform: 'pdd', name: '二店' })
    const job = await s.call('import.start', { kind: 'orders', fileName: 'b.csv', bytes: pddCsv([{ orderNo: B, code: 'CUP' }]), dryRun: false, shopId: second.id })
    for (let j = job; j.state === 'running'; j = await s.call('import.job', { jobId: j.jobId })) await new Promise((r) => setImmediate(r))
    const rule = (await s.call('rules.list', {})).find((r) => r.platform === 'pdd')!
    await s.call('shops.setRule', { shopId: first!.id, ruleId: rule.id })

    const result = await s.call('shops.merge', { fromId: first!.id, intoId: second.id })
    expect(result).toMatchObject({ movedOrders: 1, movedBatches: 1, into: { id: second.id, isDefault: true, orders: 2, ruleId: rule.id } })
    expect(await s.call('shops.list', {})).toHaveLength(1)
    expect(s.db.prepare('SELECT DISTINCT shop_id AS id FROM orders').all()).toEqual([{ id: second.id }])
    expect(s.db.prepare('SELECT DISTINCT shop_id AS id FROM import_batches').all()).toEqual([{ id: second.id }])
  })

  it('refuses a merge into itself or across platforms, changing nothing', async () => {
    const s = await stockedShop([])
    const p = await s.call('shops.add', { platform: 'pdd', name: 'P' })
    const t = await s.call('shops.add', { platform: 'taobao', name: 'T' })
    expect(await s.fail('shops.merge', { fromId: p.id, intoId: p.id })).toMatchObject({ messageKey: 'shops.errors.mergeSelf' })
    expect(await s.fail('shops.merge', { fromId: p.id, intoId: t.id })).toMatchObject({
      messageKey: 'shops.errors.mergePlatform',
      params: { from: 'P', into: 'T' }
    })
    expect(await s.call('shops.list', {})).toHaveLength(2)
  })
})
