// CLI commands for buyer messages (issue #14): draft the message for a case, and
// list, edit, reset or delete the templates it is drafted from. A template is named
// by its kind (notify, the preset of that kind in --lang), its preset code
// (notify.zh-CN), its id or its name. Placeholders may be typed with Chinese or
// English names ({{买家}} or {{buyerName}}); the text view shows them in --lang.
import { readFileSync } from 'node:fs'
import type { DraftMessage, MessageTemplate, TemplateKind, TemplateLang, TemplatePlaceholder } from '../shared/queue-types'
import { TEMPLATE_KINDS, TEMPLATE_LANGS } from '../shared/queue-types'
import { placeholderInfo } from '../shared/template-placeholders'
import { localizeTemplate } from '../shared/template-text'
import type { Lang } from '../shared/i18n/translate'
import { requireFlag, UsageError, type Flags } from './args'
import type { Call, Outcome } from './call'
import { table } from './format'
import { caseOf } from './queue-commands'

const DRAFT_USAGE = 'queue draft ORDER_NO [--template KIND|CODE|ID|NAME] [--lang zh-CN|en] [--platform P]'
const TEMPLATES_USAGE = 'queue templates list|placeholders|show T|save|reset T|delete T'

/** A template named on the command line, or the kind whose preset to use. */
async function templateRef(call: Call, raw: string): Promise<{ templateId: number | null; kind: TemplateKind | null }> {
  const want = raw.trim()
  if ((TEMPLATE_KINDS as readonly string[]).includes(want)) return { templateId: null, kind: want as TemplateKind }
  return { templateId: (await findTemplate(call, want)).id, kind: null }
}

async function findTemplate(call: Call, want: string): Promise<MessageTemplate> {
  const all = await call('queue.templates.list', {})
  const hit = all.find((t) => String(t.id) === want || t.preset === want) ?? all.find((t) => t.name === want)
  if (!hit)
    throw new UsageError(
      `no template "${want}"; one of the kinds ${TEMPLATE_KINDS.join('|')}, or: ${all.map((t) => `${t.id} ${t.preset ?? ''} ${t.name}`.replace(/ +/g, ' ')).join(', ')}`
    )
  return hit
}

const labels = (lang: Lang, names: readonly TemplatePlaceholder[]): string =>
  names.map((n) => placeholderInfo(n).label[lang]).join(lang === 'zh-CN' ? '、' : ', ') || '-'

function draftText(lang: Lang, d: DraftMessage): string {
  const zh = lang === 'zh-CN'
  const line = (zhLabel: string, enLabel: string, value: string) => (zh ? `${zhLabel}：${value}` : `${enLabel}: ${value}`)
  const lines = [d.text, '', line('模板', 'template', `${d.templateName} (${d.preset ?? (zh ? '自建' : 'own')}, #${d.templateId})`)]
  lines.push(line('已填入', 'filled', labels(lang, d.filled)))
  if (d.dropped.length) lines.push(line('订单里没有，已省略', 'left out, not on the order', labels(lang, d.dropped)))
  if (d.unknown.length) lines.push(line('不是占位符，已省略', 'left out, not placeholders', d.unknown.join(', ')))
  return lines.join('\n')
}

function langFlag(f: Flags, fallback: TemplateLang): TemplateLang {
  if (f.lang === undefined) return fallback
  if (!(TEMPLATE_LANGS as readonly string[]).includes(f.lang)) throw new UsageError(`--lang must be one of ${TEMPLATE_LANGS.join('|')}`)
  return f.lang as TemplateLang
}

const templateRows = (lang: Lang, list: MessageTemplate[]): string =>
  table(
    ['id', 'kind', 'lang', 'name', 'preset', 'edited'],
    list.map((t) => [t.id, t.kind, t.lang, t.name, t.preset ?? '', t.edited ? 'yes' : ''])
  ) + `\n(${lang === 'zh-CN' ? '查看全文' : 'full text'}: queue templates show ID)`

const shown = (lang: Lang, t: MessageTemplate): string =>
  `#${t.id} ${t.kind} ${t.lang} ${t.name}${t.preset ? ` (${t.preset}${t.edited ? ', edited' : ''})` : ''}\n${localizeTemplate(t.body, lang)}`

async function templatesCommand(call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> {
  const [sub, ref] = args
  switch (sub) {
    case undefined:
    case 'list': {
      const list = await call('queue.templates.list', {})
      return { value: list, text: templateRows(lang, list) }
    }
    case 'placeholders': {
      const list = await call('queue.templates.placeholders', {})
      return {
        value: list,
        text: table(
          ['name', '中文', 'label', 'also accepted'],
          list.map((p) => [`{{${p.token.en}}}`, `{{${p.token['zh-CN']}}}`, p.label[lang], p.aliases.join(' ')])
        )
      }
    }
    case 'show': {
      const t = await findTemplate(call, ref ?? requireFlag(f, 'id'))
      return { value: t, text: shown(lang, t) }
    }
    case 'save': {
      // --id edits one (its kind and language unless given); without it a new template of the merchant's own.
      const was = f.id === undefined ? null : await findTemplate(call, f.id)
      const body = f.file !== undefined ? readFileSync(f.file, 'utf8') : requireFlag(f, 'body')
      const kind = f.kind ?? was?.kind
      if (!kind || !(TEMPLATE_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`--kind must be one of ${TEMPLATE_KINDS.join('|')}`)
      const t = await call('queue.templates.save', {
        id: was?.id ?? null,
        kind: kind as TemplateKind,
        lang: langFlag(f, was?.lang ?? 'zh-CN'),
        name: f.name ?? was?.name ?? requireFlag(f, 'name'),
        body
      })
      return { value: t, text: shown(lang, t) }
    }
    case 'reset':
    case 'delete': {
      if (!ref) throw new UsageError(`usage: queue templates ${sub} ID|CODE|NAME`)
      const t = await findTemplate(call, ref)
      if (sub === 'reset') {
        const after = await call('queue.templates.reset', { id: t.id })
        return { value: after, text: shown(lang, after) }
      }
      const r = await call('queue.templates.delete', { id: t.id })
      return { value: r, text: `deleted #${t.id} ${t.name}` }
    }
    default:
      throw new UsageError(`usage: ${TEMPLATES_USAGE}`)
  }
}

export const TEMPLATE_COMMANDS = {
  'queue draft': async (call: Call, f: Flags, args: string[], lang: Lang): Promise<Outcome> => {
    const c = await caseOf(call, f, args, DRAFT_USAGE)
    // --kind is the older spelling of --template KIND.
    const raw = f.template ?? f.kind
    const ref = raw === undefined ? { templateId: null, kind: null } : await templateRef(call, raw)
    const d = await call('queue.draft', { caseId: c.caseId, ...ref, lang: langFlag(f, lang) })
    return { value: d, text: draftText(lang, d) }
  },
  'queue templates': templatesCommand
}

export const TEMPLATE_USAGE = `
  ${DRAFT_USAGE}
                                         the buyer's message for the case (the template that fits its step unless named);
                                         a value the order lacks is left out with its phrase, and listed
  queue templates [list]                 the message templates (id, kind, language, preset)
  queue templates placeholders           the placeholders with their Chinese and English names
  queue templates show ID|CODE|NAME      one template's text, placeholders named in --lang
  queue templates save [--id ID] --kind K --lang zh-CN|en --name N (--body TEXT | --file PATH)
                                         edit a template or add your own; {{买家}} and {{buyerName}} both work;
                                         [[ … ]] marks a phrase left out when a value in it is missing
  queue templates reset ID|CODE | queue templates delete ID|CODE|NAME`
