import { describe, expect, it } from 'vitest'
import { pddCsv } from '../import/fixtures'
import type { TestShop } from '../helpers/shop'
import { stockedShop, triage } from '../real-exports/helpers'

const A = '261126-000000000000001'
const B = '261126-000000000000002'

async function importTo(s: TestShop, fileName: string, orderNo: string, shopId: number | null) {
  let job = await s.call('import.start', {
    kind: 'orders',
    fileName,
    // No promised ship time: the deadline is the paid time plus the rule's ship window.
    bytes: pddCsv([{ orderNo, code: 'CUP', shipBy: '', paidAt: '2026-11-26 08:00:00' }]),
    dryRun: false,
    shopId
  })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  if (job.error) throw new Error(JSON.stringify(job.error))
}

describe('rules per shop', () => {
  it('two PDD shops with different ship windows give identical orders different deadlines and penalties', async () => {
    const s = await stockedShop([['CUP', 0]])
    await importTo(s, 'a.csv', A, null)
    const [first] = await s.call('shops.list', {})
    const second = await s.call('shops.add', { platform: 'pdd', name: '急速店' })
    await importTo(s, 'b.csv', B, second.id)
    const platformRule = (await s.call('rules.list', {})).find((r) => r.platform === 'pdd' && r.active)!
    const fast = await s.call('rules.save', {
      platform: 'pdd',
      name: '12 小时发货',
      shipWindowHours: 12,
      late: { kind: 'fixed', fixedFen: 800 },
      stockout: { kind: 'fixed', fixedFen: 1500 }
    })
    await s.call('shops.setRule', { shopId: second.id, ruleId: fast.id })

    const rows = await triage(s)
    const paid = Date.parse(rows.get(A)!.paidAt!)
    expect(Date.parse(rows.get(A)!.deadline!) - paid).toBe(platformRule.shipWindowHours * 3_600_000)
    expect(Date.parse(rows.get(B)!.deadline!) - paid).toBe(12 * 3_600_000)
    expect(rows.get(B)!.lateFen).toBe(800)
    expect(rows.get(B)!.stockoutFen).toBe(1500)
    expect(rows.get(A)!.stockoutFen).not.toBe(1500)
    expect(first!.id).not.toBe(second.id)

    // "Same as platform" again: the shop's orders go back to the platform's window.
    await s.call('shops.setRule', { shopId: second.id, ruleId: null })
    expect(Date.parse((await triage(s)).get(B)!.deadline!) - paid).toBe(platformRule.shipWindowHours * 3_600_000)
  })

  it('refuses a rule of another platform for a shop', async () => {
    const s = await stockedShop([])
    const shop = await s.call('shops.add', { platform: 'pdd', name: 'P' })
    const taobao = (await s.call('rules.list', {})).find((r) => r.platform === 'taobao')!
    expect(await s.fail('shops.setRule', { shopId: shop.id, ruleId: taobao.id })).toMatchObject({ messageKey: 'shops.errors.rulePlatform' })
    expect(await s.fail('shops.setRule', { shopId: shop.id, ruleId: 99999 })).toMatchObject({ messageKey: 'shops.errors.ruleNotFound' })
  })
})
