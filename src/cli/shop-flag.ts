// `--shop NAME|ID` on the lists, the review and the exports (issue #16): narrows
// them to one shop's orders. A name is looked up across platforms; a name two
// platforms share needs the platform too ("pdd:店铺名") or the shop's id.
import { PLATFORMS } from '../shared/types'
import { UsageError, type Flags } from './args'
import type { Call } from './call'

/** The shop id `--shop` names, or null without the flag; an unknown or ambiguous shop is a usage error (exit 2). */
export async function shopFlag(call: Call, f: Flags): Promise<number | null> {
  const raw = f.shop?.trim()
  if (raw === undefined) return null
  const shops = await call('shops.list', {})
  const known = shops.map((s) => `${s.platform}:${s.name} (#${s.id})`).join(', ') || 'none yet'
  if (raw === '') throw new UsageError(`--shop needs a shop's name or id (shops: ${known})`)
  const colon = raw.indexOf(':')
  const platform = colon > 0 ? raw.slice(0, colon) : null
  const matches = /^\d+$/.test(raw)
    ? shops.filter((s) => String(s.id) === raw)
    : platform !== null && (PLATFORMS as readonly string[]).includes(platform)
      ? shops.filter((s) => s.platform === platform && s.name === raw.slice(colon + 1).trim())
      : shops.filter((s) => s.name === raw)
  if (matches.length === 0) throw new UsageError(`no shop "${raw}" (shops: ${known})`)
  if (matches.length > 1)
    throw new UsageError(
      `"${raw}" names a shop on several platforms: say which, e.g. ${matches.map((s) => `--shop ${s.platform}:${s.name}`).join(' or ')}`
    )
  return matches[0]!.id
}
