// CLI for shops (issue #16 point 1): `shops list|add|rename|merge|default|rule`, and the lookup
// `--shop NAME` on `orders import` uses. A shop is named by its id or its name; a name used
// by shops of two platforms needs --platform.
import type { ShopRow } from '../shared/shop-types'
import { PLATFORMS, type Platform } from '../shared/types'
import type { Flags } from './args'
import { UsageError } from './args'
import type { Call, Command } from './call'
import { table } from './format'

export const SHOPS_USAGE = `
  shops list                             every shop: platform, name, default, orders, its own rule
  shops add PLATFORM NAME                add a shop (pdd|taobao|douyin|other); the platform's first shop is its default
  shops rename ID_OR_NAME NEW_NAME       rename a shop
  shops merge FROM INTO                  move FROM's orders, imports and rule into INTO (same platform) and delete FROM
  shops default ID_OR_NAME               make a shop its platform's default (where imports land when nothing says)
  shops rule ID_OR_NAME RULE_ID|platform the shop goes by another rule of its platform (see: rules list), or the platform's again
      ([--platform P] picks among shops of several platforms sharing a name)`

const row = (s: ShopRow) => [s.id, s.platform, s.name, s.isDefault ? 'default' : '', s.orders, s.ruleId ?? 'platform']
const HEAD = ['id', 'platform', 'name', 'default', 'orders', 'rule']
const show = (s: ShopRow): string => table(HEAD, [row(s)])

function platformFlag(f: Flags): Platform | null {
  if (f.platform === undefined) return null
  if (!(PLATFORMS as readonly string[]).includes(f.platform)) throw new UsageError(`--platform must be one of ${PLATFORMS.join('|')}, got "${f.platform}"`)
  return f.platform as Platform
}

/** The shop named by an id or a name (trimmed); a usage error naming the choices otherwise. */
export async function findShop(call: Call, key: string | undefined, platform: Platform | null, what = 'shop'): Promise<ShopRow> {
  if (!key || key.trim() === '') throw new UsageError(`give the ${what}'s id or name (see: shops list)`)
  const shops = (await call('shops.list', {})).filter((s) => platform === null || s.platform === platform)
  const k = key.trim()
  const byId = /^\d+$/.test(k) ? shops.find((s) => s.id === Number(k)) : undefined
  const matches = byId ? [byId] : shops.filter((s) => s.name === k)
  if (matches.length === 0) throw new UsageError(`no shop named "${k}"${platform ? ` on ${platform}` : ''} (see: shops list; add one: shops add PLATFORM NAME)`)
  if (matches.length > 1)
    throw new UsageError(`"${k}" is a shop of several platforms (${matches.map((s) => s.platform).join(', ')}): add --platform P, or give the id`)
  return matches[0]!
}

/** `--shop NAME` of `orders import`: the shop id for orders the file names no shop for, or null. */
export async function importShopFlag(call: Call, f: Flags): Promise<number | null> {
  if (f.shop === undefined) return null
  const platform = f.platform && f.platform !== 'auto' && f.platform !== 'generic' ? platformFlag(f) : null
  return (await findShop(call, f.shop, platform)).id
}

export const SHOPS_COMMANDS: Record<string, Command> = {
  'shops list': async (call) => {
    const shops = await call('shops.list', {})
    return { value: shops, text: shops.length ? table(HEAD, shops.map(row)) : 'no shops yet (the first import of a platform creates its default shop)' }
  },
  'shops add': async (call, _f, args) => {
    const [platform, ...name] = args
    if (!platform || !(PLATFORMS as readonly string[]).includes(platform) || name.length === 0)
      throw new UsageError(`usage: shops add ${PLATFORMS.join('|')} NAME`)
    const s = await call('shops.add', { platform: platform as Platform, name: name.join(' ') })
    return { value: s, text: `added\n${show(s)}` }
  },
  'shops rename': async (call, f, args) => {
    if (args.length < 2) throw new UsageError('usage: shops rename ID_OR_NAME NEW_NAME')
    const shop = await findShop(call, args[0], platformFlag(f))
    const s = await call('shops.rename', { shopId: shop.id, name: args.slice(1).join(' ') })
    return { value: s, text: `renamed "${shop.name}" to "${s.name}"` }
  },
  'shops merge': async (call, f, args) => {
    if (args.length !== 2) throw new UsageError('usage: shops merge FROM INTO   (ids or names, same platform)')
    const from = await findShop(call, args[0], platformFlag(f), 'shop to merge')
    const into = await findShop(call, args[1], platformFlag(f) ?? from.platform, 'shop to merge into')
    const r = await call('shops.merge', { fromId: from.id, intoId: into.id })
    return {
      value: r,
      text: `merged "${from.name}" into "${into.name}": ${r.movedOrders} orders and ${r.movedBatches} imports moved\n${show(r.into)}`
    }
  },
  'shops default': async (call, f, args) => {
    const shop = await findShop(call, args.join(' '), platformFlag(f))
    const s = await call('shops.setDefault', { shopId: shop.id })
    return { value: s, text: `"${s.name}" is now the default ${s.platform} shop` }
  },
  'shops rule': async (call, f, args) => {
    if (args.length !== 2) throw new UsageError('usage: shops rule ID_OR_NAME RULE_ID|platform')
    const shop = await findShop(call, args[0], platformFlag(f))
    const ruleId = args[1] === 'platform' ? null : Number(args[1])
    if (ruleId !== null && (!Number.isSafeInteger(ruleId) || ruleId <= 0)) throw new UsageError('the rule is a rule id (see: rules list) or "platform"')
    const s = await call('shops.setRule', { shopId: shop.id, ruleId })
    return { value: s, text: ruleId === null ? `"${s.name}" goes by its platform's active rule` : `"${s.name}" goes by rule #${ruleId}` }
  }
}
