// CLI for the merchant's status meanings and for bundles (issue #11).
import type { CallInput } from '../shared/contract'
import { parseBundleParts } from '../shared/bundle-parts'
import { ORDER_STATUSES, type OrderStatus } from '../shared/types'
import { requireFlag, UsageError, type Flags } from './args'
import type { Call, Outcome } from './call'
import { table } from './format'

export const VOCABULARY_USAGE = `
  statuses list                          what you said unknown order-status texts mean, per platform
  statuses set --platform P --name TEXT --state awaiting_shipment|shipped|received|cancelled|unpaid
  statuses remove --platform P --name TEXT
  bundle list                            bundles (组合装): a shop code shipping several SKUs × quantity
  bundle set CODE --parts A001x1,B011x2 [--name NAME]
  bundle remove CODE`

/** "TEXT=state" pairs from repeated --status flags (the text may itself hold "="; the last one splits). */
export function parseStatusFlags(list: string[] | undefined): Record<string, OrderStatus> | null {
  if (!list?.length) return null
  const map: Record<string, OrderStatus> = {}
  for (const item of list) {
    const eq = item.lastIndexOf('=')
    const text = item.slice(0, eq).trim()
    const state = item.slice(eq + 1).trim() as OrderStatus
    if (eq <= 0 || !text || !ORDER_STATUSES.includes(state))
      throw new UsageError(`--status takes "TEXT=${ORDER_STATUSES.join('|')}", e.g. --status "待成团=unpaid" (got "${item}")`)
    map[text] = state
  }
  return map
}

/** "A001x1,B011x2" → parts; a part without "xN" counts once. */
export function parseParts(text: string): { merchantCode: string; quantity: number }[] {
  const parts = parseBundleParts(text)
  if (!parts) throw new UsageError(`--parts takes CODExQTY,… e.g. A001x1,B011x2 (got "${text}")`)
  return parts
}

const platformOf = (f: Flags) => requireFlag(f, 'platform') as CallInput<'statuses.set'>['platform']

export const VOCABULARY_COMMANDS = {
  'statuses list': async (call: Call): Promise<Outcome> => {
    const list = await call('statuses.list', {})
    return {
      value: list,
      text: list.length
        ? table(
            ['platform', 'text', 'means'],
            list.map((r) => [r.platform, r.text, r.status])
          )
        : 'no meanings saved'
    }
  },
  'statuses set': async (call: Call, f: Flags): Promise<Outcome> => {
    const r = await call('statuses.set', {
      platform: platformOf(f),
      text: requireFlag(f, 'name'),
      status: requireFlag(f, 'state') as OrderStatus
    })
    return { value: r, text: `${r.platform}: “${r.text}” means ${r.status}` }
  },
  'statuses remove': async (call: Call, f: Flags): Promise<Outcome> => {
    const r = await call('statuses.remove', { platform: platformOf(f), text: requireFlag(f, 'name') })
    return { value: r, text: 'removed' }
  },
  'bundle list': async (call: Call): Promise<Outcome> => {
    const list = await call('bundles.list', {})
    return {
      value: list,
      text: list.length
        ? table(
            ['code', 'name', 'parts', 'lines', 'open orders'],
            list.map((b) => [b.code, b.name, b.parts.map((p) => `${p.merchantCode}×${p.quantity}`).join(', '), b.lines, b.openOrders])
          )
        : 'no bundles'
    }
  },
  'bundle set': async (call: Call, f: Flags, args: string[]): Promise<Outcome> => {
    const code = args[0]
    if (!code) throw new UsageError('usage: bundle set CODE --parts A001x1,B011x2')
    const b = await call('bundles.set', { code, name: f.name ?? '', parts: parseParts(requireFlag(f, 'parts')) })
    return { value: b, text: `${b.code} = ${b.parts.map((p) => `${p.merchantCode}×${p.quantity}`).join(' + ')}` }
  },
  'bundle remove': async (call: Call, _f: Flags, args: string[]): Promise<Outcome> => {
    const code = args[0]
    if (!code) throw new UsageError('usage: bundle remove CODE')
    return { value: await call('bundles.remove', { code }), text: 'removed' }
  }
}
