// The review's figure: of the cases whose cause was recorded with a suggestion,
// how many took it and how many chose another — from core and from the CLI.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { at } from '../engine/helpers'
import { cli } from '../helpers/cli'
import { testTimeIn } from '../helpers/clock'
import { tempDir } from '../helpers/shop'
import { formatShopTime } from '../../src/shared/time'
import { pddCsv } from '../import-apply/pdd-csv'
import { queueShop } from '../queue/helpers'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

describe('how often the suggested cause was confirmed', () => {
  it('counts confirmed and changed suggestions, not causes recorded without one, nor an undone one', async () => {
    const s = queueShop()
    await s.sku('A', { onHand: 0 })
    await s.sku('B', { onHand: 0 })
    // A's delivery was cancelled (evidence for 供应商断货); B has no evidence.
    s.db
      .prepare(`INSERT INTO incoming_stock (product_id, quantity, expected_at, status, created_at) VALUES (?, 10, ?, 'cancelled', ?)`)
      .run(s.id('A'), at(-24), at(-100))
    for (const no of ['O1', 'O2', 'O3']) s.order(no, [['A', 1]], { deadline: 20 })
    s.order('O4', [['B', 1]], { deadline: 20 })
    await s.recompute()
    const cause = (no: string, code: string) => s.call('queue.cause', { caseId: s.caseId(no), cause: code, supplierId: null, note: '' })
    await cause('O1', 'supplier_shortage')
    await cause('O2', 'demand_spike')
    await cause('O3', 'supplier_shortage')
    await s.call('queue.undo', { caseId: s.caseId('O3') })
    await cause('O4', 'other')
    expect(await s.call('review.suggestions', {})).toEqual({ suggested: 2, confirmed: 1, changed: 1 })
    expect(await s.call('review.suggestions', { platform: 'taobao' })).toEqual({ suggested: 0, confirmed: 0, changed: 0 })
    // O2 (the changed one) belongs to a second Pinduoduo shop: each shop counts its own cases.
    const first = (await s.call('shops.add', { platform: 'pdd', name: '拼多多旗舰店' })).id
    const second = (await s.call('shops.add', { platform: 'pdd', name: '拼多多二店' })).id
    s.db.prepare('UPDATE orders SET shop_id = ?').run(first)
    s.db.prepare('UPDATE orders SET shop_id = ? WHERE order_no = ?').run(second, 'O2')
    expect(await s.call('review.suggestions', { shopId: second })).toEqual({ suggested: 1, confirmed: 0, changed: 1 })
    expect(await s.call('review.suggestions', { shopId: first })).toEqual({ suggested: 1, confirmed: 1, changed: 0 })
  })

  it('a reversed range is refused', async () => {
    const s = queueShop()
    expect((await s.fail('review.suggestions', { from: '2026-11-20', to: '2026-11-01' })).code).toBe('invalid_input')
  })
})

describe('the suggested cause from the CLI', () => {
  it('queue show --json carries suggestedCause with its evidence in words, and report suggestions counts the confirmation', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    const shopTime = (h: number) => formatShopTime(testTimeIn(h).toISOString(), 'Asia/Shanghai')
    const NO = '261126-000000000000001'
    expect((await cli(db, 'sku', 'add', '--code', 'BWB-500-WHT', '--name', '保温杯')).code).toBe(0)
    const file = join(t.dir, 'orders.csv')
    writeFileSync(file, pddCsv([{ orderNo: NO, paidAt: shopTime(-5), shipBy: shopTime(20), buyer: '王小明', paid: '39.90' }]))
    expect((await cli(db, 'orders', 'import', file)).code).toBe(0)

    const none = JSON.parse((await cli(db, 'queue', 'show', NO, '--json')).out)
    expect(none.suggestedCause).toBeNull()

    const added = JSON.parse((await cli(db, 'incoming', 'add', '--sku', 'BWB-500-WHT', '--qty', '30', '--eta', shopTime(-24), '--json')).out)
    expect((await cli(db, 'incoming', 'cancel', String(added.id))).code).toBe(0)
    const en = JSON.parse((await cli(db, 'queue', 'show', NO, '--json', '--lang', 'en')).out)
    expect(en.suggestedCause).toEqual({
      code: 'supplier_shortage',
      evidence: [`A delivery of 30 × BWB-500-WHT due ${shopTime(-24).slice(5, 16)} was cancelled.`]
    })
    const zh = await cli(db, 'queue', 'show', NO, '--lang', 'zh-CN')
    expect(zh.out).toContain('建议原因：供应商断货')
    expect(zh.out).toContain('BWB-500-WHT × 30 已取消')

    expect((await cli(db, 'queue', 'cause', NO, '--cause', 'supplier_shortage')).code).toBe(0)
    expect(JSON.parse((await cli(db, 'report', 'suggestions', '--json')).out)).toEqual({ suggested: 1, confirmed: 1, changed: 0 })
    expect((await cli(db, 'report', 'suggestions', '--lang', 'en')).out).toBe('1 suggested · 1 confirmed · 0 changed')
  })
})
