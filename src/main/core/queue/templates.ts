// Buyer messages: editable templates with {{placeholders}}, filled in from a case.
// The text rules (what a value the case does not have does to the message, the
// Chinese and English placeholder names) live in shared/template-text.ts so the
// screens can show the same template the core fills. Saving checks a template and
// stores it in one form (English names); drafting never leaves a raw placeholder.
import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { DraftMessage, MessageTemplate, TemplateKind } from '../../../shared/queue-types'
import { PLACEHOLDER_INFO } from '../../../shared/template-placeholders'
import { canonicalTemplate, hasProblems, parseTemplate, renderTemplate } from '../../../shared/template-text'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { caseValues } from './draft-values'
import { TEMPLATE_PRESETS, templatePresetCode } from './presets'
import { loadCase, type CaseRow } from './rows'

/**
 * The body as it will be stored, or a typed refusal: unknown names first (the
 * likeliest mistake, named back to the merchant with the names that exist, in each
 * language), then braces or [[ ]] phrases that do not pair up.
 */
export function checkedTemplateBody(body: string): string {
  const { problems } = parseTemplate(body)
  if (problems.unknown.length)
    throw new AppError(
      'invalid_input',
      {
        field: 'body',
        name: problems.unknown.join(', '),
        knownZh: PLACEHOLDER_INFO.map((p) => p.token['zh-CN']).join('、'),
        knownEn: PLACEHOLDER_INFO.map((p) => p.token.en).join(', ')
      },
      'body',
      'errors.template_placeholder'
    )
  if (problems.strayBraces)
    throw new AppError(
      'invalid_input',
      { field: 'body', exampleZh: '{{买家}}', exampleEn: '{{buyerName}}' },
      'body',
      'errors.template_braces'
    )
  if (hasProblems(problems)) throw new AppError('invalid_input', { field: 'body' }, 'body', 'errors.template_segment')
  return canonicalTemplate(body)
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
  const body = checkedTemplateBody(input.body)
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
            body,
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
          body,
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

/**
 * The kind of message that fits where the case is. Until the buyer has been told,
 * it is the notice that asks what they prefer: no offer (least of all a refund) is
 * made before the buyer had a say. Then the offer made, else the engine's advice.
 */
function kindFor(ctx: CoreContext, c: CaseRow): TemplateKind {
  if (c.refunded_at) return 'refund_done'
  if (!c.notified_at) return 'notify'
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
    templateName: row.name,
    preset: row.preset,
    kind: row.kind,
    lang: row.lang,
    text: r.text,
    filled: r.filled,
    dropped: r.dropped,
    unknown: r.unknown,
    values,
    complete: r.dropped.length === 0 && r.unknown.length === 0
  }
}
