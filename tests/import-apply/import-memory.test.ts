// A big import holds the file's bytes and its parse garbage only as long as it needs them (issue 15):
// the request's bytes are let go once parsed, and a full collection frees them before the write.
import { describe, expect, it } from 'vitest'
import { runImport } from '../../src/main/core/import/run-import'
import { releaseMemory } from '../../src/main/core/import/release-memory'
import { importOrders } from '../../src/main/core/import/import-orders'
import { parseOrderFile } from '../../src/main/core/import/parse'
import { testShop } from '../helpers/shop'
import { pddCsv } from './pdd-csv'
import { ordersRequest } from './request'

describe('the memory an import holds', () => {
  it('no longer holds the file’s bytes in its request by the time it writes, and still imports every order', async () => {
    const s = testShop()
    const req = ordersRequest(pddCsv([{ orderNo: '261125-1' }, { orderNo: '261125-2' }]), [pddCsv([{ orderNo: '261125-3' }])])
    const heldWhileWriting: number[] = []
    const report = await runImport(s.ctx, req, {
      onProgress: (phase) => {
        if (phase === 'writing') heldWhileWriting.push(req.bytes.byteLength + req.moreFiles![0]!.bytes.byteLength)
      },
      shouldCancel: () => false
    })
    expect(report.created).toBe(3)
    expect(heldWhileWriting.length).toBeGreaterThan(0)
    expect(new Set(heldWhileWriting)).toEqual(new Set([0]))
  })

  it('keeps the file’s name and sha256 in its history though the bytes are gone', async () => {
    const s = testShop()
    const bytes = pddCsv([{ orderNo: '261125-1' }])
    const { createHash } = await import('node:crypto')
    const sha = createHash('sha256').update(bytes).digest('hex')
    await runImport(s.ctx, ordersRequest(bytes), { onProgress: () => {}, shouldCancel: () => false })
    expect(s.db.prepare('SELECT file_name, file_sha256 FROM import_batches').all()).toEqual([{ file_name: 'orders.csv', file_sha256: sha }])
  })

  it('lets the caller collect garbage once the file is planned, before anything is written', async () => {
    const s = testShop()
    const parsed = await parseOrderFile(pddCsv([{ orderNo: '261125-1' }, { orderNo: '261125-2' }]), 'orders.csv')
    const seen: { orders: number; writing: boolean }[] = []
    let writing = false
    const report = importOrders(s.ctx, parsed, {
      fileName: 'orders.csv',
      sha256: 'x',
      dryRun: false,
      skipBadRows: false,
      onProgress: () => (writing = true),
      afterPlan: () => seen.push({ orders: s.db.prepare('SELECT COUNT(*) FROM orders').pluck().get() as number, writing })
    })
    expect(report.created).toBe(2)
    expect(seen).toEqual([{ orders: 0, writing: false }])
  })

  it('can collect what nothing holds any more, on demand', async () => {
    let held: object | null = { rows: new Array(10_000).fill('row') }
    const ref = new WeakRef(held)
    held = null
    // A WeakRef keeps its target alive until the task that made it ends.
    await new Promise((resolve) => setImmediate(resolve))
    releaseMemory()
    expect(ref.deref()).toBeUndefined()
  })
})
