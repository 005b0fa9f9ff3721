// The buyer's message, drafted from a template for this case. What the case
// cannot fill is left out by the core with its phrase (shared/template-text.ts) and
// listed under the text. Copy puts it on the clipboard. The select shows the kind
// the core actually drafted when the case's step picks it.
import { Fragment, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftMessage, TemplateKind, TemplateLang } from '@shared/queue-types'
import { TEMPLATE_KINDS, TEMPLATE_LANGS } from '@shared/queue-types'
import { useApp } from '../../lib/app-context'
import { EnumOptions } from '../../components/EnumOptions'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useCall } from '../../lib/use-call'

function highlighted(text: string) {
  const parts = text.split(/(\{\{[^{}]*\}\})/g)
  return parts.map((p, i) =>
    /^\{\{[^{}]*\}\}$/.test(p) ? (
      <mark key={i} className="q-missing">
        {p}
      </mark>
    ) : (
      <Fragment key={i}>{p}</Fragment>
    )
  )
}

export function MessageDraft(props: {
  caseId: number
  /** The template kind that fits the step; the user may pick another. */
  kind: TemplateKind | null
  /** Changes whenever the case does, so the draft follows it. */
  version: string
  onDraft?: (d: DraftMessage | null) => void
}) {
  const { t } = useTranslation()
  const { notify } = useApp()
  // The user's pick holds while the case and its fitting kind stay the same.
  const fitting = `${props.caseId}|${props.kind ?? ''}`
  const [picked, setPicked] = useState<{ fitting: string; kind: TemplateKind | null } | null>(null)
  const kind = picked?.fitting === fitting ? picked.kind : props.kind
  const setKind = (k: TemplateKind | null) => setPicked({ fitting, kind: k })
  const [lang, setLang] = useState<TemplateLang>('zh-CN')
  const [copied, setCopied] = useState(false)
  const { onDraft } = props
  const drafted = useCall('queue.draft', { caseId: props.caseId, kind, lang }, [props.caseId, kind, lang, props.version])
  // A failed draft shows the failure, not the draft of before.
  const draft = drafted.error ? null : drafted.data
  const error = drafted.error
  useEffect(() => onDraft?.(draft), [draft, onDraft])

  async function copy(): Promise<void> {
    if (!draft) return
    try {
      await navigator.clipboard.writeText(draft.text)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 2500)
      notify(draft.complete ? t('queue.draft.copied') : t('queue.draft.copiedMissing'), draft.complete ? 'success' : 'info')
    } catch {
      notify(t('queue.draft.copyFailed'), 'error')
    }
  }

  return (
    <section className="q-draft" aria-label={t('queue.draft.title')} data-testid="message-draft">
      <div className="q-draft-head">
        <h3 className="section-title">{t('queue.draft.title')}</h3>
        <label className="select-inline">
          <span className="sr-only">{t('queue.draft.template')}</span>
          <select
            aria-label={t('queue.draft.template')}
            value={kind ?? draft?.kind ?? ''}
            onChange={(e) => setKind((e.target.value || null) as TemplateKind | null)}
          >
            <EnumOptions values={TEMPLATE_KINDS} label={(k) => t(`cases.templateKinds.${k}`)} />
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
      {error ? <ErrorNotice error={error} /> : null}
      {draft ? (
        <>
          <div className="q-draft-text" data-testid="draft-text" lang={draft.lang}>
            {highlighted(draft.text)}
          </div>
          {draft.dropped.length || draft.unknown.length ? (
            <div className="q-draft-warn" role="status" data-testid="draft-missing">
              {draft.dropped.length
                ? t('queue.draft.missing', { names: draft.dropped.map((m) => t(`cases.placeholders.${m}`)).join(t('queue.listSep')) })
                : null}
              {draft.unknown.length ? ` ${t('queue.draft.unknown', { names: draft.unknown.join(t('queue.listSep')) })}` : null}
            </div>
          ) : null}
        </>
      ) : null}
      <div className="q-draft-actions">
        <button type="button" className="btn btn-small" data-shortcut="copy" disabled={!draft} onClick={() => void copy()}>
          {copied ? t('queue.draft.copiedShort') : t('queue.draft.copy')} <kbd>C</kbd>
        </button>
        <span className="muted small">{t('queue.draft.hint')}</span>
      </div>
    </section>
  )
}
