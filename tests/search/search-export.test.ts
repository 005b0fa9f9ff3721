// Issue 14 point 4: one search rule for every list of orders (order no., buyer,
// merchant code, title, SKU code and name), search on incoming and reorder, the
// queue's SKU filter, and an orders export that holds exactly the list on screen.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { testShop, type TestShop } from '../helpers/shop'

async function demoShop(): Promise<TestShop> {
  const shop = testShop()
  await shop.call('demo.load', {})
  await shop.call('engine.recompute', {})
  return shop
}

/** A short order's first line: its code, title and order number. */
async function shortLine(shop: TestShop) {
  const t = await shop.call('engine.triage', { state: 'short', limit: 1 })
  const order = await shop.call('orders.get', { id: t.rows[0]!.orderId })
  const line = order.lines[0]!
  return { orderNo: order.orderNo, orderId: order.id, code: line.merchantCode, title: line.title, productId: line.productId }
}

const csvRows = (bytes: Uint8Array): string[][] =>
  Papa.parse<string[]>(Buffer.from(bytes).subarray(3).toString('utf8'), { skipEmptyLines: true }).data

describe('one search rule in every list of orders', () => {
  it('the 待发货 view finds an order by merchant code and by title, as the order list does', async () => {
    const shop = await demoShop()
    const l = await shortLine(shop)
    for (const search of [l.code, l.title.slice(0, 4)]) {
      const all = await shop.call('orders.list', { search, status: 'awaiting_shipment', limit: 1000 })
      const triage = await shop.call('engine.triage', { search, limit: 1000 })
      expect(triage.total).toBeGreaterThan(0)
      expect(triage.rows.map((r) => r.orderNo).sort()).toEqual(all.rows.map((r) => r.orderNo).sort())
      expect((await shop.call('engine.triage', { search, state: 'short', limit: 1000 })).rows.map((r) => r.orderNo)).toContain(l.orderNo)
    }
  })

  it('the queue finds a case by SKU code and title, and its SKU filter keeps only orders with that SKU', async () => {
    const shop = await demoShop()
    const l = await shortLine(shop)
    expect((await shop.call('queue.list', { search: l.code, limit: 1000 })).rows.map((r) => r.orderNo)).toContain(l.orderNo)
    expect((await shop.call('queue.list', { search: l.title.slice(0, 4), limit: 1000 })).rows.map((r) => r.orderNo)).toContain(l.orderNo)
    const bySku = await shop.call('queue.list', { productId: l.productId, limit: 1000 })
    const all = await shop.call('queue.list', { limit: 1000 })
    expect(bySku.total).toBeGreaterThan(0)
    expect(bySku.total).toBeLessThan(all.total)
    for (const r of bySku.rows)
      expect((await shop.call('orders.get', { id: r.orderId })).lines.some((x) => x.productId === l.productId)).toBe(true)
    const counts = await shop.call('queue.counts', { productId: l.productId })
    expect(Object.values(counts.byStep).reduce((a, b) => a + b, 0)).toBe(bySku.total)
  })

  it('takes % and _ literally', async () => {
    const shop = await demoShop()
    expect((await shop.call('orders.list', { search: '%', limit: 1 })).total).toBe(0)
    expect((await shop.call('engine.triage', { search: '_', limit: 1 })).total).toBe(0)
    expect((await shop.call('queue.list', { search: '%_', limit: 1 })).total).toBe(0)
  })

  it('the review counts only the cases whose order matches', async () => {
    const shop = await demoShop()
    const all = await shop.call('review.cases', { days: 90 })
    expect(all.total).toBeGreaterThan(0)
    const one = all.rows[0]!
    const found = await shop.call('review.cases', { days: 90, search: one.orderNo })
    expect(found.rows.map((r) => r.orderNo)).toEqual([one.orderNo])
    const data = await shop.call('review.data', { days: 90, search: one.orderNo })
    expect(data.causes.reduce((s, c) => s + c.cases, 0)).toBe(1)
  })
})

describe('search on incoming and reorder', () => {
  it('incoming deliveries match the SKU code, name or supplier', async () => {
    const shop = await demoShop()
    const all = await shop.call('incoming.list', { status: null, limit: 1000 })
    const code = all.rows[0]!.merchantCode
    const found = await shop.call('incoming.list', { status: null, search: code, limit: 1000 })
    expect(found.total).toBeGreaterThan(0)
    expect(found.total).toBeLessThan(all.total)
    expect(found.rows.every((r) => `${r.merchantCode} ${r.productName} ${r.supplierName ?? ''} ${r.note}`.includes(code))).toBe(true)
  })

  it('reorder suggestions and their export keep only the matching SKUs', async () => {
    const shop = await demoShop()
    const plan = await shop.call('engine.reorder', { includeZero: true })
    const line = plan.groups[0]!.lines[0]!
    const found = await shop.call('engine.reorder', { includeZero: true, search: line.merchantCode })
    const codes = found.groups.flatMap((g) => g.lines.map((x) => x.merchantCode))
    expect(codes).toContain(line.merchantCode)
    expect(codes.every((c) => c.includes(line.merchantCode))).toBe(true)
    const file = await shop.call('export.reorder', { format: 'csv', lang: 'en', includeZero: true, search: line.merchantCode })
    expect(file.rows).toBe(codes.length)
  })
})

describe('the orders export copies the list on screen', () => {
  const HEADER_ZH =
    '平台,订单号,订单状态,付款时间,商家编码,SKU/商品名称,规格,数量,商品金额（元）,订单实付（元）,买家留言,商家备注,库存状态,承诺发货时间,剩余小时,建议处理'

  it('the 缺货 view exports its orders, one row per line, with the columns a merchant prints', async () => {
    const shop = await demoShop()
    const list = await shop.call('engine.triage', { state: 'short', limit: 1000 })
    const file = await shop.call('export.orders', { format: 'csv', lang: 'zh-CN', triage: { state: 'short' } })
    const rows = csvRows(file.bytes)
    expect(rows[0]!.join(',')).toBe(HEADER_ZH)
    const data = rows.slice(1)
    expect(file.rows).toBe(data.length)
    // Same orders, in the list's order.
    const seen = [...new Set(data.map((r) => r[1]))]
    expect(seen).toEqual(list.rows.map((r) => r.orderNo))
    let lines = 0
    for (const r of list.rows) lines += (await shop.call('orders.get', { id: r.orderId })).lines.length || 1
    expect(data.length).toBe(lines)
    expect(data.every((r) => r[2] === '待发货' && r[15] !== '')).toBe(true)
    expect(data.some((r) => r[12] === '缺货')).toBe(true)
  })

  it('a search in the 待发货 view exports the orders it finds, with buyer message and note', async () => {
    const shop = await demoShop()
    const l = await shortLine(shop)
    shop.db.prepare('UPDATE orders SET buyer_note = ?, merchant_note = ? WHERE id = ?').run('请尽快发货, 谢谢', '=SUM(1)', l.orderId)
    const list = await shop.call('engine.triage', { search: l.code, limit: 1000 })
    const file = await shop.call('export.orders', { format: 'csv', lang: 'en', search: l.code, triage: {} })
    const data = csvRows(file.bytes).slice(1)
    expect([...new Set(data.map((r) => r[1]))].sort()).toEqual(list.rows.map((r) => r.orderNo).sort())
    const mine = data.find((r) => r[1] === l.orderNo)!
    expect(mine[10]).toBe('请尽快发货, 谢谢')
    expect(mine[11]).toBe("'=SUM(1)")
  })

  it('the order list export follows status, search and sort, and xlsx holds the same rows', async () => {
    const shop = await demoShop()
    const list = await shop.call('orders.list', { status: 'shipped', sort: 'paidFen', dir: 'desc', limit: 1000 })
    const file = await shop.call('export.orders', { format: 'csv', lang: 'zh-CN', status: 'shipped', sort: 'paidFen', dir: 'desc' })
    const data = csvRows(file.bytes).slice(1)
    expect([...new Set(data.map((r) => r[1]))]).toEqual(list.rows.map((r) => r.orderNo))
    expect(data.every((r) => r[12] === '' && r[15] === '')).toBe(true)
    const xlsx = await shop.call('export.orders', { format: 'xlsx', lang: 'zh-CN', status: 'shipped' })
    expect(xlsx.rows).toBe(file.rows)
  })
})

describe('from the CLI', () => {
  it('triage --search, queue list --sku and export orders --view short', async () => {
    const { runCli } = await import('../../src/cli/index')
    const { tempDir } = await import('../helpers/shop')
    const { TEST_NOW } = await import('../helpers/clock')
    const { join } = await import('node:path')
    const { readFileSync } = await import('node:fs')
    const { dir, cleanup } = tempDir()
    try {
      const db = join(dir, 'shop.db')
      const run = async (...args: string[]) => {
        const out: string[] = []
        const code = await runCli(
          [...args, '--db', db, '--lang', 'zh-CN'],
          (s) => out.push(s),
          () => undefined,
          () => TEST_NOW
        )
        expect(code, args.join(' ')).toBe(0)
        return out.join('\n')
      }
      await run('demo')
      const short = JSON.parse(await run('triage', '--state', 'short', '--json')) as { orders: { orderNo: string }[] }
      const shop = testShop(db)
      const l = await shortLine(shop)
      const sku = (await shop.call('products.get', { id: l.productId! })).merchantCode
      shop.db.close()
      const found = JSON.parse(await run('triage', '--search', l.code, '--json')) as { orders: { orderNo: string }[] }
      expect(found.orders.map((o) => o.orderNo)).toContain(l.orderNo)
      const cases = JSON.parse(await run('queue', 'list', '--sku', sku, '--json')) as
        { orderNo: string }[] | { rows: { orderNo: string }[] }
      expect(JSON.stringify(cases)).toContain(l.orderNo)
      const file = join(dir, 'short.csv')
      await run('export', 'orders', file, '--view', 'short')
      const rows = csvRows(readFileSync(file)).slice(1)
      expect([...new Set(rows.map((r) => r[1]))]).toEqual(short.orders.map((o) => o.orderNo))
    } finally {
      cleanup()
    }
  })
})
