// The buyer's message, drafted from a template for this case, in a box the merchant
// can edit before copying. What the case cannot fill is left out by the core with
// its phrase (shared/template-text.ts) and named under the box, beside what was
// filled. `c` and the copy button copy what is in the box. The dropdown names the
// template that was actually drafted. Edits belong to the case, template and
// language they were made on: picking another template shows its draft and keeps
// the edits, which come back when that template is picked again (never lost silently).
import { useLayoutEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MessageTemplate, TemplateKind, TemplateLang, TemplatePlaceholder } from '@shared/queue-types'
import { TEMPLATE_KINDS, TEMPLATE_LANGS } from '@shared/queue-types'
import { useApp } from '../../lib/app-context'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useCall } from '../../lib/use-call'

/** What the user picked: a template of one language; in the other language, the preset of its kind. */
interface Pick {
  fitting: string
  templateId: number
  kind: TemplateKind
  lang: TemplateLang
}

const editKey = (caseId: number, d: Pick['templateId'], lang: TemplateLang): string => `${caseId}|${d}|${lang}`

export function MessageDraft(props: {
  caseId: number
  /** The template kind that fits the step; the user may pick another. */
  kind: TemplateKind | null
  /** Changes whenever the case (or the templates) do, so the draft follows it. */
  version: string
  /** The case's step: once it moves on (a step recorded), the case's edits were used and are let go. */
  step: string
  /** The text in the box (what `n`/Notify records as sent). */
  onText?: (text: string) => void
}) {
  const { t } = useTranslation()
  const { notify } = useApp()
  // The user's pick holds while the case and its fitting kind stay the same.
  const fitting = `${props.caseId}|${props.kind ?? ''}`
  const [picked, setPicked] = useState<Pick | null>(null)
  const pick = picked?.fitting === fitting ? picked : null
  const [lang, setLang] = useState<TemplateLang>('zh-CN')
  const [copied, setCopied] = useState(false)
  const [edits, setEdits] = useState<Map<string, { name: string; text: string }>>(() => new Map())
  const [stepSeen, setStepSeen] = useState(`${props.caseId}|${props.step}`)
  if (stepSeen !== `${props.caseId}|${props.step}`) {
    setStepSeen(`${props.caseId}|${props.step}`)
    if (stepSeen.startsWith(`${props.caseId}|`)) setEdits((m) => new Map([...m].filter(([k]) => !k.startsWith(`${props.caseId}|`))))
  }
  const samePickLang = pick !== null && pick.lang === lang
  const input = {
    caseId: props.caseId,
    templateId: samePickLang ? pick.templateId : null,
    kind: pick && !samePickLang ? pick.kind : props.kind,
    lang
  }
  const drafted = useCall('queue.draft', input, [JSON.stringify(input), props.version])
  const templates = useCall('queue.templates.list', {}, [props.version])
  // A failed draft shows the failure, not the draft of before.
  const draft = drafted.error ? null : drafted.data
  const key = draft ? editKey(props.caseId, draft.templateId, draft.lang) : ''
  const edit = draft ? edits.get(key) : undefined
  const text = edit?.text ?? draft?.text ?? ''
  // Edits left on another template (or language) of this case: said, so they are not thought lost.
  const kept = [...edits.entries()].filter(([k]) => k !== key && k.startsWith(`${props.caseId}|`))
  const { onText } = props
  // A layout effect, not a passive one: the parent's copy of the text (what `n` records) is
  // updated in the same task as the box, so a key pressed right after a template switch
  // can never record the text the box showed before.
  useLayoutEffect(() => onText?.(text), [text, onText])

  function setText(value: string): void {
    if (!draft) return
    setEdits((m) => new Map(m).set(key, { name: draft.templateName, text: value }))
  }
  function restore(): void {
    setEdits((m) => {
      const n = new Map(m)
      n.delete(key)
      return n
    })
    notify(t('queueWork.draft.restored'))
  }

  async function copy(): Promise<void> {
    if (!draft) return
    if (!text.trim()) {
      notify(t('queueWork.draft.empty'), 'error')
      return
    }
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 2500)
      if (edit) notify(t('queueWork.draft.copiedEdited'), 'success')
      else notify(draft.complete ? t('queue.draft.copied') : t('queue.draft.copiedMissing'), draft.complete ? 'success' : 'info')
    } catch {
      notify(t('queue.draft.copyFailed'), 'error')
    }
  }

  // In the order a case goes through them: the notice first, the refund done last.
  const options = (templates.data ?? [])
    .filter((x) => x.lang === lang)
    .sort((a, b) => TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind))
  const optionLabel = (x: MessageTemplate): string =>
    x.preset ? t(`cases.templateKinds.${x.kind}`) : t('queueWork.draft.own', { name: x.name })

  return (
    <section className="q-draft" aria-label={t('queue.draft.title')} data-testid="message-draft">
      <div className="q-draft-head">
        <h3 className="section-title">{t('queue.draft.title')}</h3>
        <label className="select-inline">
          <span className="sr-only">{t('queue.draft.template')}</span>
          <select
            aria-label={t('queue.draft.template')}
            data-testid="draft-template"
            value={draft?.templateId ?? ''}
            disabled={!draft}
            onChange={(e) => {
              const x = options.find((o) => o.id === Number(e.target.value))
              if (x) setPicked({ fitting, templateId: x.id, kind: x.kind, lang: x.lang })
            }}
          >
            {draft && !options.some((o) => o.id === draft.templateId) ? (
              <option value={draft.templateId}>{draft.templateName}</option>
            ) : null}
            {options.map((x) => (
              <option key={x.id} value={x.id} data-kind={x.kind}>
                {optionLabel(x)}
                {edits.has(editKey(props.caseId, x.id, lang)) ? ` · ${t('queueWork.draft.edited')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented q-lang" role="group" aria-label={t('queue.draft.lang')}>
          {TEMPLATE_LANGS.map((l) => (
            <button
              key={l}
              type="button"
              className={`segment${l === lang ? ' active' : ''}`}
              aria-pressed={l === lang}
              onClick={() => setLang(l)}
            >
              {t(`queue.draft.langs.${l}`)}
            </button>
          ))}
        </div>
      </div>
      {templates.error ? <ErrorNotice error={templates.error} onRetry={templates.reload} /> : null}
      {drafted.error ? <ErrorNotice error={drafted.error} onRetry={drafted.reload} /> : null}
      {draft ? (
        <>
          <label className="q-draft-label" htmlFor={`draft-${props.caseId}`}>
            {t('queueWork.draft.textLabel')}
            {edit ? <span className="tag tag-warning">{t('queueWork.draft.edited')}</span> : null}
          </label>
          <textarea
            id={`draft-${props.caseId}`}
            className="q-draft-text"
            data-testid="draft-text"
            lang={draft.lang}
            rows={8}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="q-draft-facts" data-testid="draft-facts">
            {draft.filled.length ? (
              <PlaceholderTags testId="draft-filled" label={t('queueWork.draft.filledLabel')} names={draft.filled} tone="ok" />
            ) : null}
            {draft.dropped.length ? (
              <PlaceholderTags testId="draft-missing" label={t('queueWork.draft.droppedLabel')} names={draft.dropped} tone="warning" />
            ) : null}
            {draft.unknown.length ? (
              <span className="q-draft-warn">{t('queue.draft.unknown', { names: draft.unknown.join(t('queue.listSep')) })}</span>
            ) : null}
            {kept.map(([k, v]) => (
              <span key={k} className="muted" data-testid="draft-kept">
                {t('queueWork.draft.keptEdits', { name: v.name })}
              </span>
            ))}
          </div>
        </>
      ) : null}
      <div className="q-draft-actions">
        <button type="button" className="btn btn-small" data-shortcut="copy" disabled={!draft} onClick={() => void copy()}>
          {copied ? t('queue.draft.copiedShort') : t('queue.draft.copy')} <kbd>C</kbd>
        </button>
        {edit ? (
          <button type="button" className="btn btn-small" onClick={restore}>
            {t('queueWork.draft.restore')}
          </button>
        ) : null}
        <span className="muted small">{t('queue.draft.hint')}</span>
      </div>
    </section>
  )
}

/** Placeholders as chips named in the UI language: "Filled in from the order: [product] [spec]". */
function PlaceholderTags(props: { testId: string; label: string; names: TemplatePlaceholder[]; tone: 'ok' | 'warning' }) {
  const { t } = useTranslation()
  return (
    <span className="q-draft-tags" data-testid={props.testId} role={props.tone === 'warning' ? 'status' : undefined}>
      {props.label}
      {props.names.map((m) => (
        <span key={m} className={`tag tag-${props.tone}`} data-placeholder={m}>
          {t(`cases.placeholders.${m}`)}
        </span>
      ))}
    </span>
  )
}
