import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { tempDir } from '../helpers/shop'
import { pddCsv } from '../import/fixtures'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))


const A = '261126-000000000000001'

describe('imports list and imports undo from the CLI', () => {
  it('lists the batches, refuses an import that is not the newest (exit 2, the reason translated), undoes the newest', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    expect((await cli(db, 'sku', 'add', '--code', 'CUP', '--name', '杯子')).code).toBe(0)
    expect((await cli(db, 'stock', 'receive', '--sku', 'CUP', '--qty', '5')).code).toBe(0)
    const day1 = join(t.dir, 'day1.csv')
    const day2 = join(t.dir, 'day2.csv')
    writeFileSync(day1, pddCsv([{ orderNo: A, code: 'CUP', qty: '2' }]))
    writeFileSync(day2, pddCsv([{ orderNo: A, code: 'CUP', qty: '2', status: '已发货，待签收', shippedAt: '2026-11-26 09:00:00' }]))
    expect((await cli(db, 'orders', 'import', day1)).code).toBe(0)
    expect((await cli(db, 'orders', 'import', day2)).code).toBe(0)

    const list = await cli(db, 'imports', 'list', '--json')
    expect(list.code).toBe(0)
    const rows = JSON.parse(list.out) as { id: number; fileName: string; undo: string }[]
    expect(rows.map((r) => [r.fileName, r.undo])).toEqual([
      ['day2.csv', 'available'],
      ['day1.csv', 'later']
    ])
    expect((await cli(db, 'imports', 'list')).out).toMatch(/day2\.csv.*available/)

    const refused = await cli(db, 'imports', 'undo', String(rows[1]!.id), '--json', '--lang', 'en')
    expect(refused.code).toBe(2)
    const error = (JSON.parse(refused.out) as { error: { messageKey: string; message: string } }).error
    expect(error.messageKey).toBe('importUndo.refused.newer_batch')
    expect(error.message).toContain('“day2.csv”')
    const zh = await cli(db, 'imports', 'undo', String(rows[1]!.id), '--lang', 'zh-CN')
    expect(zh.code).toBe(2)
    expect(zh.out).toContain('请先撤销那次导入')

    const undone = await cli(db, 'imports', 'undo', String(rows[0]!.id), '--json')
    expect(undone.code).toBe(0)
    expect(JSON.parse(undone.out)).toMatchObject({ ordersRestored: 1, movesReversed: 1, ordersRemoved: 0 })
    const sku = JSON.parse((await cli(db, 'sku', 'show', 'CUP', '--json')).out) as { onHand: number }
    expect(sku.onHand).toBe(5)
    expect((await cli(db, 'imports', 'undo', 'x')).code).toBe(2)
  })
})
