// The queue screen over 50,000 cases (the shop tests/queue/performance.test.ts
// checks for correctness): a page of the list wherever the user scrolls, the
// counts, one case. Each must stay quick enough to feel instant; a lost index
// (a full sort per page, a scan per row) shows here as a goal missed.
import { performance } from 'node:perf_hooks'
import { recompute } from '../src/main/core/engine/recompute'
import { closeDatabase } from '../src/main/core/db/open'
import { queueShop } from '../tests/helpers/queue-shop'

const CASES = 50_000
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
const goal = (ms: number, max: number) => (ms <= max ? `ok (goal ≤ ${max} ms)` : `OVER GOAL (≤ ${max} ms)`)

export async function reportQueueBench(): Promise<void> {
  console.log(`queue: a shop with ${fmt(CASES)} short orders …`)
  const s = queueShop(CASES, 2_000)
  try {
    recompute(s.ctx, { demand: true })
    const timed = async (name: string, max: number | null, input: unknown, call = 'queue.list'): Promise<void> => {
      const runs: number[] = []
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now()
        await s.call(call as 'queue.list', input as never)
        runs.push(performance.now() - t0)
      }
      const median = runs.sort((a, b) => a - b)[2]!
      console.log(`  ${name.padEnd(34)} ${fmt(median, 1)} ms median${max === null ? '' : `  ${goal(median, max)}`}`)
    }
    await timed('list, first page of 200', 250, { limit: 200 })
    await timed('list, page at 25,000', 250, { offset: 25_000, limit: 200 })
    await timed('list, last page', 250, { offset: CASES - 200, limit: 200 })
    await timed('list, one step', 250, { step: 'notify', limit: 200 })
    await timed('list, search by buyer', null, { search: '买家99', limit: 200 })
    await timed('list, sorted by penalty', null, { sort: 'penalty', limit: 200 })
    await timed('counts per step', 500, {}, 'queue.counts')
    // Issue #16: two shops of one platform, every other order in the second; the lists filtered to one shop.
    const now = s.ctx.now().toISOString()
    const shopA = Number(s.db.prepare(`INSERT INTO shops (platform, name, is_default, created_at) VALUES ('pdd', 'A', 0, ?)`).run(now).lastInsertRowid)
    const shopB = Number(s.db.prepare(`INSERT INTO shops (platform, name, is_default, created_at) VALUES ('pdd', 'B', 0, ?)`).run(now).lastInsertRowid)
    s.db.prepare('UPDATE orders SET shop_id = CASE WHEN id % 2 = 0 THEN ? ELSE ? END').run(shopA, shopB)
    await timed('list, one shop, first page', 250, { shopId: shopA, limit: 200 })
    await timed('list, one shop, page at 12,500', 250, { shopId: shopA, offset: 12_500, limit: 200 })
    await timed('counts, one shop', 500, { shopId: shopB }, 'queue.counts')
    const caseId = (s.db.prepare('SELECT id FROM queue_cases ORDER BY id DESC LIMIT 1').get() as { id: number }).id
    await timed('one case in full', 100, { caseId }, 'queue.get')
  } finally {
    closeDatabase(s.db)
  }
}
