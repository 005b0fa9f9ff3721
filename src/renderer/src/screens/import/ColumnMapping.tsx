// A file the app does not recognise: the user says which of its columns holds each
// detail, names that choice, and it is saved as a preset for the next file like it.
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ColumnMappingInput } from '@shared/contract'
import type { ApiError } from '@shared/errors'
import type { ImportPreset } from '@shared/types'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { MAIN_MAPPING_FIELDS, MAPPING_FIELDS, type MappingField } from './lists'

type Choice = Partial<Record<MappingField, string>>

const norm = (h: string) => h.replace(/\s+/g, '').toLowerCase()

/** First guesses from common header words; the most specific fields pick first and a column is used once. */
const GUESSES: [MappingField, RegExp][] = [
  ['subOrderNo', /子订单|suborder/],
  ['orderNo', /订单号|订单编号|^单号|orderno|ordernumber|orderid|^order$/],
  ['afterSale', /售后|退款状态|aftersale|refund/],
  ['status', /状态|status/],
  ['quantity', /数量|件数|qty|quantity/],
  ['merchantCode', /商家编码|编码|货号|sku|code/],
  ['spec', /规格|属性|spec|variant/],
  ['title', /商品|名称|品名|标题|title|product|item/],
  ['promisedShipAt', /承诺发货|最晚发货|发货截止|shipby|deadline/],
  ['shippedAt', /发货时间|shipped/],
  ['paidAt', /支付时间|付款时间|下单时间|paidat|paytime|paidtime/],
  ['paidAmount', /实付|支付金额|付款金额|订单金额|^金额|paid|amount|total/],
  ['lineAmount', /商品金额|商品总价|单价|price/],
  ['buyerPhone', /手机|电话|phone|mobile|tel/],
  ['address', /地址|address/],
  ['buyerNote', /买家留言|买家备注|buyernote/],
  ['merchantNote', /备注|note|remark/],
  ['buyerName', /收货人|收件人|买家|姓名|buyer|customer/]
]

export function guessMapping(headers: string[]): Choice {
  const used = new Set<string>()
  const out: Choice = {}
  for (const [field, re] of GUESSES) {
    const h = headers.find((x) => !used.has(x) && re.test(norm(x)))
    if (h) {
      out[field] = h
      used.add(h)
    }
  }
  return out
}

/** A preset fits a file when every column it names is in the file. */
function fits(p: ImportPreset, headers: string[]): boolean {
  const cols = Object.values(p.mapping)
  return cols.length > 0 && cols.every((c) => headers.includes(c))
}

function fromPreset(p: ImportPreset, headers: string[]): Choice {
  const out: Choice = {}
  for (const f of MAPPING_FIELDS) {
    const h = p.mapping[f]
    if (h && headers.includes(h)) out[f] = h
  }
  return out
}

interface Props {
  headers: string[]
  fileName: string
  /** The preset the last check used, if any. */
  presetName: string | null
  busy: boolean
  onApply: (presetName: string) => void
  onCancel: (() => void) | null
}

export function ColumnMapping({ headers, fileName, presetName, busy, onApply, onCancel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [presets, setPresets] = useState<ImportPreset[] | null>(null)
  const [choice, setChoice] = useState<Choice>(() => guessMapping(headers))
  const [name, setName] = useState(presetName ?? fileName.replace(/\.[^.]+$/, '').slice(0, 100))
  const [picked, setPicked] = useState('')
  const [errors, setErrors] = useState<{ orderNo?: string; name?: string }>({})
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  // Open from the start when a guess already uses one of the extra columns; after that only the user toggles it.
  const [moreOpen, setMoreOpen] = useState(() => MAPPING_FIELDS.slice(MAIN_MAPPING_FIELDS).some((f) => choice[f]))

  useEffect(() => {
    let live = true
    call('import.presets.list', {}).then(
      (list) => {
        if (!live) return
        setPresets(list)
        // The preset already in use, or the first that fits this file, is filled in.
        const start = list.find((p) => p.name === presetName) ?? list.find((p) => fits(p, headers))
        if (start) {
          const chosen = fromPreset(start, headers)
          setPicked(start.name)
          setChoice(chosen)
          setName(start.name)
          if (MAPPING_FIELDS.slice(MAIN_MAPPING_FIELDS).some((f) => chosen[f])) setMoreOpen(true)
        }
      },
      (e: unknown) => live && setError(toApiError(e))
    )
    return () => {
      live = false
    }
  }, [headers, presetName])

  function pickPreset(n: string): void {
    setPicked(n)
    const p = presets?.find((x) => x.name === n)
    if (p) {
      const chosen = fromPreset(p, headers)
      setChoice(chosen)
      setName(p.name)
      if (MAPPING_FIELDS.slice(MAIN_MAPPING_FIELDS).some((f) => chosen[f])) setMoreOpen(true)
    } else {
      setChoice(guessMapping(headers))
    }
  }

  async function submit(ev: FormEvent): Promise<void> {
    ev.preventDefault()
    if (saving || busy) return
    const e: typeof errors = {}
    if (!choice.orderNo) e.orderNo = t('import.mapping.orderNoRequired')
    if (!name.trim()) e.name = t('validation.required', { field: t('import.mapping.name') })
    setErrors(e)
    if (Object.keys(e).length || !choice.orderNo) return
    const mapping: ColumnMappingInput = { orderNo: choice.orderNo }
    for (const f of MAPPING_FIELDS) {
      const h = choice[f]
      if (h) mapping[f] = h
    }
    setSaving(true)
    setError(null)
    try {
      const saved = await call('import.presets.save', { name: name.trim(), platform: 'other', mapping })
      onApply(saved.name)
    } catch (err) {
      setError(toApiError(err))
    } finally {
      setSaving(false)
    }
  }

  const select = (f: MappingField) => (
    <Field key={f} label={t(`import.mapping.field.${f}`)} required={f === 'orderNo'} error={f === 'orderNo' ? errors.orderNo : undefined}>
      <select
        value={choice[f] ?? ''}
        onChange={(e) => {
          setChoice((c) => ({ ...c, [f]: e.target.value || undefined }))
          if (f === 'orderNo') setErrors((x) => ({ ...x, orderNo: undefined }))
        }}
      >
        <option value="">{t('import.mapping.notInFile')}</option>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </Field>
  )

  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid="column-mapping">
      <h2 className="box-title" id={`${id}-title`}>
        {t('import.mapping.title')}
      </h2>
      <p className="muted small">{t('import.mapping.hint', { count: headers.length })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {presets && presets.length > 0 ? (
          <label className="select-inline mapping-preset">
            <span>{t('import.mapping.usePreset')}</span>
            <select value={picked} onChange={(e) => pickPreset(e.target.value)}>
              <option value="">{t('import.mapping.newPreset')}</option>
              {presets.map((p) => (
                <option key={p.id} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="mapping-grid">{MAPPING_FIELDS.slice(0, MAIN_MAPPING_FIELDS).map(select)}</div>
        <details className="mapping-more" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
          <summary>{t('import.mapping.more')}</summary>
          <div className="mapping-grid">{MAPPING_FIELDS.slice(MAIN_MAPPING_FIELDS).map(select)}</div>
        </details>
        <div className="mapping-foot">
          <Field label={t('import.mapping.name')} hint={t('import.mapping.nameHint')} error={errors.name} required className="mapping-name">
            <input type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </Field>
          <div className="mapping-actions">
            {onCancel ? (
              <button type="button" className="btn" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            ) : null}
            <button type="submit" className="btn btn-primary" disabled={saving || busy}>
              {saving ? t('common.saving') : t('import.mapping.apply')}
            </button>
          </div>
        </div>
        {error ? <ErrorNotice error={error} /> : null}
      </form>
    </section>
  )
}
