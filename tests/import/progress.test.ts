import { describe, expect, it } from 'vitest'
import { ImportCancelled, parseOrderFile } from '../../src/main/core/import/parse'
import { TAOBAO_NEW_HEADERS, pddCsv, pddOrderNo, taobaoNewRow, xlsxFile } from './fixtures'

const orders = (n: number) => Array.from({ length: n }, (_, i) => ({ orderNo: pddOrderNo(i) }))

describe('progress and cancelling', () => {
  it('reports progress about every 5,000 rows and once at the end with done = total', async () => {
    const calls: [number, number][] = []
    const r = await parseOrderFile(pddCsv(orders(12_000)), 'big.csv', { onProgress: (d, t) => calls.push([d, t]) })
    expect(r.orders).toHaveLength(12_000)
    expect(calls.map(([d]) => d)).toEqual([5_000, 10_000, 12_000])
    for (const [d, t] of calls) expect(t).toBeGreaterThanOrEqual(d)
    expect(calls.at(-1)).toEqual([12_000, 12_000])
  })

  it('stops with ImportCancelled when asked to, at the next check', async () => {
    let checks = 0
    const run = parseOrderFile(pddCsv(orders(12_000)), 'big.csv', { shouldCancel: () => ++checks > 1 })
    await expect(run).rejects.toBeInstanceOf(ImportCancelled)
    await expect(run).rejects.toMatchObject({ code: 'import_cancelled' })
    expect(checks).toBe(2) // once at the header, then at row 5,000
  })

  it('can be cancelled while another task flips the flag, because reading yields to the event loop', async () => {
    let cancel = false
    setImmediate(() => (cancel = true))
    await expect(parseOrderFile(pddCsv(orders(40_000)), 'big.csv', { shouldCancel: () => cancel })).rejects.toBeInstanceOf(ImportCancelled)
  })

  it('cancels an XLSX import too', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => taobaoNewRow({ orderNo: String(i), subNo: `${i}-1` }))
    const bytes = await xlsxFile(TAOBAO_NEW_HEADERS, rows)
    await expect(parseOrderFile(bytes, 'x.xlsx', { shouldCancel: () => true })).rejects.toBeInstanceOf(ImportCancelled)
  })
})
