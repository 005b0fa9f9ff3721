// Queue settings › Message templates. Opens on the template of the UI's language.
// The text shows its placeholders by their names in the UI language ({{买家}} in
// Chinese: localizeTemplate) and is stored in the canonical form by the core, which
// reads either name. The placeholders are chips, named in the UI language, that put
// the placeholder where the cursor is. A refused save says why on the field, in the
// merchant's language; the preview shows the text as the open case's buyer (else an
// example Pinduoduo buyer, who has no name) would get it, by the same rule the
// drafts use. Text typed and not saved stays with its template while another is looked at.
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { MessageTemplate, TemplateLang, TemplatePlaceholder } from '@shared/queue-types'
import { PLACEHOLDER_INFO } from '@shared/template-placeholders'
import { hasProblems, localizeTemplate, parseTemplate, renderTemplate, type TemplateProblems } from '@shared/template-text'
import { call, toApiError } from '../../api'
import { Field } from '../../components/Field'
import { ErrorNotice } from '../../components/ErrorNotice'
import { errorText } from '../../i18n'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'

type Values = Partial<Record<TemplatePlaceholder, string>>

/** A Pinduoduo order as exports carry it: everything but the buyer's name. */
const EXAMPLE: Record<TemplateLang, Values> = {
  'zh-CN': {
    product: '纯棉T恤',
    spec: '白色 XL',
    quantity: '1',
    orderNo: '251126-123456789012',
    substitute: '纯棉T恤 灰色 XL',
    coupon: '¥5.00',
    restockDate: '12月8日',
    refundAmount: '¥59.00'
  },
  en: {
    product: 'Cotton T-shirt',
    spec: 'White XL',
    quantity: '1',
    orderNo: '251126-123456789012',
    substitute: 'Cotton T-shirt Grey XL',
    coupon: '¥5.00',
    restockDate: 'Dec 8',
    refundAmount: '¥59.00'
  }
}

const KNOWN = {
  knownZh: PLACEHOLDER_INFO.map((p) => p.token['zh-CN']).join('、'),
  knownEn: PLACEHOLDER_INFO.map((p) => p.token.en).join(', ')
}

/** What saving would refuse, in the words the core's refusal uses. */
function problemText(t: TFunction, p: TemplateProblems): string {
  if (p.unknown.length) return t('errors.template_placeholder', { name: p.unknown.join(', '), ...KNOWN })
  if (p.strayBraces) return t('errors.template_braces', { exampleZh: '{{买家}}', exampleEn: '{{buyerName}}' })
  return t('errors.template_segment')
}

export function Templates({ caseId }: { caseId: number | null }) {
  const { t } = useTranslation()
  const { lang: uiLang } = useApp()
  const [id, setId] = useState<number | null>(null)
  const [typed, setTyped] = useState<Map<number, string>>(() => new Map())
  const { data, error, reload } = useCall('queue.templates.list', {}, [])
  // The UI's language first: its notice is what a merchant looks for.
  const rows = useMemo(() => [...(data ?? [])].sort((a, b) => Number(b.lang === uiLang) - Number(a.lang === uiLang)), [data, uiLang])
  const chosen = rows.find((r) => r.id === id) ?? rows.find((r) => r.lang === uiLang) ?? rows[0] ?? null
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!chosen) return null
  const stored = (r: MessageTemplate): string => localizeTemplate(r.body, uiLang)
  const body = typed.get(chosen.id) ?? stored(chosen)
  const forget = (templateId: number) =>
    setTyped((m) => {
      const n = new Map(m)
      n.delete(templateId)
      return n
    })
  return (
    <div className="q-settings-section" data-testid="template-editor">
      <Field label={t('queue.settings.template')}>
        <select value={chosen.id} onChange={(e) => setId(Number(e.target.value))} data-testid="template-choice">
          {rows.map((r) => (
            <option key={r.id} value={r.id}>
              {r.preset ? t(`cases.templateKinds.${r.kind}`) : r.name} · {t(`queue.draft.langs.${r.lang}`)}
              {r.edited ? ` · ${t('queue.settings.edited')}` : ''}
              {typed.has(r.id) && typed.get(r.id) !== stored(r) ? ` · ${t('queueWork.editor.unsaved')}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <TemplateEditor
        key={chosen.id}
        chosen={chosen}
        body={body}
        onBody={(b) => setTyped((m) => new Map(m).set(chosen.id, b))}
        onSaved={() => {
          forget(chosen.id)
          reload()
        }}
        caseId={caseId}
      />
    </div>
  )
}

function TemplateEditor(props: {
  chosen: MessageTemplate
  body: string
  onBody: (body: string) => void
  onSaved: () => void
  caseId: number | null
}) {
  const { t } = useTranslation()
  const { lang: uiLang, notify } = useApp()
  const { chosen, body, onBody } = props
  const area = useRef<HTMLTextAreaElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The open case's values, in the template's language, for the preview.
  const drafted = useCall(
    'queue.draft',
    props.caseId === null ? null : { caseId: props.caseId, templateId: chosen.id, kind: null, lang: chosen.lang },
    [props.caseId, chosen.id, chosen.lang]
  )
  const caseValues = drafted.error ? null : (drafted.data?.values ?? null)
  const values = caseValues ?? EXAMPLE[chosen.lang]
  const problems = parseTemplate(body).problems
  const preview = renderTemplate(body, values).text

  function change(next: string): void {
    onBody(next)
    setError(null)
  }

  function insert(token: string): void {
    const el = area.current
    const text = `{{${token}}}`
    const start = el?.selectionStart ?? body.length
    const end = el?.selectionEnd ?? start
    change(body.slice(0, start) + text + body.slice(end))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(start + text.length, start + text.length)
    })
  }

  async function run(fn: () => Promise<unknown>): Promise<void> {
    if (busy) return
    setBusy(true)
    try {
      await fn()
      setError(null)
      notify(t('queue.settings.saved'))
      props.onSaved()
    } catch (e) {
      const api = toApiError(e)
      // The text's own problems belong on the text; anything else is said as a message.
      if (api.field === 'body') setError(errorText(t, api))
      else notify(errorText(t, api), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <div className="q-tpl-chips" role="group" aria-label={t('queueWork.editor.chips')} data-testid="placeholder-chips">
        <span className="field-label">{t('queueWork.editor.chips')}</span>
        {PLACEHOLDER_INFO.map((p) => (
          <button
            key={p.name}
            type="button"
            className="chip chip-small"
            title={`{{${p.token[uiLang]}}}`}
            data-placeholder={p.name}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(p.token[uiLang])}
          >
            {p.label[uiLang]}
          </button>
        ))}
        <span className="field-hint">{t('queueWork.editor.chipsHint')}</span>
      </div>
      <Field label={t('queue.settings.body')} hint={t('queueWork.editor.rules')} error={error}>
        <textarea
          ref={area}
          rows={8}
          value={body}
          lang={chosen.lang}
          data-testid="template-body"
          onChange={(e) => change(e.target.value)}
          maxLength={4000}
        />
      </Field>
      <section className="q-tpl-preview" aria-label={t('queueWork.editor.preview')} data-testid="template-preview">
        <h4 className="field-label">
          {t('queueWork.editor.preview')} ·{' '}
          {caseValues?.orderNo ? t('queueWork.editor.previewCase', { orderNo: caseValues.orderNo }) : t('queueWork.editor.previewExample')}
        </h4>
        {hasProblems(problems) && !error ? (
          <p className="q-draft-warn" data-testid="template-problem">
            {t('queueWork.editor.previewProblem')} {problemText(t, problems)}
          </p>
        ) : null}
        <div className="q-tpl-preview-text" lang={chosen.lang} data-testid="template-preview-text">
          {preview}
        </div>
      </section>
      <div className="q-form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!body.trim() || busy}
          onClick={() =>
            void run(() => call('queue.templates.save', { id: chosen.id, kind: chosen.kind, lang: chosen.lang, name: chosen.name, body }))
          }
        >
          {t('common.save')}
        </button>
        {chosen.preset ? (
          <button
            type="button"
            className="btn"
            disabled={!chosen.edited || busy}
            onClick={() => void run(() => call('queue.templates.reset', { id: chosen.id }))}
          >
            {t('queue.settings.reset')}
          </button>
        ) : null}
      </div>
    </>
  )
}
