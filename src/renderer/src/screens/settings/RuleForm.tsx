// Edit a platform rule, or write one of your own: the ship window used when an
// export has no promised ship time, the late-shipment compensation and the
// stockout deduction (a fixed amount, or a share of the amount paid within a
// minimum and maximum), and where the figures come from.
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PenaltyFormula, PlatformRule } from '@shared/engine-types'
import type { ApiError } from '@shared/errors'
import type { Platform } from '@shared/types'
import { call, toApiError } from '../../api'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { errorText } from '../../i18n'
import { useApp } from '../../lib/app-context'
import { penaltyFor, percentOf, ruleName, ruleSource } from '../../lib/engine-text'
import { fenToYuanInput, formatMoney, parseInteger } from '../../lib/format'
import { readYuan } from '../../lib/read-yuan'

interface PenaltyValues {
  kind: 'fixed' | 'percent'
  fixed: string
  percent: string
  min: string
  max: string
}
type PenaltyErrors = Partial<Record<'fixed' | 'percent' | 'min' | 'max', string>>
type Errors = Partial<Record<'name' | 'shipWindowHours' | 'source' | 'sourceDate', string>> & {
  late?: PenaltyErrors
  stockout?: PenaltyErrors
}

const EXAMPLE_PAID_FEN = 5000

function penaltyValues(p: PenaltyFormula | null): PenaltyValues {
  if (!p) return { kind: 'fixed', fixed: '0', percent: '', min: '', max: '' }
  if (p.kind === 'fixed') return { kind: 'fixed', fixed: fenToYuanInput(p.fixedFen), percent: '', min: '', max: '' }
  return {
    kind: 'percent',
    fixed: '',
    percent: percentOf(p.percentBp),
    min: fenToYuanInput(p.minFen),
    max: p.maxFen === null ? '' : fenToYuanInput(p.maxFen)
  }
}

/** "10" or "2.5" (at most two decimals, 0–100) → basis points. */
function parsePercent(text: string): number | null {
  const m = /^(\d{1,3})(?:[.。](\d{1,2}))?$/.exec(text.trim().replace(/[%％]$/, ''))
  if (!m) return null
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0')
  return bp <= 10_000 ? bp : null
}

/** The formula the values describe, or the errors that stop it. */
function readPenalty(t: (k: string) => string, v: PenaltyValues): { formula: PenaltyFormula | null; errors: PenaltyErrors } {
  const errors: PenaltyErrors = {}
  const money = (text: string, key: 'fixed' | 'min' | 'max'): number | null => {
    const r = readYuan(t, text)
    if ('fen' in r) return r.fen
    errors[key] = r.error
    return null
  }
  if (v.kind === 'fixed') {
    const fixedFen = money(v.fixed.trim() || '0', 'fixed')
    return { formula: fixedFen === null ? null : { kind: 'fixed', fixedFen }, errors }
  }
  const percentBp = parsePercent(v.percent)
  if (percentBp === null) errors.percent = t('rules.form.percentInvalid')
  const minFen = money(v.min.trim() || '0', 'min')
  const maxFen = v.max.trim() ? money(v.max, 'max') : null
  if (minFen !== null && maxFen !== null && maxFen < minFen) errors.max = t('rules.form.maxBelowMin')
  if (Object.keys(errors).length > 0 || percentBp === null || minFen === null) return { formula: null, errors }
  return { formula: { kind: 'percent', percentBp, minFen, maxFen }, errors }
}

interface Props {
  /** The rule to edit; null to add one for `platform`. */
  rule: PlatformRule | null
  platform: Platform
  onClose: () => void
  onSaved: (rule: PlatformRule) => void
}

export function RuleForm({ rule, platform, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const shownName = rule ? ruleName(lang, rule) : ''
  const shownSource = rule ? ruleSource(lang, rule) : ''
  const [name, setName] = useState(shownName)
  const [hours, setHours] = useState(rule ? String(rule.shipWindowHours) : '48')
  const [late, setLate] = useState<PenaltyValues>(() => penaltyValues(rule?.late ?? null))
  const [stockout, setStockout] = useState<PenaltyValues>(() => penaltyValues(rule?.stockout ?? null))
  const [source, setSource] = useState(shownSource)
  const [sourceDate, setSourceDate] = useState(rule?.sourceDate ?? '')
  const [activate, setActivate] = useState(false)
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(false)
  const inFlight = useRef(false)

  const lateRead = readPenalty(t, late)
  const stockoutRead = readPenalty(t, stockout)

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    if (inFlight.current) return
    const next: Errors = {}
    if (!name.trim()) next.name = t('validation.required', { field: t('rules.form.name') })
    const h = parseInteger(hours)
    if (!h.ok || h.value < 1 || h.value > 720) next.shipWindowHours = t('rules.form.hoursInvalid')
    if (sourceDate.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(sourceDate.trim())) next.sourceDate = t('rules.form.dateInvalid')
    if (Object.keys(lateRead.errors).length) next.late = lateRead.errors
    if (Object.keys(stockoutRead.errors).length) next.stockout = stockoutRead.errors
    setErrors(next)
    setFormError(null)
    if (Object.keys(next).length > 0 || !h.ok || !lateRead.formula || !stockoutRead.formula) return
    inFlight.current = true
    setPending(true)
    try {
      const saved = await call('rules.save', {
        id: rule?.id ?? null,
        platform,
        // A preset's shipped text, shown translated, is saved as stored (in Chinese) unless it was changed.
        name: rule && name.trim() === shownName ? rule.name : name.trim(),
        shipWindowHours: h.value,
        late: lateRead.formula,
        stockout: stockoutRead.formula,
        source: rule && source.trim() === shownSource.trim() ? rule.source : source.trim(),
        sourceDate: sourceDate.trim() || null,
        activate
      })
      onSaved(saved)
    } catch (err) {
      const apiError = toApiError(err)
      const head = apiError.field?.split('.')[0]
      if (
        apiError.code === 'invalid_input' &&
        (head === 'name' || head === 'shipWindowHours' || head === 'source' || head === 'sourceDate')
      ) {
        setErrors({ [head]: errorText(t, apiError) })
      } else if (apiError.code === 'invalid_input' && (head === 'late' || head === 'stockout')) {
        setErrors({ [head]: { max: apiError.params?.reason === 'max_below_min' ? t('rules.form.maxBelowMin') : errorText(t, apiError) } })
      } else setFormError(apiError)
      inFlight.current = false
      setPending(false)
    }
  }

  const example = (f: PenaltyFormula | null) => (f ? formatMoney(penaltyFor(f, EXAMPLE_PAID_FEN)) : '—')

  return (
    <FormDialog
      title={rule ? t('rules.form.editTitle') : t('rules.form.addTitle', { platform: t(`platform.${platform}`) })}
      subtitle={rule ? shownName : t('rules.form.addSubtitle')}
      onClose={onClose}
      width={640}
      testId="rule-form"
      onSubmit={submit}
      pending={pending}
      submitLabel={t('rules.form.submit')}
      formError={formError}
    >
      <div className="form-grid">
        <Field label={t('rules.form.name')} error={errors.name} required className="span-2">
          <input type="text" value={name} maxLength={100} autoComplete="off" data-autofocus onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field
          label={t('rules.form.shipWindow')}
          error={errors.shipWindowHours}
          required
          hint={t('rules.form.shipWindowHint')}
          suffix={t('rules.form.hoursSuffix')}
        >
          <input type="text" inputMode="numeric" value={hours} autoComplete="off" onChange={(e) => setHours(e.target.value)} />
        </Field>
      </div>
      <PenaltyFields
        legend={t('rules.form.late')}
        hint={t('rules.form.lateHint')}
        value={late}
        onChange={setLate}
        errors={errors.late}
        name="late"
      />
      <PenaltyFields
        legend={t('rules.form.stockout')}
        hint={t('rules.form.stockoutHint')}
        value={stockout}
        onChange={setStockout}
        errors={errors.stockout}
        name="stockout"
      />
      <p className="rule-example" aria-live="polite" data-testid="rule-example">
        {t('rules.form.example', {
          paid: formatMoney(EXAMPLE_PAID_FEN),
          late: example(lateRead.formula),
          stockout: example(stockoutRead.formula)
        })}
      </p>
      <div className="form-grid">
        <Field label={t('rules.form.source')} error={errors.source} hint={t('rules.form.sourceHint')} className="span-2">
          <textarea value={source} maxLength={1000} rows={3} onChange={(e) => setSource(e.target.value)} />
        </Field>
        <Field label={t('rules.form.sourceDate')} error={errors.sourceDate} hint={t('rules.form.sourceDateHint')}>
          <input
            type="text"
            value={sourceDate}
            maxLength={10}
            placeholder="2025-11"
            autoComplete="off"
            onChange={(e) => setSourceDate(e.target.value)}
          />
        </Field>
      </div>
      {rule?.active ? null : (
        <label className="check-inline">
          <input type="checkbox" checked={activate} onChange={(e) => setActivate(e.target.checked)} />
          <span>{t('rules.form.activate', { platform: t(`platform.${platform}`) })}</span>
        </label>
      )}
    </FormDialog>
  )
}

function PenaltyFields(props: {
  legend: string
  hint: string
  name: string
  value: PenaltyValues
  onChange: (v: PenaltyValues) => void
  errors: PenaltyErrors | undefined
}) {
  const { t } = useTranslation()
  const v = props.value
  const set = (patch: Partial<PenaltyValues>) => props.onChange({ ...v, ...patch })
  return (
    <fieldset className="penalty-fields">
      <legend className="field-label">{props.legend}</legend>
      <div className="segmented" role="radiogroup" aria-label={props.legend}>
        {(['fixed', 'percent'] as const).map((k) => (
          <label key={k} className={`segment${v.kind === k ? ' active' : ''}`}>
            <input type="radio" name={`${props.name}-kind`} value={k} checked={v.kind === k} onChange={() => set({ kind: k })} />
            <span>{t(`rules.form.kind.${k}`)}</span>
          </label>
        ))}
      </div>
      {v.kind === 'fixed' ? (
        <div className="form-grid">
          <Field label={t('rules.form.fixed')} error={props.errors?.fixed} suffix={t('productForm.yuan')}>
            <input type="text" inputMode="decimal" value={v.fixed} autoComplete="off" onChange={(e) => set({ fixed: e.target.value })} />
          </Field>
        </div>
      ) : (
        <div className="form-grid form-grid-3">
          <Field label={t('rules.form.percent')} error={props.errors?.percent} suffix="%">
            <input
              type="text"
              inputMode="decimal"
              value={v.percent}
              autoComplete="off"
              onChange={(e) => set({ percent: e.target.value })}
            />
          </Field>
          <Field label={t('rules.form.min')} error={props.errors?.min} suffix={t('productForm.yuan')}>
            <input
              type="text"
              inputMode="decimal"
              value={v.min}
              autoComplete="off"
              placeholder="0"
              onChange={(e) => set({ min: e.target.value })}
            />
          </Field>
          <Field label={t('rules.form.max')} error={props.errors?.max} suffix={t('productForm.yuan')} hint={t('rules.form.maxHint')}>
            <input type="text" inputMode="decimal" value={v.max} autoComplete="off" onChange={(e) => set({ max: e.target.value })} />
          </Field>
        </div>
      )}
      <p className="field-hint">{props.hint}</p>
    </fieldset>
  )
}
