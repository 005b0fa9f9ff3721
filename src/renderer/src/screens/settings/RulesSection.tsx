// Settings › Platform rules. Rules are data, not truth: each platform uses one
// rule at a time (ship window, late-shipment compensation, stockout deduction),
// every preset shows where its figures come from and when, and all can be edited,
// reset, or replaced by the user's own.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlatformRule } from '@shared/engine-types'
import type { ApiError } from '@shared/errors'
import { PLATFORMS, type Platform } from '@shared/types'
import { call, toApiError } from '../../api'
import { PlatformTag } from '../../components/Badges'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Icon } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { penaltyText, ruleName, ruleSource } from '../../lib/engine-text'
import { formatInt } from '../../lib/format'
import { RuleForm } from './RuleForm'

type Dialog = { kind: 'edit'; rule: PlatformRule | null; platform: Platform } | { kind: 'reset' | 'delete'; rule: PlatformRule } | null

/** `scrollIntoView`: a link pointed here; once the rules are on screen, bring them into view. */
export function RulesSection({ scrollIntoView = false }: { scrollIntoView?: boolean }) {
  const { t } = useTranslation()
  const { lang, notify, refreshStatus } = useApp()
  const [rules, setRules] = useState<PlatformRule[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState<number | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [version, setVersion] = useState(0)
  const ref = useRef<HTMLElement>(null)
  const scrolled = useRef(false)
  const loaded = rules !== null
  useEffect(() => {
    if (!scrollIntoView || !loaded || scrolled.current) return
    scrolled.current = true
    ref.current?.scrollIntoView({ block: 'start' })
  }, [scrollIntoView, loaded])

  useEffect(() => {
    let live = true
    call('rules.list', {}).then(
      (r) => {
        if (!live) return
        setRules(r)
        setError(null)
      },
      (e: unknown) => live && setError(toApiError(e))
    )
    return () => {
      live = false
    }
  }, [version])

  /** Rules drive deadlines and penalties: the engine has recomputed, so the sidebar's numbers are read again too. */
  const changed = useCallback(() => {
    setVersion((v) => v + 1)
    refreshStatus()
  }, [refreshStatus])

  async function activate(rule: PlatformRule): Promise<void> {
    setBusy(rule.id)
    setError(null)
    try {
      setRules(await call('rules.activate', { id: rule.id }))
      refreshStatus()
      notify(t('rules.activated', { name: ruleName(lang, rule), platform: t(`platform.${rule.platform}`) }))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <section ref={ref} className="box rules-section" id="rules" aria-labelledby="rules-title" data-testid="rules-section">
      <h2 className="box-title" id="rules-title">
        {t('rules.title')}
      </h2>
      <p className="muted small">{t('rules.hint')}</p>
      {error ? <ErrorNotice error={error} onRetry={changed} /> : null}
      {!rules && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {rules
        ? PLATFORMS.map((platform) => {
            const list = rules.filter((r) => r.platform === platform)
            return (
              <div key={platform} className="rule-platform" data-platform={platform}>
                <div className="rule-platform-head">
                  <PlatformTag platform={platform} />
                  <span className="muted small">{t('rules.pickOne')}</span>
                  <span className="spacer" />
                  <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'edit', rule: null, platform })}>
                    <Icon name="plus" size={14} />
                    {t('rules.add')}
                  </button>
                </div>
                <div role="radiogroup" aria-label={t('rules.activeFor', { platform: t(`platform.${platform}`) })} className="rule-list">
                  {list.map((r) => {
                    const name = ruleName(lang, r)
                    return (
                      <div key={r.id} className={`rule-card${r.active ? ' active' : ''}`} data-testid="rule-card" data-rule-id={r.id}>
                        <input
                          type="radio"
                          className="rule-pick"
                          name={`rule-${platform}`}
                          checked={r.active}
                          disabled={busy !== null}
                          aria-label={t('rules.useThis', { name })}
                          onChange={() => void activate(r)}
                        />
                        <div className="rule-body">
                          <div className="rule-title">
                            <strong>{name}</strong>
                            {r.active ? <span className="tag tag-ok">{t('rules.inUse')}</span> : null}
                            <span className={`tag ${r.preset && r.edited ? 'tag-warning' : 'tag-muted'}`}>
                              {r.preset ? (r.edited ? t('rules.presetEdited') : t('rules.preset')) : t('rules.custom')}
                            </span>
                          </div>
                          <dl className="rule-figures">
                            <div>
                              <dt>{t('rules.shipWindow')}</dt>
                              <dd>{t('rules.hours', { count: r.shipWindowHours, n: formatInt(r.shipWindowHours) })}</dd>
                            </div>
                            <div>
                              <dt>{t('rules.late')}</dt>
                              <dd data-testid="rule-late">{penaltyText(lang, r.late)}</dd>
                            </div>
                            <div>
                              <dt>{t('rules.stockout')}</dt>
                              <dd>{penaltyText(lang, r.stockout)}</dd>
                            </div>
                          </dl>
                          <p className="rule-source">
                            <span className="rule-source-label">
                              {r.sourceDate ? t('rules.sourceDated', { date: r.sourceDate }) : t('rules.sourceUndated')}
                            </span>
                            {ruleSource(lang, r) || <span className="muted">{t('rules.noSource')}</span>}
                          </p>
                        </div>
                        <div className="rule-actions">
                          <button
                            type="button"
                            className="btn btn-small"
                            aria-label={t('rules.editThis', { name })}
                            onClick={() => setDialog({ kind: 'edit', rule: r, platform })}
                          >
                            <Icon name="edit" size={14} />
                            {t('rules.edit')}
                          </button>
                          {r.preset && r.edited ? (
                            <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'reset', rule: r })}>
                              <Icon name="reset" size={14} />
                              {t('rules.reset')}
                            </button>
                          ) : null}
                          {!r.preset && !r.active ? (
                            <button
                              type="button"
                              className="btn btn-small btn-ghost-danger"
                              onClick={() => setDialog({ kind: 'delete', rule: r })}
                            >
                              <Icon name="trash" size={14} />
                              {t('rules.delete')}
                            </button>
                          ) : null}
                        </div>
                      </div>
                    )
                  })}
                </div>
              </div>
            )
          })
        : null}
      {dialog?.kind === 'edit' ? (
        <RuleForm
          rule={dialog.rule}
          platform={dialog.platform}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null)
            changed()
            notify(t('rules.saved', { name: ruleName(lang, saved) }))
          }}
        />
      ) : null}
      {dialog?.kind === 'reset' ? (
        <ConfirmDialog
          title={t('rules.resetTitle')}
          confirm={t('rules.reset')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const r = await call('rules.reset', { id: dialog.rule.id })
            setDialog(null)
            changed()
            notify(t('rules.resetDone', { name: ruleName(lang, r) }))
          }}
        >
          <p>{t('rules.resetBody', { name: ruleName(lang, dialog.rule) })}</p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('rules.deleteTitle')}
          confirm={t('rules.delete')}
          danger
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await call('rules.delete', { id: dialog.rule.id })
            setDialog(null)
            changed()
            notify(t('rules.deleted', { name: ruleName(lang, dialog.rule) }))
          }}
        >
          <p>{t('rules.deleteBody', { name: ruleName(lang, dialog.rule) })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
