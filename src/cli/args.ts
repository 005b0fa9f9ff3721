import { parseArgs } from 'node:util'

// Every flag any command takes; commands read the ones they need.
export const FLAG_SPEC = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  seed: { type: 'string' },
  sku: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  spec: { type: 'string' },
  price: { type: 'string' },
  cost: { type: 'string' },
  safety: { type: 'string' },
  supplier: { type: 'string' },
  'lead-time': { type: 'string' },
  substitutes: { type: 'string' },
  // Repeatable for `reorder purchase-list --qty CODE=N …`; other commands read the last one (intFlag).
  qty: { type: 'string', multiple: true },
  reason: { type: 'string' },
  key: { type: 'string' },
  search: { type: 'string' },
  filter: { type: 'string' },
  // Repeatable: `orders import --status "TEXT=state"`; other commands read the last one (see lastFlag).
  status: { type: 'string', multiple: true },
  sheet: { type: 'string' },
  parts: { type: 'string' },
  platform: { type: 'string' },
  // Shops (issue #16): the shop an import goes to, or a list is narrowed to.
  shop: { type: 'string' },
  sort: { type: 'string' },
  desc: { type: 'boolean', default: false },
  limit: { type: 'string' },
  offset: { type: 'string' },
  language: { type: 'string' },
  'time-zone': { type: 'string' },
  preset: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'skip-bad-rows': { type: 'boolean', default: false },
  'include-imported': { type: 'boolean', default: false },
  map: { type: 'string', multiple: true },
  // Stockout engine (issue #4): triage what-if, incoming deliveries, platform rules.
  now: { type: 'string' },
  eta: { type: 'string' },
  note: { type: 'string' },
  state: { type: 'string' },
  rule: { type: 'string' },
  window: { type: 'string' },
  late: { type: 'string' },
  stockout: { type: 'string' },
  format: { type: 'string' },
  to: { type: 'string' },
  // Cancellation queue (issue #5): list filters and the terms of each step.
  step: { type: 'string' },
  scope: { type: 'string' },
  overdue: { type: 'boolean' },
  channel: { type: 'string' },
  at: { type: 'string' },
  message: { type: 'string' },
  kind: { type: 'string' },
  substitute: { type: 'string' },
  coupon: { type: 'string' },
  until: { type: 'string' },
  amount: { type: 'string' },
  answer: { type: 'string' },
  by: { type: 'string' },
  compensation: { type: 'string' },
  feedback: { type: 'string' },
  'follow-up': { type: 'string' },
  cause: { type: 'string' },
  orders: { type: 'string' },
  // Buyer messages (issue #14): the template to draft from, and a template's id and words.
  template: { type: 'string' },
  id: { type: 'string' },
  body: { type: 'string' },
  file: { type: 'string' },
  // Supply-chain review (issue #6): the period (--to is shared with backup).
  from: { type: 'string' },
  days: { type: 'string' },
  // Exports of a filtered view (issue #14): which list the orders export copies.
  view: { type: 'string' },
  // Purchase lists (issue 16.4): record the list as incoming stock; the shop name printed on it.
  record: { type: 'boolean', default: false },
  'shop-name': { type: 'string' }
} as const

export type Flags = ReturnType<typeof parseCli>['flags']

export function parseCli(argv: string[]) {
  const { values, positionals } = parseArgs({ args: joinNegativeValues(argv), options: FLAG_SPEC, allowPositionals: true, strict: true })
  return { words: positionals, flags: values }
}

export class UsageError extends Error {}

/** The last value of a repeatable flag, for commands that take one. */
export const lastFlag = (v: string[] | undefined): string | undefined => v?.at(-1)

/** `--qty -3` reads as the value -3, not as a flag named "-3": rewritten to `--qty=-3`. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const next = argv[i + 1]
    const name = a.startsWith('--') ? a.slice(2) : null
    if (
      name &&
      name in FLAG_SPEC &&
      FLAG_SPEC[name as keyof typeof FLAG_SPEC].type === 'string' &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      out.push(`${a}=${next}`)
      i++
    } else out.push(a)
  }
  return out
}

/** A whole number flag, or undefined when absent; anything else is a usage error naming the flag. */
export function intFlag(flags: Flags, name: keyof Flags): number | undefined {
  const given = flags[name]
  const raw = Array.isArray(given) ? given.at(-1) : given
  if (raw === undefined) return undefined
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw.trim()))
    throw new UsageError(`--${String(name)} must be a whole number, got "${String(raw)}"`)
  return Number(raw.trim())
}

export function requireFlag(flags: Flags, name: keyof Flags): string {
  const raw = flags[name]
  if (typeof raw !== 'string' || raw.trim() === '') throw new UsageError(`--${String(name)} is required`)
  return raw
}
