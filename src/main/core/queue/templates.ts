// Buyer messages: editable templates with {{placeholders}}, filled in from a case.
// A value the case does not have stays visible as its placeholder and is listed
// in `missing`, so the merchant sees what to fill in before pasting the message
// into the platform's chat; "undefined" or an empty gap can never be sent.
import type { ParsedInput } from '../../../shared/contract'
import { formatYuan } from '../../../shared/money'
import { AppError } from '../../../shared/errors'
import type { DraftMessage, MessageTemplate, TemplateKind, TemplateLang, TemplatePlaceholder } from '../../../shared/queue-types'
import { TEMPLATE_PLACEHOLDERS } from '../../../shared/queue-types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { getSettings } from '../settings/settings'
import { TEMPLATE_PRESETS, templatePresetCode } from './presets'
import { lackingIds, loadCase, type CaseRow } from './rows'

// The space before a placeholder goes with it when its value is empty ("「{{product}} {{spec}}」" with no spec).
const PLACEHOLDER = /( ?)\{\{\s*([^{}\s]*)\s*\}\}/g
const KNOWN = new Set<string>(TEMPLATE_PLACEHOLDERS)

export interface Rendered {
  text: string
  missing: TemplatePlaceholder[]
  unknown: string[]
}

/** Fills {{name}} from `values`; a missing value keeps its placeholder and is listed, an unknown name is listed as unknown. */
export function renderTemplate(body: string, values: Partial<Record<TemplatePlaceholder, string>>): Rendered {
  const missing: TemplatePlaceholder[] = []
  const unknown: string[] = []
  const text = body.replace(PLACEHOLDER, (whole, space: string, name: string) => {
    if (!KNOWN.has(name)) {
      if (!unknown.includes(name)) unknown.push(name)
      return whole
    }
    const key = name as TemplatePlaceholder
    const value = Object.hasOwn(values, key) ? values[key] : undefined
    if (value === undefined) {
      if (!missing.includes(key)) missing.push(key)
      return `${space}{{${key}}}`
    }
    return value === '' ? '' : space + value
  })
  return { text, missing, unknown }
}

/** Placeholders in a template that do not exist. */
export function unknownPlaceholders(body: string): string[] {
  return renderTemplate(body, {}).unknown
}

/** A row of queue_templates: the template's own fields, with SQLite's 0/1 and column name. */
interface TemplateRow extends Pick<MessageTemplate, 'id' | 'kind' | 'lang' | 'name' | 'body' | 'preset'> {
  edited: number
  updated_at: string
}

const toTemplate = (r: TemplateRow): MessageTemplate => ({
  id: r.id,
  kind: r.kind,
  lang: r.lang,
  name: r.name,
  body: r.body,
  preset: r.preset,
  edited: r.edited === 1,
  updatedAt: r.updated_at
})

function templateRow(ctx: CoreContext, id: number): TemplateRow {
  const row = prepared(ctx.db, 'SELECT * FROM queue_templates WHERE id = ?').get(id) as TemplateRow | undefined
  if (!row) throw new AppError('not_found', { entity: 'template', id }, 'id')
  return row
}

export function listTemplates(ctx: CoreContext): MessageTemplate[] {
  return (prepared(ctx.db, 'SELECT * FROM queue_templates ORDER BY kind, lang, preset IS NULL, id').all() as TemplateRow[]).map(toTemplate)
}

export function saveTemplate(ctx: CoreContext, input: ParsedInput<'queue.templates.save'>): MessageTemplate {
  const unknown = unknownPlaceholders(input.body)
  if (unknown.length)
    throw new AppError('invalid_input', { field: 'body', name: unknown.join(', ') }, 'body', 'errors.template_placeholder')
  return ctx.db
    .transaction(() => {
      const now = isoNow(ctx)
      let id = input.id
      if (id === null) {
        id = Number(
          prepared(ctx.db, 'INSERT INTO queue_templates (kind, lang, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
            input.kind,
            input.lang,
            input.name,
            input.body,
            now,
            now
          ).lastInsertRowid
        )
      } else {
        const was = templateRow(ctx, id)
        // A preset keeps its kind and language (it is the one drafts of that kind use); only its words change.
        if (was.preset !== null && (was.kind !== input.kind || was.lang !== input.lang)) {
          throw new AppError('conflict', {}, 'kind', 'errors.template_preset_kind')
        }
        prepared(ctx.db, 'UPDATE queue_templates SET kind = ?, lang = ?, name = ?, body = ?, edited = ?, updated_at = ? WHERE id = ?').run(
          input.kind,
          input.lang,
          input.name,
          input.body,
          was.preset !== null ? 1 : 0,
          now,
          id
        )
      }
      recordAudit(ctx, 'queue.template.save', 'template', id, { kind: input.kind, lang: input.lang, name: input.name })
      return toTemplate(templateRow(ctx, id))
    })
    .immediate()
}

export function resetTemplate(ctx: CoreContext, id: number): MessageTemplate {
  return ctx.db
    .transaction(() => {
      const was = templateRow(ctx, id)
      const preset = TEMPLATE_PRESETS.find((t) => templatePresetCode(t) === was.preset)
      if (!preset) throw new AppError('conflict', {}, 'id', 'errors.template_not_preset')
      prepared(ctx.db, 'UPDATE queue_templates SET name = ?, body = ?, edited = 0, updated_at = ? WHERE id = ?').run(
        preset.name,
        preset.body,
        isoNow(ctx),
        id
      )
      recordAudit(ctx, 'queue.template.reset', 'template', id, { preset: was.preset })
      return toTemplate(templateRow(ctx, id))
    })
    .immediate()
}

export function deleteTemplate(ctx: CoreContext, id: number): { deleted: boolean } {
  return ctx.db
    .transaction(() => {
      const was = templateRow(ctx, id)
      if (was.preset !== null) throw new AppError('conflict', {}, 'id', 'errors.template_preset_delete')
      prepared(ctx.db, 'DELETE FROM queue_templates WHERE id = ?').run(id)
      recordAudit(ctx, 'queue.template.delete', 'template', id, { name: was.name })
      return { deleted: true }
    })
    .immediate()
}

/** The kind of message that fits where the case is. */
function kindFor(ctx: CoreContext, c: CaseRow): TemplateKind {
  if (c.refunded_at) return 'refund_done'
  if (c.offer_kind) return `offer_${c.offer_kind}`
  const rec = (
    prepared(ctx.db, 'SELECT recommendation FROM engine_actions WHERE order_id = ?').get(c.order_id) as
      { recommendation: string } | undefined
  )?.recommendation
  if (rec === 'substitute') return 'offer_substitute'
  if (rec === 'wait') return 'offer_wait'
  if (rec === 'cancel') return 'offer_refund'
  return 'notify'
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()
/** A day as buyers write it: 11月28日 / Nov 28, in the shop's time zone. */
function shopDay(iso: string, lang: TemplateLang, timeZone: string): string {
  const key = `${lang}|${timeZone}`
  let f = dayFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, month: lang === 'zh-CN' ? 'numeric' : 'short', day: 'numeric' })
    dayFormats.set(key, f)
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(iso)).map((p) => [p.type, p.value]))
  return lang === 'zh-CN' ? `${parts.month}月${parts.day}日` : `${parts.month} ${parts.day}`
}

interface ProductText {
  name: string
  spec: string
}

/** What a case can say about each placeholder; a value it does not have is left out. */
export function caseValues(ctx: CoreContext, c: CaseRow, lang: TemplateLang): Partial<Record<TemplatePlaceholder, string>> {
  const db = ctx.db
  const { timeZone } = getSettings(ctx)
  const order = prepared(db, 'SELECT order_no AS orderNo, buyer_name AS buyerName, paid_fen AS paidFen FROM orders WHERE id = ?').get(
    c.order_id
  ) as {
    orderNo: string
    buyerName: string
    paidFen: number
  }
  const lines = prepared(
    db,
    `SELECT l.title, l.spec, l.quantity, l.product_id AS productId, p.name, p.spec AS productSpec
     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.line_no`
  ).all(c.order_id) as {
    title: string
    spec: string
    quantity: number
    productId: number | null
    name: string | null
    productSpec: string | null
  }[]
  const lacking = new Set(lackingIds(c))
  // The line the message is about: the one the order is short of (or the offer replaces), else its first.
  const line =
    lines.find((l) => l.productId !== null && l.productId === c.offer_product_id) ??
    lines.find((l) => l.productId !== null && lacking.has(l.productId)) ??
    lines[0]
  const engine = prepared(db, 'SELECT substitute_id AS substituteId, ready_at AS readyAt FROM engine_actions WHERE order_id = ?').get(
    c.order_id
  ) as { substituteId: number | null; readyAt: string | null } | undefined
  const substituteId = c.offer_substitute_id ?? engine?.substituteId ?? null
  const substitute =
    substituteId === null
      ? undefined
      : (prepared(db, 'SELECT name, spec FROM products WHERE id = ?').get(substituteId) as ProductText | undefined)
  // The date agreed with the buyer, else when restock completes the order, else the next delivery of the short SKU.
  const nextDelivery =
    line?.productId == null
      ? undefined
      : (prepared(
          db,
          `SELECT MIN(expected_at) AS at FROM incoming_stock WHERE product_id = ? AND status = 'open' AND expected_at >= ?`
        ).get(line.productId, isoNow(ctx)) as { at: string | null } | undefined)
  const restock = c.answer_wait_until ?? c.offer_wait_until ?? engine?.readyAt ?? nextDelivery?.at ?? null
  const values: Partial<Record<TemplatePlaceholder, string>> = {
    orderNo: order.orderNo,
    refundAmount: formatYuan(c.refund_fen ?? c.offer_refund_fen ?? order.paidFen)
  }
  if (order.buyerName.trim()) values.buyerName = order.buyerName.trim()
  if (line) {
    const product = (line.title || line.name || '').trim()
    if (product) values.product = product
    // A SKU without a spec is normal: an empty spec is a value, not a gap.
    values.spec = (line.spec || line.productSpec || '').trim()
    values.quantity = String(line.quantity)
  }
  if (substitute) values.substitute = `${substitute.name} ${substitute.spec}`.trim()
  if (c.offer_coupon_fen !== null && c.offer_coupon_fen > 0) values.coupon = formatYuan(c.offer_coupon_fen)
  if (restock) values.restockDate = shopDay(restock, lang, timeZone)
  return values
}

export function draftMessage(ctx: CoreContext, input: ParsedInput<'queue.draft'>): DraftMessage {
  const c = loadCase(ctx.db, input.caseId)
  let row: TemplateRow | undefined
  if (input.templateId !== null) row = templateRow(ctx, input.templateId)
  else {
    const kind = input.kind ?? kindFor(ctx, c)
    row = prepared(ctx.db, 'SELECT * FROM queue_templates WHERE kind = ? AND lang = ? ORDER BY preset IS NULL, id LIMIT 1').get(
      kind,
      input.lang
    ) as TemplateRow | undefined
    if (!row) throw new AppError('not_found', { entity: 'template', kind }, 'kind')
  }
  const values = caseValues(ctx, c, row.lang)
  const r = renderTemplate(row.body, values)
  return {
    templateId: row.id,
    kind: row.kind,
    lang: row.lang,
    text: r.text,
    missing: r.missing,
    unknown: r.unknown,
    values,
    complete: r.missing.length === 0 && r.unknown.length === 0
  }
}
