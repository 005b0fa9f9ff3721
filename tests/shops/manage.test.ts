import { describe, expect, it } from 'vitest'
import { testShop } from '../helpers/shop'

const one = (s: ReturnType<typeof testShop>, sql: string, ...p: unknown[]) => s.db.prepare(sql).get(...p) as Record<string, unknown>

describe('shops: add, rename, set default', () => {
  it('the first shop of a platform becomes its default; names are trimmed and listed with their order counts', async () => {
    const s = testShop()
    const a = await s.call('shops.add', { platform: 'pdd', name: '  旗舰店 ' })
    const b = await s.call('shops.add', { platform: 'pdd', name: '二店' })
    expect(a).toMatchObject({ platform: 'pdd', name: '旗舰店', isDefault: true, orders: 0, ruleId: null })
    expect(b.isDefault).toBe(false)
    expect((await s.call('shops.list', {})).map((x) => x.name)).toEqual(['旗舰店', '二店'])
    expect(one(s, "SELECT action FROM audit_log WHERE action = 'shops.add' LIMIT 1")).toEqual({ action: 'shops.add' })
  })

  it('refuses an empty, a too long and a taken name with their own messages, and writes nothing', async () => {
    const s = testShop()
    await s.call('shops.add', { platform: 'pdd', name: '旗舰店' })
    expect(await s.fail('shops.add', { platform: 'pdd', name: '   ' })).toMatchObject({ messageKey: 'shops.errors.nameEmpty', field: 'name' })
    expect(await s.fail('shops.add', { platform: 'pdd', name: '店'.repeat(61) })).toMatchObject({
      messageKey: 'shops.errors.nameTooLong',
      params: { max: 60 }
    })
    expect(await s.fail('shops.add', { platform: 'pdd', name: '旗舰店 ' })).toMatchObject({ code: 'conflict', messageKey: 'shops.errors.nameTaken' })
    // The same name on another platform is another shop.
    await s.call('shops.add', { platform: 'taobao', name: '旗舰店' })
    expect(one(s, 'SELECT COUNT(*) AS n FROM shops')).toEqual({ n: 2 })
  })

  it('renames a shop (keeping its own name is fine) and refuses another shop’s name', async () => {
    const s = testShop()
    const a = await s.call('shops.add', { platform: 'pdd', name: 'A' })
    await s.call('shops.add', { platform: 'pdd', name: 'B' })
    expect(await s.call('shops.rename', { shopId: a.id, name: ' A ' })).toMatchObject({ name: 'A' })
    expect(await s.call('shops.rename', { shopId: a.id, name: '一号店' })).toMatchObject({ name: '一号店' })
    expect(await s.fail('shops.rename', { shopId: a.id, name: 'B' })).toMatchObject({ messageKey: 'shops.errors.nameTaken' })
    expect(await s.fail('shops.rename', { shopId: 999, name: 'C' })).toMatchObject({ code: 'not_found', messageKey: 'shops.errors.notFound' })
  })

  it('set default moves the default within the platform only', async () => {
    const s = testShop()
    const a = await s.call('shops.add', { platform: 'pdd', name: 'A' })
    const b = await s.call('shops.add', { platform: 'pdd', name: 'B' })
    const t = await s.call('shops.add', { platform: 'taobao', name: 'T' })
    await s.call('shops.setDefault', { shopId: b.id })
    const list = await s.call('shops.list', {})
    expect(list.filter((x) => x.isDefault).map((x) => x.id)).toEqual([b.id, t.id])
    expect(list.find((x) => x.id === a.id)?.isDefault).toBe(false)
  })
})
