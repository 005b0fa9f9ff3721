import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'
import { tempDir } from '../helpers/shop'
import { pddCsv } from '../import/fixtures'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const A = '261126-000000000000001'
const B = '261126-000000000000002'

function shopDb(): string {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return join(t.dir, 'shop.db')
}

describe('shops from the CLI', () => {
  it('adds, lists, renames, sets the default and merges shops, with --json', async () => {
    const db = shopDb()
    const added = await cli(db, 'shops', 'add', 'pdd', '旗舰店', '--json')
    expect(added.code).toBe(0)
    expect(JSON.parse(added.out)).toMatchObject({ platform: 'pdd', name: '旗舰店', isDefault: true })
    expect((await cli(db, 'shops', 'add', 'pdd', '二店')).code).toBe(0)
    expect((await cli(db, 'shops', 'rename', '二店', '分店')).out).toContain('renamed "二店" to "分店"')
    expect((await cli(db, 'shops', 'default', '分店')).out).toContain('"分店" is now the default pdd shop')
    const merged = await cli(db, 'shops', 'merge', '分店', '旗舰店', '--json')
    expect(JSON.parse(merged.out)).toMatchObject({ movedOrders: 0, into: { name: '旗舰店', isDefault: true } })
    const list = JSON.parse((await cli(db, 'shops', 'list', '--json')).out) as { name: string }[]
    expect(list.map((s) => s.name)).toEqual(['旗舰店'])
  })

  it('refuses a taken name in the user’s language and an unknown shop as a usage error', async () => {
    const db = shopDb()
    await cli(db, 'shops', 'add', 'pdd', 'A')
    const taken = await cli(db, 'shops', 'add', 'pdd', 'A', '--lang', 'en')
    expect(taken.code).toBe(1)
    expect(taken.err).toContain('This platform already has a shop named “A”.')
    const zh = await cli(db, 'shops', 'add', 'pdd', 'A', '--lang', 'zh-CN')
    expect(zh.err).toContain('这个平台已经有名为“A”的店铺。')
    const unknown = await cli(db, 'shops', 'rename', 'nope', 'B')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('no shop named "nope"')
  })

  it('orders import --shop NAME puts the file’s new orders in that shop', async () => {
    const db = shopDb()
    const t = tempDir()
    cleanups.push(t.cleanup)
    const first = join(t.dir, 'a.csv')
    const second = join(t.dir, 'b.csv')
    writeFileSync(first, pddCsv([{ orderNo: A, code: 'CUP' }]))
    writeFileSync(second, pddCsv([{ orderNo: B, code: 'CUP' }]))
    expect((await cli(db, 'orders', 'import', first)).out).toContain('new shops: 拼多多店铺')
    await cli(db, 'shops', 'add', 'pdd', '二店')
    const r = await cli(db, 'orders', 'import', second, '--shop', '二店', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).shops).toMatchObject({ shopName: '二店', create: [] })
    const list = JSON.parse((await cli(db, 'shops', 'list', '--json')).out) as { name: string; orders: number }[]
    expect(list.map((s) => [s.name, s.orders])).toEqual([
      ['拼多多店铺', 1],
      ['二店', 1]
    ])
    expect((await cli(db, 'orders', 'import', second, '--shop', '没有这家')).code).toBe(2)
  })
})
