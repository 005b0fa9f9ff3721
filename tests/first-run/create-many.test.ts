// products.createMany: an export's unknown merchant codes become SKUs in one step, all or none.
import { describe, expect, it } from 'vitest'
import { merchantCode } from '../../src/shared/calls/define'
import { isStorableCode, newSkusFromUnknown } from '../../src/shared/first-run'
import { testShop, type TestShop } from '../helpers/shop'
import { ORDERS } from './helpers'

async function preview(s: TestShop) {
  let job = await s.call('import.start', { kind: 'orders', fileName: 'orders.csv', bytes: ORDERS, dryRun: true })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  if (!job.report) throw new Error(JSON.stringify(job.error))
  return job.report
}

describe('creating many SKUs at once', () => {
  it('turns every unknown code of an export into a SKU with its title and spec, stock 0, and the orders then map', async () => {
    const s = testShop()
    await s.call('products.create', { merchantCode: 'CUP-500', name: '保温杯' })
    const before = await preview(s)
    expect(before.unknownSkus.map((u) => u.code).sort()).toEqual(['MUG-02', 'TEA-01'])
    const r = await s.call('products.createMany', {
      items: before.unknownSkus.map((u) => ({ merchantCode: u.code, name: u.title, spec: u.spec }))
    })
    expect(r.created.map((c) => c.merchantCode).sort()).toEqual(['MUG-02', 'TEA-01'])
    const tea = await s.call('products.byCode', { merchantCode: 'TEA-01' })
    expect(tea).toMatchObject({ name: '西湖龙井 礼盒', spec: '250g', onHand: 0 })
    expect((await preview(s)).unknownSkus).toEqual([])
  })

  it('refuses the whole list when one code is already a SKU, and writes nothing', async () => {
    const s = testShop()
    await s.call('products.create', { merchantCode: 'TEA-01', name: '龙井' })
    const e = await s.fail('products.createMany', {
      items: [
        { merchantCode: 'NEW-1', name: 'A' },
        { merchantCode: 'TEA-01', name: 'B' }
      ]
    })
    expect(e).toMatchObject({ code: 'conflict', messageKey: 'firstRun.errors.codesTaken', params: { codes: 'TEA-01', count: 1 } })
    expect((await s.call('shop.status', {})).skus).toBe(1)
  })

  it('refuses a list that names a code twice', async () => {
    const s = testShop()
    const e = await s.fail('products.createMany', {
      items: [
        { merchantCode: 'X-1', name: 'A' },
        { merchantCode: 'X-1', name: 'B' }
      ]
    })
    expect(e).toMatchObject({ code: 'conflict', messageKey: 'firstRun.errors.codesRepeated', params: { codes: 'X-1' } })
    expect((await s.call('shop.status', {})).skus).toBe(0)
  })

  it('refuses a code with spaces through the contract, naming the field', async () => {
    const s = testShop()
    const e = await s.fail('products.createMany', { items: [{ merchantCode: 'A B', name: 'A' }] })
    expect(e.code).toBe('invalid_input')
    expect((await s.call('shop.status', {})).skus).toBe(0)
  })
})

describe('which unknown codes can become SKUs at once', () => {
  it('agrees with the contract’s merchant-code rule and takes the name from the file, or the code when the file has none', () => {
    const codes = ['TEA-01', ' MUG-02 ', 'A B', '', 'X'.repeat(64), 'X'.repeat(65), 'tab\there', '编码-1']
    const unknown = codes.map((code) => ({ code, title: code === 'TEA-01' ? '龙井' : '', spec: '', lines: 1 }))
    const { items, skipped } = newSkusFromUnknown(unknown)
    for (const code of codes) expect(isStorableCode(code.trim()), code).toBe(merchantCode.safeParse(code).success)
    expect(items.map((i) => i.merchantCode)).toEqual(['TEA-01', 'MUG-02', 'X'.repeat(64), '编码-1'])
    expect(items[0]).toEqual({ merchantCode: 'TEA-01', name: '龙井', spec: '' })
    expect(items[1]?.name).toBe('MUG-02')
    expect(skipped).toBe(4)
  })
})
