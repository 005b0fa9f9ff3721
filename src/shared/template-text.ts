// The text of a buyer message template: parsing, the stored (canonical) form, the
// form shown in a language, and filling it in for a case.
//
// THE RULE FOR A VALUE THE ORDER DOES NOT HAVE (a Pinduoduo export never carries
// the buyer's name, a shop may have no delivery on the way). A drafted message
// never shows a raw {{placeholder}}; instead:
//   1. A placeholder with no value disappears together with the one space before
//      it, and with the quotes or brackets around it when they are left empty:
//        "亲，{{buyerName}}您好！"  → "亲，您好！"
//        "Hi {{buyerName}},"        → "Hi,"
//        "换成「{{substitute}}」，" → "换成，"
//   2. A phrase that only makes sense with its value goes between [[ and ]]: the
//      whole phrase disappears unless every placeholder in it has a value.
//        "等补货[[（预计 {{restockDate}} 到货）]]，" → "等补货，" without a date
//        "wait[[ until {{restockDate}}]]."        → "wait." without a date
//      Spaces the phrase needs go inside the brackets. Phrases do not nest.
// Nothing else is guessed, so a merchant can tell from the template alone what a
// message without the value will read. Saving refuses a template whose braces or
// brackets do not pair up, or that names a placeholder that does not exist.
import type { TemplateLang, TemplatePlaceholder } from './queue-types'
import { placeholderInfo, placeholderNamed } from './template-placeholders'

export type TemplateSlot = { type: 'text'; text: string } | { type: 'placeholder'; typed: string; name: TemplatePlaceholder | null }
export type TemplatePart = TemplateSlot | { type: 'segment'; parts: TemplateSlot[] }

export interface TemplateProblems {
  /** Placeholder names that are not placeholders, as typed. */
  unknown: string[]
  /** A {{ or }} that does not belong to a placeholder. */
  strayBraces: boolean
  /** A [[ without its ]] (or the reverse), or one phrase inside another. */
  badSegments: boolean
}

// Half-width or full-width braces (a Chinese input method types ｛｝), any mix.
const TOKEN = /([{｛]{2})([^{}｛｝[\]\n]*?)([}｝]{2})|\[\[|\]\]|[{｛]{2}|[}｝]{2}/g

export function parseTemplate(body: string): { parts: TemplatePart[]; problems: TemplateProblems } {
  const problems: TemplateProblems = { unknown: [], strayBraces: false, badSegments: false }
  const top: TemplatePart[] = []
  let segment: TemplateSlot[] | null = null
  const push = (slot: TemplateSlot) => (segment ?? top).push(slot)
  let last = 0
  for (const m of body.matchAll(TOKEN)) {
    if (m.index > last) push({ type: 'text', text: body.slice(last, m.index) })
    last = m.index + m[0].length
    if (m[1] !== undefined) {
      const typed = m[2]!.trim()
      const name = placeholderNamed(typed)
      if (name === null && !problems.unknown.includes(typed)) problems.unknown.push(typed)
      push({ type: 'placeholder', typed, name })
    } else if (m[0] === '[[') {
      if (segment) problems.badSegments = true
      else {
        segment = []
        top.push({ type: 'segment', parts: segment })
      }
    } else if (m[0] === ']]') {
      if (segment) segment = null
      else problems.badSegments = true
    } else problems.strayBraces = true
  }
  if (last < body.length) push({ type: 'text', text: body.slice(last) })
  if (segment) problems.badSegments = true
  return { parts: top, problems }
}

export const hasProblems = (p: TemplateProblems): boolean => p.unknown.length > 0 || p.strayBraces || p.badSegments

function write(parts: readonly TemplatePart[], token: (name: TemplatePlaceholder) => string): string {
  const slot = (s: TemplateSlot): string => (s.type === 'text' ? s.text : `{{${s.name ? token(s.name) : s.typed}}}`)
  return parts.map((p) => (p.type === 'segment' ? `[[${p.parts.map(slot).join('')}]]` : slot(p))).join('')
}

/** The stored form: every placeholder by its English name, written {{name}}. Only meaningful when the body has no problems. */
export function canonicalTemplate(body: string): string {
  return write(parseTemplate(body).parts, (name) => name)
}

/** The body with each placeholder named in a language ({{买家}} in Chinese), for reading and editing. */
export function localizeTemplate(body: string, lang: TemplateLang): string {
  return write(parseTemplate(body).parts, (name) => placeholderInfo(name).token[lang])
}

export interface RenderedTemplate {
  text: string
  /** Placeholders the message uses that had a value (an empty spec counts: a SKU without one is normal). */
  filled: TemplatePlaceholder[]
  /** Placeholders with no value: left out of the text by the rule above. */
  dropped: TemplatePlaceholder[]
  /** Names that are not placeholders (only in text stored before saving checked them): left out too. */
  unknown: string[]
}

/** Where a value was left out, before the spaces and brackets around it are tidied. A private-use character no text carries. */
const GAP = '\uE000'
const PAIRS: Record<string, string> = {
  '「': '」',
  '『': '』',
  '“': '”',
  '‘': '’',
  '"': '"',
  "'": "'",
  '(': ')',
  '（': '）',
  '【': '】',
  '《': '》',
  '<': '>',
  '[': ']'
}
// Values left out side by side ("{{product}} {{spec}}" with neither) are one gap.
const GAP_RUN = new RegExp(`${GAP}(?: *${GAP})+`, 'g')
const EMPTY_PAIR = new RegExp(`( ?)(.)${GAP}(.)`, 'gu')
const GAP_WITH_SPACE = new RegExp(` ?${GAP}`, 'g')

/** Fills a template (stored or typed with either language's names) with a case's values, by the rule above. */
export function renderTemplate(body: string, values: Partial<Record<TemplatePlaceholder, string>>): RenderedTemplate {
  const filled: TemplatePlaceholder[] = []
  const dropped: TemplatePlaceholder[] = []
  const { parts, problems } = parseTemplate(body.replaceAll(GAP, ''))
  const valueOf = (name: TemplatePlaceholder | null): string | undefined =>
    name !== null && Object.hasOwn(values, name) ? values[name]?.replaceAll(GAP, '') : undefined
  const note = (name: TemplatePlaceholder | null) => {
    if (name === null) return
    const list = valueOf(name) === undefined ? dropped : filled
    if (!list.includes(name)) list.push(name)
  }
  const slot = (s: TemplateSlot): string => {
    if (s.type === 'text') return s.text
    note(s.name)
    const value = valueOf(s.name)
    return value ? value : GAP
  }
  let text = ''
  for (const p of parts) {
    if (p.type !== 'segment') text += slot(p)
    else {
      const shown = p.parts.every((s) => s.type === 'text' || !!valueOf(s.name))
      const inside = p.parts.map(slot).join('')
      if (shown) text += inside
    }
  }
  text = text
    .replace(GAP_RUN, GAP)
    .replace(EMPTY_PAIR, (whole, space: string, open: string, close: string) => (PAIRS[open] === close ? '' : whole))
    .replace(GAP_WITH_SPACE, '')
  return { text, filled, dropped, unknown: problems.unknown }
}
