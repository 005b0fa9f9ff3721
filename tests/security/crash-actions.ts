// What the crash test's child does, one kind of action at a time. Each kind runs
// one change through dispatch and returns an acknowledgement once it committed;
// after the child is killed, the parent checks every acknowledgement with the
// same kind's `verify`. New kinds (queue actions, when the queue exists) are one
// more entry in ACTIONS.
import type { Db } from '../../src/main/core/db/open'
import { inspectDbFile } from '../../src/main/core/backup/file'
import type { TestShop } from '../helpers/shop'
import { pddCsv } from '../import-apply/pdd-csv'

export const SKUS = ['CR-1', 'CR-2', 'CR-3', 'CR-4', 'CR-5'] as const

export interface Ack {
  kind: string
  [k: string]: unknown
}

export interface CrashAction {
  kind: string
  /** How often it is picked, relative to the others. */
  weight: number
  /** Runs one change; resolves to its acknowledgement, or null when the change was refused (nothing to check). */
  run(shop: TestShop, rnd: () => number, tag: string): Promise<Ack | null>
  /** True when the acknowledged change is in the database after the crash. */
  verify(db: Db, ack: Ack): boolean
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!

export const ACTIONS: CrashAction[] = [
  {
    kind: 'stock.move',
    weight: 6,
    async run(shop, rnd, tag) {
      const product = await shop.call('products.byCode', { merchantCode: pick(rnd, SKUS) })
      const receive = rnd() < 0.6 || product.onHand === 0
      const quantity = receive ? 1 + Math.floor(rnd() * 20) : -(1 + Math.floor(rnd() * product.onHand))
      const key = `crash-${tag}`
      await shop.call('stock.move', { productId: product.id, type: receive ? 'receive' : 'adjust', quantity, reason: 'crash test', idempotencyKey: key })
      return { kind: 'stock.move', key, productId: product.id, quantity }
    },
    verify(db, ack) {
      const row = db.prepare('SELECT product_id AS p, quantity AS q FROM stock_movements WHERE idempotency_key = ?').get(ack.key) as { p: number; q: number } | undefined
      return !!row && row.p === ack.productId && row.q === ack.quantity
    }
  },
  {
    kind: 'import.orders',
    weight: 2,
    async run(shop, rnd, tag) {
      const n = 1 + Math.floor(rnd() * 40)
      const [run = '0', step = '0'] = tag.split('-')
      // Unique across runs and steps: 2611 + run (3 digits) + step (6) + line (3).
      const orderNos = Array.from({ length: n }, (_, i) => `2611${run.padStart(3, '0')}${step.padStart(6, '0')}${String(i).padStart(3, '0')}`)
      const bytes = pddCsv(orderNos.map((orderNo) => ({ orderNo, code: pick(rnd, SKUS), qty: 1 + Math.floor(rnd() * 3) })))
      let job = await shop.call('import.start', { kind: 'orders', fileName: `crash-${tag}.csv`, bytes, platform: 'pdd', dryRun: false })
      while (job.state === 'running') {
        await new Promise((r) => setImmediate(r))
        job = await shop.call('import.job', { jobId: job.jobId })
      }
      if (job.state !== 'done' || !job.report?.applied) return null
      return { kind: 'import.orders', orderNos }
    },
    verify(db, ack) {
      const orderNos = ack.orderNos as string[]
      const found = db.prepare(`SELECT COUNT(*) AS n FROM orders WHERE order_no IN (SELECT value FROM json_each(?))`).get(JSON.stringify(orderNos)) as { n: number }
      return found.n === orderNos.length
    }
  },
  {
    kind: 'backup',
    weight: 1,
    async run(shop) {
      const b = await shop.call('backups.create', {})
      return { kind: 'backup', path: b.path }
    },
    // An acknowledged backup exists and passes integrity_check, unless retention later let it go (then it is simply gone, never half there).
    verify(_db, ack) {
      const check = inspectDbFile(ack.path as string)
      return check.ok || check.problem === 'unreadable'
    }
  }
]

export function chooseAction(rnd: () => number): CrashAction {
  const total = ACTIONS.reduce((s, a) => s + a.weight, 0)
  let r = rnd() * total
  for (const a of ACTIONS) {
    r -= a.weight
    if (r < 0) return a
  }
  return ACTIONS[0]!
}

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
