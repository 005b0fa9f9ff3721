// "如果现在是…": pick a moment in the shop's time zone and see the Alerts screen as
// the engine would compute it then. The moment goes into the URL; nothing is stored.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { useMenu } from '../../lib/use-menu'
import { formatShortDateTime } from '../../lib/format'
import { isoToWall, wallToIso } from '../../lib/what-if'

const HOUR = 3_600_000
const STEPS: { key: string; ms: number }[] = [
  { key: 'plus6h', ms: 6 * HOUR },
  { key: 'plus1d', ms: 24 * HOUR },
  { key: 'plus2d', ms: 48 * HOUR },
  { key: 'plus7d', ms: 7 * 24 * HOUR }
]

export function WhatIfControl({ at, onApply, onExit }: { at: string | null; onApply: (iso: string) => void; onExit: () => void }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const { open, setOpen, ref, buttonRef } = useMenu('input')
  const [wall, setWall] = useState('')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()

  function toggle(): void {
    if (!open) {
      // Start from the moment shown (or now), to the minute.
      setWall(isoToWall(at ?? new Date().toISOString(), timeZone))
      setInvalid(false)
    }
    setOpen((o) => !o)
  }

  function shift(ms: number): void {
    const base = wallToIso(wall, timeZone) ?? new Date().toISOString()
    setWall(isoToWall(new Date(Date.parse(base) + ms).toISOString(), timeZone))
    setInvalid(false)
  }

  function apply(e: FormEvent): void {
    e.preventDefault()
    const iso = wallToIso(wall, timeZone)
    if (!iso) {
      setInvalid(true)
      return
    }
    setOpen(false)
    onApply(iso)
  }

  return (
    <div className="menu-anchor" ref={ref}>
      <button
        ref={buttonRef}
        type="button"
        className={`btn${at ? ' btn-sim' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={toggle}
        data-testid="what-if-button"
      >
        <Icon name="clock" size={16} />
        {at ? t('whatIf.buttonActive', { at: formatShortDateTime(at, timeZone) }) : t('whatIf.button')}
      </button>
      {open ? (
        <form className="menu whatif-pop" role="dialog" aria-label={t('whatIf.dialogLabel')} onSubmit={apply}>
          <label className="field-label" htmlFor={inputId}>
            {t('whatIf.label')}
          </label>
          <input
            id={inputId}
            type="datetime-local"
            className="input-datetime"
            value={wall}
            aria-invalid={invalid || undefined}
            onChange={(e) => {
              setWall(e.target.value)
              setInvalid(false)
            }}
          />
          <div className="field-hint">{t('whatIf.zoneHint', { zone: timeZone })}</div>
          {invalid ? (
            <div className="field-error" role="alert">
              {t('whatIf.invalid')}
            </div>
          ) : null}
          <div className="whatif-steps" role="group" aria-label={t('whatIf.steps')}>
            {STEPS.map((s) => (
              <button key={s.key} type="button" className="chip chip-small" onClick={() => shift(s.ms)}>
                {t(`whatIf.${s.key}`)}
              </button>
            ))}
          </div>
          <p className="muted small whatif-note">{t('whatIf.note')}</p>
          <div className="whatif-actions">
            {at ? (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  setOpen(false)
                  onExit()
                }}
              >
                {t('whatIf.backToNow')}
              </button>
            ) : null}
            <span className="spacer" />
            <button type="submit" className="btn btn-small btn-primary">
              {t('whatIf.apply')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  )
}
