import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { tempDir } from '../helpers/shop'
import { TEST_NOW } from '../helpers/clock'
import {
  csvText,
  encode,
  pddCsv,
  pddOrderNo,
  TAOBAO_CLASSIC_HEADERS,
  TAOBAO_ITEM_HEADERS,
  taobaoClassicRow,
  taobaoItemRow
} from '../import/fixtures'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))
const NOW = TEST_NOW.toISOString()


function folder(): string {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

describe('the CLI for real exports', () => {
  it('imports Taobao’s two files in one command, says what it joined, and triage --json tells a derived deadline', async () => {
    const dir = folder()
    const db = join(dir, 'shop.db')
    const orders = join(dir, 'ExportOrderList.csv')
    const items = join(dir, 'ExportOrderDetailList.csv')
    writeFileSync(orders, encode(csvText(TAOBAO_CLASSIC_HEADERS, [taobaoClassicRow({ orderNo: '2026112612345678901' })]), 'gb18030'))
    writeFileSync(
      items,
      encode(csvText(TAOBAO_ITEM_HEADERS, [taobaoItemRow({ orderNo: '2026112612345678901', code: '007-MUG', qty: '2' })]), 'gb18030')
    )
    expect((await cli(db, 'sku', 'add', '--code', '007-MUG', '--name', '马克杯')).code).toBe(0)
    expect((await cli(db, 'stock', 'receive', '--sku', '007-MUG', '--qty', '5')).code).toBe(0)
    const r = await cli(db, 'orders', 'import', orders, items, '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ created: 1, applied: true, join: { joined: 1, ordersWithoutItems: 0 } })
    const text = await cli(db, 'orders', 'import', items, orders)
    expect(text.out).toContain('joined 1 orders with their lines')
    const t = await cli(db, 'triage', '--now', NOW, '--json')
    expect(t.code).toBe(0)
    expect(JSON.stringify(JSON.parse(t.out))).toContain('"deadlineSource":"derived"')
  })

  it('--status says once what an unknown status means; statuses list|set|remove edit the saved meanings', async () => {
    const dir = folder()
    const db = join(dir, 'shop.db')
    const file = join(dir, 'pdd.csv')
    writeFileSync(file, pddCsv([{ orderNo: pddOrderNo(1), status: '待成团' }, { orderNo: pddOrderNo(2) }]))
    const first = await cli(db, 'orders', 'import', file, '--dry-run', '--json')
    expect(JSON.parse(first.out).unknownStatuses).toEqual([{ text: '待成团', rows: 1, firstRow: 2, file: '' }])
    const second = await cli(db, 'orders', 'import', file, '--status', '待成团=unpaid', '--json')
    expect(JSON.parse(second.out)).toMatchObject({ created: 2, unknownStatuses: [] })
    expect(JSON.parse((await cli(db, 'statuses', 'list', '--json')).out)).toMatchObject([
      { platform: 'pdd', text: '待成团', status: 'unpaid' }
    ])
    expect((await cli(db, 'statuses', 'set', '--platform', 'pdd', '--name', '待成团', '--state', 'cancelled')).code).toBe(0)
    expect((await cli(db, 'statuses', 'list')).out).toContain('cancelled')
    expect((await cli(db, 'statuses', 'remove', '--platform', 'pdd', '--name', '待成团')).code).toBe(0)
    expect((await cli(db, 'orders', 'import', file, '--status', '待成团=maybe')).code).toBe(2)
  })

  it('bundle set|list|remove', async () => {
    const db = join(folder(), 'shop.db')
    for (const code of ['A001', 'B011']) expect((await cli(db, 'sku', 'add', '--code', code, '--name', code)).code).toBe(0)
    const set = await cli(db, 'bundle', 'set', 'SET-1', '--parts', 'A001x1,B011x2', '--name', '套装', '--json')
    expect(set.code).toBe(0)
    expect(JSON.parse(set.out).parts.map((p: { merchantCode: string; quantity: number }) => `${p.merchantCode}x${p.quantity}`)).toEqual([
      'A001x1',
      'B011x2'
    ])
    expect((await cli(db, 'bundle', 'list')).out).toContain('A001×1, B011×2')
    expect((await cli(db, 'bundle', 'set', 'SET-2', '--parts', 'NOPE')).code).toBe(1)
    expect((await cli(db, 'bundle', 'remove', 'SET-1')).code).toBe(0)
    expect((await cli(db, 'bundle', 'list')).out).toContain('no bundles')
  })

  it('stock import carries bundles from a 组合明细 column: --dry-run previews, a bad part exits 2 with its row and column', async () => {
    const dir = folder()
    const db = join(dir, 'shop.db')
    const list = join(dir, '库存表.csv')
    writeFileSync(list, '商家编码,商品名称,库存,组合明细\nA001,杯,10,\nB011,勺,20,\nSET-1,套装,,A001x1;B011x2\n')
    const dry = await cli(db, 'stock', 'import', list, '--dry-run', '--json')
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.out)).toMatchObject({ created: 2, bundles: { created: 1, updated: 0, unchanged: 0 }, applied: false })
    expect((await cli(db, 'bundle', 'list', '--json')).out).toBe('[]')
    const done = await cli(db, 'stock', 'import', list)
    expect(done.code).toBe(0)
    expect(done.out).toContain('bundles (组合明细): new 1, changed 0, unchanged 0')
    expect((await cli(db, 'bundle', 'list')).out).toContain('A001×1, B011×2')
    const bad = join(dir, 'bad.csv')
    writeFileSync(bad, '商家编码,组合明细\nSET-2,A001x1;NOPE-9x2\n')
    const refused = await cli(db, 'stock', 'import', bad, '--lang', 'en')
    expect(refused.code).toBe(2)
    expect(refused.out).toContain('Row 2, column “组合明细”: bundle SET-2 names “NOPE-9”')
  })
})
