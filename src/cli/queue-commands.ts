// CLI commands for the cancellation queue (issue #5): the queue, one case, and
// one command per step so the whole flow can be scripted (buyer messages and their
// templates: template-commands.ts). Cases are named by
// order number (--platform when the number exists on several platforms). With
// --json a case prints as the contract returns it: step, amounts, what is
// allowed next and the timeline.
import { shopFlag } from './shop-flag'
import { suggestedCauseOf } from './cause-commands'
import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import type { CallInput, CallOutput } from '../shared/contract'
import { formatYuan } from '../shared/money'
import { messageFor, type Lang } from '../shared/i18n/translate'
import { parseYuanToFen } from '../shared/money'
import { formatCaseMessage, type CauseLabels } from '../shared/queue-format'
import type { QueueCase } from '../shared/queue-types'
import { ANSWERS, BULK_ACTIONS, CASE_STEPS, FEEDBACKS, NOTIFY_CHANNELS, OFFER_KINDS, QUEUE_SCOPES } from '../shared/queue-types'
import { PLATFORMS, type Platform } from '../shared/types'
import { formatShopTime } from '../shared/time'
import { requireFlag, UsageError, type Flags } from './args'
import type { Call, Outcome } from './call'
import { timeFlag } from './engine-commands'
import { table } from './format'

const PAGE = 1000

function oneOf<T extends string>(raw: string | undefined, list: readonly T[], flag: string): T | undefined {
  if (raw === undefined) return undefined
  if (!(list as readonly string[]).includes(raw)) throw new UsageError(`--${flag} must be one of ${list.join('|')}, got "${raw}"`)
  return raw as T
}

function yuanFlag(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined
  const fen = parseYuanToFen(raw)
  if (fen === null || fen < 0) throw new UsageError(`--${flag} must be an amount in yuan like 29.90, got "${raw}"`)
  return fen
}

const platformFlag = (f: Flags): Platform | null => oneOf(f.platform, PLATFORMS, 'platform') ?? null

async function shop(call: Call): Promise<{ tz: string; causes: CauseLabels }> {
  const [settings, causes] = await Promise.all([call('settings.get', {}), call('queue.causes.list', { includeArchived: true })])
  return { tz: settings.timeZone, causes: new Map(causes.map((c) => [c.code, c])) }
}

function orderNoArg(args: string[], usage: string): string {
  const orderNo = args[0]?.trim()
  if (!orderNo) throw new UsageError(`usage: ${usage}`)
  return orderNo
}

export async function caseOf(call: Call, f: Flags, args: string[], usage: string): Promise<QueueCase> {
  return call('queue.get', { caseId: null, orderNo: orderNoArg(args, usage), platform: platformFlag(f) })
}

const time = (iso: string | null, tz: string): string => (iso ? formatShopTime(iso, tz).slice(5, 16) : '-')

export function caseText(lang: Lang, c: QueueCase, tz: string, causes: CauseLabels): string {
  const step = messageFor(lang, `cases.steps.${c.step}`)
  const left = c.hoursLeft === null ? '' : c.overdue ? ` (overdue ${Math.abs(c.hoursLeft)} h)` : ` (${c.hoursLeft} h left)`
  const lines = [
    `${c.platform} ${c.orderNo}  case #${c.caseId}  step: ${step}  order: ${messageFor(lang, `cases.situations.${c.situation}`)}`,
    `paid ${formatYuan(c.paidFen)}  ship by ${time(c.deadline, tz)}${left}  late compensation ${formatYuan(c.lateFen)}${c.shortSkus.length ? `  short of ${c.shortSkus.join(', ')}` : ''}`,
    table(
      ['line', 'code', 'item', 'qty', 'SKU now', 'was'],
      c.order.lines.map((l) => [
        l.lineNo,
        l.merchantCode,
        `${l.title} ${l.spec}`.trim(),
        l.quantity,
        `${l.sku ?? '-'}${l.short ? ' (short)' : ''}`,
        l.substitutedFrom?.sku ?? ''
      ])
    )
  ]
  if (c.engine?.reason) lines.push(`engine: ${formatCaseMessage(lang, c.engine.reason, tz, causes)}`)
  if (c.refund)
    lines.push(
      `refund ${formatYuan(c.refund.refundFen)}${c.refund.compensationFen ? `, compensation ${formatYuan(c.refund.compensationFen)}` : ''}`
    )
  for (const k of c.consequences) lines.push(`! ${formatCaseMessage(lang, k.message, tz, causes)}`)
  const allowed = Object.entries(c.allowed)
    .filter(([, s]) => s.allowed)
    .map(([a]) => a)
  lines.push(`next: ${allowed.join(', ') || '-'}`, 'timeline:')
  for (const e of c.timeline)
    lines.push(`  ${time(e.at, tz)}  ${e.undone ? '(undone) ' : ''}${formatCaseMessage(lang, e.message, tz, causes)}`)
  return lines.join('\n')
}

type StepCommand = (call: Call, f: Flags, args: string[], lang: Lang) => Promise<Outcome>

/** A step on the case named by the first argument; prints the case afterwards. */
const any = (list: readonly string[]): string => list.join('|')

/** Each step's usage, written once: its errors quote it and QUEUE_USAGE lists it; value lists come from the contract's. */
const STEP_USAGE = {
  notify: `queue notify ORDER_NO [--channel ${any(NOTIFY_CHANNELS)}] [--at TIME] [--message T]`,
  offer: `queue offer ORDER_NO --kind ${any(OFFER_KINDS)} [--substitute SKU] [--coupon 5] [--until TIME] [--amount 29.90] [--note T]`,
  answer: `queue answer ORDER_NO --answer ${any(ANSWERS)} [--until TIME] [--by TIME] [--note T]`,
  cancel: 'queue cancel ORDER_NO [--reason out_of_stock|ID|LABEL] [--note T]',
  refund: 'queue refund ORDER_NO [--amount 29.90] [--compensation 3] [--note T]',
  followup: `queue followup ORDER_NO --feedback ${any(FEEDBACKS)} [--note T] [--follow-up TIME]`,
  cause: 'queue cause ORDER_NO --cause CODE [--supplier NAME] [--note T]',
  close: 'queue close ORDER_NO [--note T]',
  undo: 'queue undo ORDER_NO'
} as const

function stepCommand(
  step: keyof typeof STEP_USAGE,
  run: (call: Call, c: QueueCase, f: Flags, tz: string) => Promise<QueueCase>
): StepCommand {
  const usage = STEP_USAGE[step]
  return async (call, f, args, lang) => {
    const c = await caseOf(call, f, args, usage)
    const { tz, causes } = await shop(call)
    const after = await run(call, c, f, tz)
    return { value: after, text: caseText(lang, after, tz, causes) }
  }
}

/** The queue's filters from the flags, the same for listing and exporting (--sku CODE: cases whose order has that SKU). */
const queueFilters = async (call: Call, f: Flags) => ({
  scope: oneOf(f.scope, QUEUE_SCOPES, 'scope') ?? 'open',
  step: oneOf(f.step, CASE_STEPS, 'step') ?? null,
  platform: platformFlag(f),
  shopId: await shopFlag(call, f),
  cause: f.cause ?? null,
  overdue: f.overdue === true ? true : null,
  search: f.search ?? '',
  productId: f.sku === undefined ? null : (await call('products.byCode', { merchantCode: f.sku })).id
})

async function listCommand(call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> {
  const { tz } = await shop(call)
  const query: CallInput<'queue.list'> = await queueFilters(call, f)
  const first = await call('queue.list', { ...query, limit: PAGE })
  const rows = [...first.rows]
  for (let offset = PAGE; offset < first.total; offset += PAGE)
    rows.push(...(await call('queue.list', { ...query, offset, limit: PAGE })).rows)
  const counts = await call('queue.counts', {
    scope: query.scope,
    platform: query.platform,
    cause: query.cause,
    overdue: query.overdue,
    search: query.search,
    productId: query.productId,
    shopId: query.shopId
  })
  const text = [
    table(
      ['platform', 'shop', 'order no', 'step', 'order', 'ship by', 'h left', 'late ¥', 'short of', 'advice'],
      rows.map((r) => [
        r.platform,
        r.shopName ?? '',
        r.orderNo,
        messageFor(lang, `cases.steps.${r.step}`),
        r.situation,
        time(r.deadline, tz),
        r.hoursLeft,
        formatYuan(r.lateFen),
        r.shortSkus.join(','),
        r.recommendation ? messageFor(lang, `engine.recommendation.${r.recommendation}`) : ''
      ])
    ),
    `${rows.length} cases; ` +
      CASE_STEPS.filter((s) => counts.byStep[s] > 0)
        .map((s) => `${s} ${counts.byStep[s]}`)
        .join(', ') +
      `; overdue ${counts.overdue}`
  ].join('\n')
  return { value: { ...first, rows, counts }, text }
}

async function reasonIdFor(call: Call, c: QueueCase, raw: string | undefined): Promise<number> {
  const reasons = await call('queue.reasons.list', { platform: c.platform })
  const want = (raw ?? 'out_of_stock').trim()
  const hit = reasons.find(
    (r) => String(r.id) === want || r.code === want || r.label === want || r.labelEn.toLowerCase() === want.toLowerCase()
  )
  if (!hit)
    throw new UsageError(
      `no cancellation reason "${want}" for ${c.platform}; one of: ${reasons.map((r) => `${r.code} (${r.label})`).join(', ')}`
    )
  return hit.id
}

async function supplierIdOf(call: Call, name: string | undefined): Promise<number | null> {
  if (name === undefined || name.trim() === '') return null
  const s = (await call('suppliers.list', {})).find((x) => x.name === name.trim() || String(x.id) === name.trim())
  if (!s) throw new UsageError(`no supplier named "${name}" (see: suppliers list)`)
  return s.id
}

const optionalTime = (raw: string | undefined, tz: string, flag: string): string | null =>
  raw === undefined ? null : timeFlag(raw, tz, flag)

export const QUEUE_COMMANDS = {
  'queue list': listCommand,
  'queue show': async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const c = await caseOf(call, f, args, 'queue show ORDER_NO [--platform P]')
    const { tz, causes } = await shop(call)
    const suggested = await suggestedCauseOf(call, c.caseId, lang, tz)
    return { value: { ...c, suggestedCause: suggested.value }, text: `${caseText(lang, c, tz, causes)}\n${suggested.text}` }
  },
  'queue notify': stepCommand('notify', (call, c, f, tz) =>
    call('queue.notify', {
      caseId: c.caseId,
      channel: oneOf(f.channel, NOTIFY_CHANNELS, 'channel') ?? 'platform_chat',
      at: optionalTime(f.at, tz, 'at'),
      message: f.message ?? ''
    })
  ),
  'queue offer': stepCommand('offer', async (call, c, f, tz) => {
    const kind = oneOf(requireFlag(f, 'kind'), OFFER_KINDS, 'kind')!
    return call('queue.offer', {
      caseId: c.caseId,
      kind,
      substituteId: f.substitute ? (await call('products.byCode', { merchantCode: f.substitute })).id : null,
      couponFen: yuanFlag(f.coupon, 'coupon') ?? null,
      waitUntil: optionalTime(f.until, tz, 'until'),
      refundFen: yuanFlag(f.amount, 'amount') ?? null,
      note: f.note ?? ''
    })
  }),
  'queue answer': stepCommand('answer', (call, c, f, tz) =>
    call('queue.answer', {
      caseId: c.caseId,
      answer: oneOf(requireFlag(f, 'answer'), ANSWERS, 'answer')!,
      waitUntil: optionalTime(f.until, tz, 'until'),
      replyBy: optionalTime(f.by, tz, 'by'),
      note: f.note ?? ''
    })
  ),
  'queue cancel': stepCommand('cancel', async (call, c, f) =>
    call('queue.cancel', { caseId: c.caseId, reasonId: await reasonIdFor(call, c, f.reason), note: f.note ?? '' })
  ),
  'queue refund': stepCommand('refund', (call, c, f) =>
    call('queue.refund', {
      caseId: c.caseId,
      refundFen: yuanFlag(f.amount, 'amount') ?? null,
      compensationFen: yuanFlag(f.compensation, 'compensation') ?? 0,
      note: f.note ?? ''
    })
  ),
  'queue followup': stepCommand('followup', (call, c, f, tz) =>
    call('queue.followup', {
      caseId: c.caseId,
      feedback: oneOf(requireFlag(f, 'feedback'), FEEDBACKS, 'feedback')!,
      note: f.note ?? '',
      followUpAt: optionalTime(f['follow-up'], tz, 'follow-up')
    })
  ),
  'queue cause': stepCommand('cause', async (call, c, f) =>
    call('queue.cause', {
      caseId: c.caseId,
      cause: requireFlag(f, 'cause'),
      supplierId: await supplierIdOf(call, f.supplier),
      note: f.note ?? ''
    })
  ),
  'queue close': stepCommand('close', (call, c, f) => call('queue.close', { caseId: c.caseId, note: f.note ?? '' })),
  'queue undo': stepCommand('undo', (call, c) => call('queue.undo', { caseId: c.caseId })),
  'queue bulk': async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const action = oneOf(args[0], BULK_ACTIONS, 'action (first argument)')
    if (!action)
      throw new UsageError('usage: queue bulk notify|cancel|cause|undo --orders NO1,NO2,… [--reason CODE] [--cause CODE] [--channel C]')
    const orderNos = requireFlag(f, 'orders')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    const caseIds: number[] = []
    for (const orderNo of orderNos) caseIds.push((await call('queue.get', { caseId: null, orderNo, platform: platformFlag(f) })).caseId)
    const r = await call('queue.bulk', {
      caseIds,
      action,
      channel: oneOf(f.channel, NOTIFY_CHANNELS, 'channel') ?? 'platform_chat',
      reasonCode: f.reason ?? null,
      cause: f.cause ?? null,
      supplierId: await supplierIdOf(call, f.supplier),
      note: f.note ?? ''
    })
    const refused = r.refused.map((x) => `  ${x.orderNo}: ${messageFor(lang, x.messageKey, x.params)}`)
    return { value: r, text: [`${action}: ${r.done} done, ${r.refused.length} refused`, ...refused].join('\n') }
  },
  'queue export': async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const path = args[0]
    const ext = path ? extname(path).toLowerCase() : ''
    if (!path || (ext !== '.csv' && ext !== '.xlsx'))
      throw new UsageError('usage: queue export FILE.csv|FILE.xlsx [--step S] [--scope open|closed|all]')
    const file = await call('export.queue', {
      format: ext === '.csv' ? 'csv' : 'xlsx',
      lang,
      ...(await queueFilters(call, f))
    })
    writeFileSync(path, file.bytes)
    return { value: { path, rows: file.rows }, text: `wrote ${file.rows} cases to ${path}` }
  },
  'queue reasons': async (call: Call, f: Flags): Promise<Outcome> => {
    const list: CallOutput<'queue.reasons.list'> = await call('queue.reasons.list', { platform: platformFlag(f) })
    return {
      value: list,
      text: table(
        ['id', 'platform', 'code', 'reason', 'in English'],
        list.map((r) => [r.id, r.platform, r.code, r.label, r.labelEn])
      )
    }
  },
  'queue causes': async (call: Call): Promise<Outcome> => {
    const list = await call('queue.causes.list', {})
    return {
      value: list,
      text: table(
        ['code', '中文', 'English', 'cases'],
        list.map((c) => [c.code, c.labelZh, c.labelEn, c.cases])
      )
    }
  }
}

export const QUEUE_USAGE = `
  queue list [--step S] [--scope open|closed|all] [--platform P] [--shop NAME|ID] [--cause CODE] [--overdue] [--search T] [--sku CODE]
                                         the cancellation queue, most urgent first, with counts per step
                                         S: ${CASE_STEPS.join('|')}
  queue show ORDER_NO [--platform P]     one case: step, amounts, what can be done next, timeline
  ${STEP_USAGE.notify}
  ${STEP_USAGE.offer}
  ${STEP_USAGE.answer}
  ${STEP_USAGE.cancel}     cancelled in the back office; cancelled here too
  ${STEP_USAGE.refund}  default: the amount paid (never more)
  ${STEP_USAGE.followup}
  ${STEP_USAGE.cause}        see: queue causes
  ${STEP_USAGE.close} | ${STEP_USAGE.undo}
  queue bulk notify|cancel|cause|undo --orders NO1,NO2,… [--reason CODE] [--cause CODE] [--channel C]
  queue export FILE.csv|FILE.xlsx [same filters as list]
  queue reasons [--platform P] | queue causes`
