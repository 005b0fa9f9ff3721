import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { testTimeIn } from '../helpers/clock'
import { tempDir } from '../helpers/shop'
import { reminderShop } from '../reminders/shop'
import { fillInbox, PDD_ROWS } from './folder'

let dir: { dir: string; cleanup: () => void }
beforeEach(() => (dir = tempDir()))
afterEach(() => dir.cleanup())

describe('CLI inbox scan and reminders', () => {
  it('inbox scan FOLDER --json lists the three exports with platform, kind, rows and imported, then the PDD one imported', async () => {
    const inbox = join(dir.dir, 'Downloads')
    mkdirSync(inbox)
    const files = fillInbox(inbox)
    const db = join(dir.dir, 'shop.db')
    const first = await cli(db, 'inbox', 'scan', inbox, '--json')
    expect(first.code).toBe(0)
    const sorted = (v: { files: { path: string }[] }) => [...v.files].sort((a, b) => a.path.localeCompare(b.path))
    expect(sorted(JSON.parse(first.out))).toEqual(
      [
        { path: files.pdd, platform: 'pdd', kind: 'orders', rows: PDD_ROWS, imported: false },
        { path: files.douyin, platform: 'douyin', kind: 'orders', rows: 3, imported: false },
        { path: files.stock, platform: null, kind: 'stock', rows: 2, imported: false }
      ].sort((a, b) => a.path.localeCompare(b.path))
    )
    expect((await cli(db, 'orders', 'import', files.pdd)).code).toBe(0)
    const after = JSON.parse((await cli(db, 'inbox', 'scan', inbox, '--json')).out) as { files: { path: string; imported: boolean }[] }
    expect(after.files.find((f) => f.path === files.pdd)?.imported).toBe(true)
    expect(after.files.filter((f) => f.imported)).toHaveLength(1)
    expect(readFileSync(files.pdd).byteLength).toBeGreaterThan(0)
  })

  it('inbox scan says it in words without --json', async () => {
    fillInbox(dir.dir)
    const r = await cli(join(dir.dir, 'shop.db'), 'inbox', 'scan', dir.dir, '--lang', 'zh-CN')
    expect(r.out).toContain(`拼多多 订单 · ${PDD_ROWS} 行`)
    expect(r.out).toContain('库存表 · 2 行')
  })

  it('reminders --now --json lists exactly the short orders inside the window with no step taken', async () => {
    const db = join(dir.dir, 'shop.db')
    const s = await reminderShop(
      [
        ['IN-2H', 2],
        ['STEPPED', 3],
        ['IN-9H', 9],
        ['LATER', 30]
      ],
      db
    )
    await s.call('queue.notify', { caseId: s.caseOf('STEPPED') })
    s.db.close()
    const now = await cli(db, 'reminders', '--json')
    expect(now.code).toBe(0)
    const orders = (out: string) =>
      (JSON.parse(out) as { reminders: { kind: string; orderNo?: string }[] }).reminders.filter((r) => r.kind === 'order').map((r) => r.orderNo)
    expect(orders(now.out)).toEqual(['IN-2H'])
    // Four hours later IN-9H is 5 h away: inside the window. IN-2H's deadline has passed by then.
    expect(orders((await cli(db, 'reminders', '--now', testTimeIn(4).toISOString(), '--json')).out)).toEqual(['IN-9H'])
    const words = await cli(db, 'reminders', '--lang', 'zh-CN')
    expect(words.out).toContain('今天 3 个订单到期，3 个缺货')
    expect(words.out).toContain('IN-2H')
  })
})
