// CLI commands for the stockout engine (issue #4): triage of open orders, alerts,
// reorder suggestions, incoming stock and platform rules. Reasons and alerts are
// put into words with the same messages the app shows, times in the shop's zone.
import { shopFlag } from './shop-flag'
import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import type { CallInput, CallOutput } from '../shared/contract'
import { formatEngineMessage } from '../shared/engine-format'
import { formatYuan } from '../shared/money'
import type { EngineMessage, PenaltyFormula, PlatformRule, TriageRow } from '../shared/engine-types'
import { messageFor, type Lang } from '../shared/i18n/translate'
import { parseYuanToFen } from '../shared/money'
import { formatShopTime, zonedToUtc } from '../shared/time'
import { intFlag, lastFlag, requireFlag, UsageError, type Flags } from './args'
import type { Call, Outcome } from './call'
import { table } from './format'

const PAGE = 1000

/**
 * A time from the command line: with a zone (…Z, …+08:00) as written; without one
 * ("2026-11-27 14:00") in the shop's time zone, as the merchant reads the clock.
 */
export function timeFlag(raw: string, timeZone: string, flag: string): string {
  const text = raw.trim().replace(' ', 'T')
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return text
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text)
  if (!m) throw new UsageError(`--${flag} must be a time like 2026-11-27T14:00 (shop time) or 2026-11-27T06:00Z, got "${raw}"`)
  const utc = zonedToUtc(
    { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), h: Number(m[4] ?? 0), mi: Number(m[5] ?? 0), s: Number(m[6] ?? 0) },
    timeZone
  )
  return new Date(utc).toISOString()
}

/** "3" or "¥3" → ¥3 per order; "10%", "10%:5" or "10%:5:100" → 10% of the amount paid, min ¥5, max ¥100. */
export function penaltyFlag(raw: string, flag: string): PenaltyFormula {
  const bad = (): never => {
    throw new UsageError(`--${flag} takes an amount in yuan (3) or a percentage with optional min and max (10%:5:100), got "${raw}"`)
  }
  const yuan = (t: string): number => {
    const fen = parseYuanToFen(t)
    return fen === null || fen < 0 ? bad() : fen
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*(?::\s*([^:]*))?(?::\s*([^:]*))?$/.exec(raw)
  if (!m) return { kind: 'fixed', fixedFen: yuan(raw) }
  const percentBp = Math.round(Number(m[1]) * 100)
  if (percentBp > 10_000) bad()
  return { kind: 'percent', percentBp, minFen: m[2] ? yuan(m[2]) : 0, maxFen: m[3] ? yuan(m[3]) : null }
}

export function describePenalty(lang: Lang, p: PenaltyFormula): string {
  if (p.kind === 'fixed') return messageFor(lang, 'engine.penalty.fixed', { fixedFen: formatYuan(p.fixedFen) })
  const params = { percent: p.percentBp / 100, minFen: formatYuan(p.minFen), maxFen: p.maxFen === null ? '' : formatYuan(p.maxFen) }
  return messageFor(lang, p.maxFen === null ? 'engine.penalty.percentNoMax' : 'engine.penalty.percent', params)
}

const ruleName = (lang: Lang, r: PlatformRule): string =>
  r.preset && !r.edited ? messageFor(lang, `engine.presets.${r.preset}.name`) : r.name
const ruleSource = (lang: Lang, r: PlatformRule): string =>
  r.preset && !r.edited ? messageFor(lang, `engine.presets.${r.preset}.source`) : r.source

async function shopTimeZone(call: Call): Promise<string> {
  return (await call('settings.get', {})).timeZone
}

async function productIdOf(call: Call, code: string | undefined): Promise<number | null> {
  return code === undefined ? null : (await call('products.byCode', { merchantCode: code })).id
}

async function supplierIdOf(call: Call, name: string | undefined): Promise<number | null | undefined> {
  if (name === undefined) return undefined
  if (name.trim() === '') return null
  const s = (await call('suppliers.list', {})).find((x) => x.name === name.trim() || String(x.id) === name.trim())
  if (!s) throw new UsageError(`no supplier named "${name}" (see: suppliers list)`)
  return s.id
}

function idArg(args: string[], usage: string): number {
  const raw = args[0]
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(`usage: ${usage}`)
  return Number(raw)
}

async function allTriage(
  call: Call,
  now: string | null,
  state: CallInput<'engine.triage'>['state'],
  search: string,
  shopId: number | null = null
): Promise<CallOutput<'engine.triage'>> {
  const first = await call('engine.triage', { now, state, search, shopId, sort: 'urgency', limit: PAGE })
  const rows = [...first.rows]
  for (let offset = PAGE; offset < first.total; offset += PAGE) {
    rows.push(...(await call('engine.triage', { now, state, search, shopId, sort: 'urgency', offset, limit: PAGE })).rows)
  }
  return { ...first, rows }
}

const words = (lang: Lang, tz: string, m: EngineMessage | null): string | null => (m ? formatEngineMessage(lang, m, tz) : null)

async function triage(call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> {
  const tz = await shopTimeZone(call)
  const now = f.now ? timeFlag(f.now, tz, 'now') : null
  // Without --now: the results as of this moment, stored like any recompute; with --now: a what-if that stores nothing.
  if (now === null) await call('engine.recompute', {})
  const state = (f.state ?? null) as CallInput<'engine.triage'>['state']
  const shopId = await shopFlag(call, f)
  const page = await allTriage(call, now, state, f.search ?? '', shopId)
  const alerts = await call('engine.alerts', { now, limit: PAGE, shopId })
  const orders = page.rows.map((r: TriageRow) => ({
    platform: r.platform,
    shop: r.shopName,
    orderNo: r.orderNo,
    state: r.state,
    deadline: r.deadline,
    // "derived": paid time + the platform's window, an assumption (no promised ship time in the export).
    deadlineSource: r.deadlineSource,
    hoursLeft: r.hoursLeft,
    penaltyFen: r.lateFen,
    refundFlag: r.refundFlag,
    refundFen: r.refundFen,
    presale: r.presale,
    recommendation: r.recommendation,
    substituteSku: r.substituteSku,
    reason: words(lang, tz, r.reason)
  }))
  const alertList = alerts.groups.flatMap((g) => g.items.map((i) => ({ kind: i.kind, sku: i.sku, message: formatEngineMessage(lang, i.message, tz) })))
  const value = { now: page.now, orders, alerts: alertList }
  const head = now
    ? messageFor(lang, 'engine.cli.whatIf', { nowAt: formatShopTime(now, tz).slice(0, 16) })
    : messageFor(lang, 'engine.cli.computedAt', { computedAt: formatShopTime(page.computedAt, tz).slice(0, 16) })
  const text = [
    head,
    orders.length
      ? table(
          ['platform', 'order no', 'state', 'ship by', 'hours left', 'late ¥', 'do', 'why'],
          page.rows.map((r) => [
            r.platform,
            r.orderNo,
            r.state,
            formatShopTime(r.deadline, tz).slice(5, 16),
            r.hoursLeft,
            formatYuan(r.lateFen),
            r.recommendation ? messageFor(lang, `engine.recommendation.${r.recommendation}`) : '',
            words(lang, tz, r.reason) ?? (r.unmappedCodes.length ? r.unmappedCodes.join(', ') : '')
          ])
        )
      : messageFor(lang, 'engine.cli.noOpenOrders'),
    ...alertList.map((a) => `[${a.kind}] ${a.message}`)
  ].join('\n')
  return { value, text }
}

async function alertsCommand(call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> {
  const tz = await shopTimeZone(call)
  const now = f.now ? timeFlag(f.now, tz, 'now') : null
  const a = await call('engine.alerts', { now, limit: intFlag(f, 'limit') ?? 20 })
  const lines = [
    `short ${a.summary.shortOrders} (overdue ${a.overdueShort}), ready ${a.summary.readyOrders}, unmapped ${a.summary.unmappedOrders}; late compensation at stake ${formatYuan(a.summary.lateFenShort)}`
  ]
  for (const g of a.groups) {
    if (g.count === 0) continue
    lines.push(`${messageFor(lang, `engine.alertKinds.${g.kind}`)} (${g.count})`)
    for (const i of g.items) lines.push(`  ${formatEngineMessage(lang, i.message, tz)}`)
  }
  return { value: a, text: lines.join('\n') }
}

async function reorder(call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> {
  const tz = await shopTimeZone(call)
  const plan = await call('engine.reorder', { supplierId: (await supplierIdOf(call, f.supplier)) ?? null, search: f.search ?? '' })
  const lines = [`service level ${plan.serviceLevel * 100}% (z ${plan.z}), demand over ${plan.demandDays} days in stock before ${formatShopTime(plan.demandTo, tz).slice(0, 10)}`]
  for (const g of plan.groups) {
    lines.push('', `${g.supplierName ?? messageFor(lang, 'engine.reorder.noSupplier')}: ${g.totalUnits} units, ${formatYuan(g.totalCostFen)}`)
    lines.push(
      table(
        ['code', 'name', 'available', 'incoming', 'waiting', 'avg/day', 'safety', 'reorder pt', 'order'],
        g.lines.map((l) => [
          l.merchantCode,
          `${l.name} ${l.spec}`.trim(),
          l.available,
          l.incoming,
          l.waitingUnits,
          l.avgDailyDemand.value,
          l.safetyStock.value,
          l.reorderPoint.value,
          l.suggestedQty.value
        ])
      )
    )
    for (const l of g.lines) lines.push(`  ${l.merchantCode}: ${formatEngineMessage(lang, l.suggestedQty.formula, tz)}`)
  }
  return { value: plan, text: lines.join('\n') }
}

const incomingText = (tz: string, r: CallOutput<'incoming.add'>): string =>
  `#${r.id} ${r.merchantCode} ×${r.quantity} ${r.status}${r.overdue ? ' (overdue)' : ''}, expected ${formatShopTime(r.expectedAt, tz).slice(0, 16)}${r.supplierName ? `, from ${r.supplierName}` : ''}`

async function rulesSet(call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> {
  const platform = requireFlag(f, 'platform') as PlatformRule['platform']
  const rules = await call('rules.list', {})
  const target = f.rule
    ? rules.find((r) => r.platform === platform && (String(r.id) === f.rule || r.preset === f.rule))
    : rules.find((r) => r.platform === platform && r.active)
  if (!target) throw new UsageError(`no rule "${f.rule ?? 'active'}" for platform ${platform} (see: rules list)`)
  const edits = f.window !== undefined || f.late !== undefined || f.stockout !== undefined || f.name !== undefined
  if (!edits) {
    await call('rules.activate', { id: target.id })
  } else {
    await call('rules.save', {
      id: target.id,
      platform,
      name: f.name ?? target.name,
      shipWindowHours: intFlag(f, 'window') ?? target.shipWindowHours,
      late: f.late !== undefined ? penaltyFlag(f.late, 'late') : target.late,
      stockout: f.stockout !== undefined ? penaltyFlag(f.stockout, 'stockout') : target.stockout,
      source: target.source,
      sourceDate: target.sourceDate,
      activate: f.rule !== undefined
    })
  }
  const after = (await call('rules.list', {})).find((r) => r.id === target.id)!
  return {
    value: after,
    text: `${platform}: ${ruleName(lang, after)}${after.active ? ' (active)' : ''} — ${after.shipWindowHours} h, late ${describePenalty(lang, after.late)}, stockout ${describePenalty(lang, after.stockout)}`
  }
}

export const ENGINE_COMMANDS = {
  recompute: async (call: Call): Promise<Outcome> => {
    const s = await call('engine.recompute', {})
    return {
      value: s,
      text: `${s.openOrders} open orders: ${s.readyOrders} ready, ${s.shortOrders} short (wait ${s.wait}, substitute ${s.substitute}, cancel ${s.cancel}), ${s.unmappedOrders} unmapped — ${s.durationMs} ms`
    }
  },
  triage,
  alerts: alertsCommand,
  reorder,
  'export reorder': async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const path = args[0]
    const ext = path ? extname(path).toLowerCase() : ''
    if (!path || (ext !== '.csv' && ext !== '.xlsx')) throw new UsageError('usage: export reorder FILE.csv|FILE.xlsx [--supplier NAME]')
    const file = await call('export.reorder', {
      format: ext === '.csv' ? 'csv' : 'xlsx',
      lang,
      supplierId: (await supplierIdOf(call, f.supplier)) ?? null,
      search: f.search ?? ''
    })
    writeFileSync(path, file.bytes)
    return { value: { path, rows: file.rows }, text: `wrote ${file.rows} rows to ${path}` }
  },
  'incoming add': async (call: Call, f: Flags): Promise<Outcome> => {
    const tz = await shopTimeZone(call)
    const quantity = intFlag(f, 'qty')
    if (quantity === undefined) throw new UsageError('--qty is required')
    const productId = (await productIdOf(call, requireFlag(f, 'sku')))!
    const supplierId = await supplierIdOf(call, f.supplier)
    const r = await call('incoming.add', {
      productId,
      quantity,
      expectedAt: timeFlag(requireFlag(f, 'eta'), tz, 'eta'),
      ...(supplierId !== undefined ? { supplierId } : {}),
      note: f.note ?? ''
    })
    return { value: r, text: `added ${incomingText(tz, r)}` }
  },
  'incoming list': async (call: Call, f: Flags): Promise<Outcome> => {
    const tz = await shopTimeZone(call)
    const status = lastFlag(f.status) === 'all' ? null : ((lastFlag(f.status) ?? 'open') as CallInput<'incoming.list'>['status'])
    const page = await call('incoming.list', { status, productId: await productIdOf(call, f.sku), search: f.search ?? '', limit: PAGE })
    const text = table(
      ['id', 'sku', 'qty', 'expected', 'status', 'supplier', 'note'],
      page.rows.map((r) => [r.id, r.merchantCode, r.quantity, formatShopTime(r.expectedAt, tz).slice(0, 16), r.overdue ? 'overdue' : r.status, r.supplierName, r.note])
    )
    return { value: page, text: `${text}\n${page.rows.length} of ${page.total} deliveries` }
  },
  'incoming receive': async (call: Call, f: Flags, args: string[]): Promise<Outcome> => {
    const tz = await shopTimeZone(call)
    const r = await call('incoming.receive', { id: idArg(args, 'incoming receive ID [--qty N]'), quantity: intFlag(f, 'qty') ?? null })
    return { value: r, text: `received ${incomingText(tz, r.incoming)} → on hand ${r.movement.balance}` }
  },
  'incoming edit': async (call: Call, f: Flags, args: string[]): Promise<Outcome> => {
    const tz = await shopTimeZone(call)
    const id = idArg(args, 'incoming edit ID [--qty N] [--eta TIME] [--supplier NAME] [--note T]')
    const current = await call('incoming.get', { id })
    const supplierId = await supplierIdOf(call, f.supplier)
    const r = await call('incoming.update', {
      id,
      quantity: intFlag(f, 'qty') ?? current.quantity,
      expectedAt: f.eta ? timeFlag(f.eta, tz, 'eta') : current.expectedAt,
      supplierId: supplierId === undefined ? current.supplierId : supplierId,
      note: f.note ?? current.note
    })
    return { value: r, text: `updated ${incomingText(tz, r)}` }
  },
  'incoming cancel': async (call: Call, f: Flags, args: string[]): Promise<Outcome> => {
    const tz = await shopTimeZone(call)
    const r = await call('incoming.cancel', { id: idArg(args, 'incoming cancel ID [--reason T]'), reason: f.reason ?? '' })
    return { value: r, text: `cancelled ${incomingText(tz, r)}` }
  },
  'rules list': async (call: Call, _f: Flags, _args: string[], lang: Lang): Promise<Outcome> => {
    const rules = await call('rules.list', {})
    const text = rules
      .map((r) =>
        [
          `${r.active ? '*' : ' '} #${r.id} ${r.platform} ${r.preset ?? ''}${r.edited ? ' (edited)' : ''} — ${ruleName(lang, r)}`,
          `    ship window ${r.shipWindowHours} h; late ${describePenalty(lang, r.late)}; stockout ${describePenalty(lang, r.stockout)}`,
          `    source (${r.sourceDate ?? 'undated'}): ${ruleSource(lang, r)}`
        ].join('\n')
      )
      .join('\n')
    return { value: rules, text: `${text}\n(* = the rule its platform uses)` }
  },
  'rules set': rulesSet
}

export const ENGINE_USAGE = `
  recompute                              recompute allocation, triage, alerts and reorder figures now
  triage [--now TIME] [--state short|ready|unmapped] [--shop NAME|ID] [--search T]   open orders: ready/short/unmapped, deadline, penalty, what to do
                                         (--now is a what-if: evaluated as of TIME, nothing stored changes)
  alerts [--now TIME] [--limit N]        out of stock, short orders by urgency, overdue deliveries, run-outs, below safety, unmapped codes
  reorder [--supplier NAME] [--search T]  reorder suggestions by supplier, with how each quantity was computed
  export reorder FILE.csv|FILE.xlsx [--supplier NAME] [--search T]
  incoming add --sku CODE --qty N --eta TIME [--supplier NAME] [--note T]
  incoming list [--status open|received|cancelled|all] [--sku CODE] [--search T]
  incoming receive ID [--qty N] | incoming edit ID [--qty N] [--eta TIME] | incoming cancel ID [--reason T]
  rules list | rules set --platform P [--rule ID|PRESET] [--window HOURS] [--late 3|10%:5:100] [--stockout …] [--name N]
                                         TIME: 2026-11-27T14:00 (shop time zone) or with a zone, e.g. 2026-11-27T06:00Z`
