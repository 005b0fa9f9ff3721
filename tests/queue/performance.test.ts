// 50,000 cases: the queue screen reads pages of a virtualized list, its counts and
// one case at a time, and each must be right wherever the user scrolls. How quick
// they are is a goal of `npm run bench` (bench/queue.ts, same shop); the figures
// printed here are for reading, not asserted, so a busy machine can't fail the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syncCases } from '../../src/main/core/queue/sync'
import { recompute } from '../../src/main/core/engine/recompute'
import { FIXED_NOW, type TestShop } from '../helpers/shop'
import { queueShop } from '../helpers/queue-shop'

const CASES = 50_000
const SKUS = 2_000
let s: TestShop
const figures: Record<string, number> = {}

function time<T>(name: string, run: () => T): T {
  const t0 = performance.now()
  const out = run()
  figures[name] = Math.round((performance.now() - t0) * 10) / 10
  return out
}
async function timeAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  const out = await run()
  figures[name] = Math.round((performance.now() - t0) * 10) / 10
  return out
}

beforeAll(() => {
  s = queueShop(CASES, SKUS)
})

afterAll(() => {
  console.info(`[queue perf] ${CASES} cases: ${JSON.stringify(figures)}`)
})

describe(`the queue with ${CASES.toLocaleString('en')} cases`, () => {
  it('the first recompute opens every case; later ones keep them in step', () => {
    time('recompute opening all cases (ms)', () => recompute(s.ctx, { demand: true }))
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM queue_cases').get()).toEqual({ n: CASES })
    expect(s.db.prepare(`SELECT COUNT(*) AS n FROM queue_events WHERE kind = 'opened'`).get()).toEqual({ n: CASES })
    const steady = time('sync with nothing changed (ms)', () => syncCases(s.db, FIXED_NOW.toISOString()))
    expect(steady).toBeUndefined()
    time('recompute again (ms)', () => recompute(s.ctx))
  })

  it('a page of the list reads at the top, in the middle and at the very end, in urgency order', async () => {
    const first = await timeAsync('list first page of 200 (ms)', () => s.call('queue.list', { limit: 200 }))
    expect(first.total).toBe(CASES)
    const middle = await timeAsync('list page at 25,000 (ms)', () => s.call('queue.list', { offset: 25_000, limit: 200 }))
    const last = await timeAsync('list last page (ms)', () => s.call('queue.list', { offset: CASES - 200, limit: 200 }))
    expect(last.rows).toHaveLength(200)
    const deadlines = [...first.rows, ...middle.rows, ...last.rows].map((r) => r.deadline!)
    expect(deadlines).toEqual([...deadlines].sort())
    await timeAsync('list one step, page 1 (ms)', () => s.call('queue.list', { step: 'notify', limit: 200 }))
    await timeAsync('list one platform, deep page (ms)', () => s.call('queue.list', { platform: 'taobao', offset: 9_000, limit: 200 }))
    await timeAsync('list overdue only (ms)', () => s.call('queue.list', { overdue: true, limit: 200 }))
    await timeAsync('list search by buyer (ms)', () => s.call('queue.list', { search: '买家99', limit: 200 }))
    await timeAsync('list sorted by penalty (ms)', () => s.call('queue.list', { sort: 'penalty', limit: 200 }))
  })

  it('counts per step, one case in full, and a bulk action on 1,000 selected cases', async () => {
    const counts = await timeAsync('counts per step (ms)', () => s.call('queue.counts', {}))
    expect(counts.byStep.notify).toBe(CASES)
    const caseId = (s.db.prepare('SELECT id FROM queue_cases ORDER BY id DESC LIMIT 1').get() as { id: number }).id
    await timeAsync('get one case (ms)', () => s.call('queue.get', { caseId }))
    const ids = (s.db.prepare('SELECT id FROM queue_cases ORDER BY id LIMIT 1000').all() as { id: number }[]).map((r) => r.id)
    const r = await timeAsync('bulk notify 1,000 (ms)', () => s.call('queue.bulk', { caseIds: ids, action: 'notify' }))
    expect(r.done).toBe(1000)
    await timeAsync('bulk cancel 1,000 with recompute (ms)', () => s.call('queue.bulk', { caseIds: ids, action: 'cancel' }))
    expect((await s.call('queue.counts', {})).byStep.refund).toBe(1000)
  })

  it('exports the whole queue', async () => {
    const file = await timeAsync('export CSV of every case (ms)', () => s.call('export.queue', { format: 'csv', lang: 'zh-CN' }))
    expect(file.rows).toBe(CASES)
  })
})
