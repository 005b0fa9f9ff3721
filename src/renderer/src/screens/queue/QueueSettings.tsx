// "Queue settings": the platforms' cancellation reasons, the stockout causes and
// the buyer message templates, editable without leaving the queue.
import { useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CancelReason, StockoutCause } from '@shared/queue-types'
import type { Platform } from '@shared/types'
import { call, toApiError } from '../../api'
import { Drawer } from '../../components/Drawer'
import { Field } from '../../components/Field'
import { errorText } from '../../i18n'
import { useApp } from '../../lib/app-context'
import { causeLabel, reasonLabel } from '@shared/queue-format'
import { useCall } from '../../lib/use-call'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PlatformSelect } from '../../components/EnumOptions'
import { Templates } from './TemplateEditor'

type Tab = 'reasons' | 'causes' | 'templates'
const TABS: Tab[] = ['reasons', 'causes', 'templates']

/** `caseId`: the case open in the queue, whose buyer the template preview is shown for. */
export function QueueSettings({ onClose, caseId }: { onClose: () => void; caseId: number | null }) {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('reasons')
  return (
    <Drawer label={t('queue.settings.title')} title={t('queue.settings.title')} onClose={onClose} testId="queue-settings">
      <div className="segmented q-tabs" role="tablist">
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={x === tab}
            className={`segment${x === tab ? ' active' : ''}`}
            onClick={() => setTab(x)}
          >
            {t(`queue.settings.${x}`)}
          </button>
        ))}
      </div>
      {tab === 'reasons' ? <Reasons /> : tab === 'causes' ? <Causes /> : <Templates caseId={caseId} />}
    </Drawer>
  )
}

/** Runs a change and says so: "Saved", or the failure in the user's language. True when it went through. */
function useRun() {
  const { t } = useTranslation()
  const { notify } = useApp()
  return useCallback(
    async (fn: () => Promise<unknown>, ok: string = t('queue.settings.saved')): Promise<boolean> => {
      try {
        await fn()
        notify(ok)
        return true
      } catch (e) {
        notify(errorText(t, toApiError(e)), 'error')
        return false
      }
    },
    [notify, t]
  )
}

/** Hide an entry from the choices (its cases keep it), or bring it back. */
function HideToggle({ archived, onToggle }: { archived: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  return (
    <button type="button" className="btn btn-small" onClick={onToggle}>
      {archived ? t('queue.settings.restore') : t('queue.settings.hide')}
    </button>
  )
}

/** The form under a list that adds an entry: `added` (clear the fields, read the list again) once it is saved. */
function AddForm({ add, added, children }: { add: () => Promise<unknown>; added: () => void; children: ReactNode }) {
  const run = useRun()
  return (
    <form
      className="q-settings-add"
      onSubmit={(e) => {
        e.preventDefault()
        void run(add).then((ok) => ok && added())
      }}
    >
      {children}
    </form>
  )
}

function Reasons() {
  const { t } = useTranslation()
  const { lang } = useApp()
  const run = useRun()
  const [platform, setPlatform] = useState<Platform>('pdd')
  const [label, setLabel] = useState('')
  const [labelEn, setLabelEn] = useState('')
  const { data, error, reload: load } = useCall('queue.reasons.list', { platform, includeArchived: true }, [platform])
  const rows: CancelReason[] = data ?? []
  return (
    <div className="q-settings-section">
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      <PlatformSelect label={t('queue.filters.platform')} value={platform} onChange={setPlatform} />
      <ul className="q-settings-list">
        {rows.map((r) => (
          <li key={r.id} className={r.archived ? 'muted' : ''}>
            <span>{reasonLabel(lang, r)}</span>
            <HideToggle
              archived={r.archived}
              onToggle={() => void run(() => call('queue.reasons.archive', { id: r.id, archived: !r.archived })).then(load)}
            />
          </li>
        ))}
      </ul>
      <AddForm
        add={() => call('queue.reasons.save', { id: null, platform, label, labelEn, position: null })}
        added={() => {
          setLabel('')
          setLabelEn('')
          load()
        }}
      >
        <Field label={t('queue.settings.labelZh')}>
          <input value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={100} />
        </Field>
        <Field label={t('queue.settings.labelEn')}>
          <input value={labelEn} onChange={(e) => setLabelEn(e.target.value)} maxLength={100} />
        </Field>
        <button type="submit" className="btn" disabled={!label.trim()}>
          {t('queue.settings.addReason')}
        </button>
      </AddForm>
    </div>
  )
}

function Causes() {
  const { t } = useTranslation()
  const { lang } = useApp()
  const run = useRun()
  const [code, setCode] = useState('')
  const [labelZh, setLabelZh] = useState('')
  const [labelEn, setLabelEn] = useState('')
  const { data, error, reload: load } = useCall('queue.causes.list', { includeArchived: true }, [])
  const rows: StockoutCause[] = data ?? []
  return (
    <div className="q-settings-section">
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      <ul className="q-settings-list">
        {rows.map((r) => (
          <li key={r.code} className={r.archived ? 'muted' : ''}>
            <span>
              {causeLabel(lang, r)} <span className="mono muted small">{r.code}</span>
            </span>
            <span className="muted small">{t('queue.settings.cases', { count: r.cases })}</span>
            {r.builtin ? null : (
              <HideToggle
                archived={r.archived}
                onToggle={() => void run(() => call('queue.causes.archive', { code: r.code, archived: !r.archived })).then(load)}
              />
            )}
          </li>
        ))}
      </ul>
      <AddForm
        add={() => call('queue.causes.save', { code: code.trim(), labelZh, labelEn })}
        added={() => {
          setCode('')
          setLabelZh('')
          setLabelEn('')
          load()
        }}
      >
        <Field label={t('queue.settings.code')} hint={t('queue.settings.codeHint')}>
          <input value={code} onChange={(e) => setCode(e.target.value)} required maxLength={40} className="mono" />
        </Field>
        <Field label={t('queue.settings.labelZh')}>
          <input value={labelZh} onChange={(e) => setLabelZh(e.target.value)} required maxLength={100} />
        </Field>
        <Field label={t('queue.settings.labelEn')}>
          <input value={labelEn} onChange={(e) => setLabelEn(e.target.value)} required maxLength={100} />
        </Field>
        <button type="submit" className="btn" disabled={!code.trim() || !labelZh.trim() || !labelEn.trim()}>
          {t('queue.settings.addCause')}
        </button>
      </AddForm>
    </div>
  )
}
