// Record a receive (入库), count (盘点) or adjust (调整). One idempotency key per
// dialog opening: a double click, or a retry after a lost reply, records once.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ManualMovementType, Movement, ProductDetail } from '@shared/types'
import { MANUAL_MOVEMENT_TYPES } from '@shared/types'
import { call } from '../../api'
import { CountField, NoteField } from '../../components/FormFields'
import { SkuLine, StockPreview } from '../../components/StockPreview'
import { FormDialog } from '../../components/FormDialog'
import { parseInteger } from '../../lib/format'
import { newIdempotencyKey } from '../../lib/ids'
import { useSubmit, type FieldErrors } from '../../lib/use-submit'

const SUGGESTIONS: Record<ManualMovementType, string[]> = {
  receive: ['supplierDelivery', 'customerReturn'],
  count: ['countDifference'],
  adjust: ['damaged', 'lost', 'customerReturn', 'sample']
}

interface Props {
  product: ProductDetail
  onClose: () => void
  onSaved: (m: Movement) => void
}

export function StockMoveDialog({ product, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [type, setType] = useState<ManualMovementType>('receive')
  const [quantity, setQuantity] = useState('')
  const [reason, setReason] = useState('')
  const { submit: run, errors, form, clear, clearFormError } = useSubmit(['quantity', 'reason'] as const)

  const parsed = parseInteger(quantity)
  let change: number | null = null
  if (parsed.ok) change = type === 'count' ? parsed.value - product.onHand : parsed.value
  const after = change === null ? null : product.onHand + change

  function validate(): FieldErrors<'quantity' | 'reason'> {
    const next: FieldErrors<'quantity' | 'reason'> = {}
    const q = parseInteger(quantity)
    if (!quantity.trim()) next.quantity = t('validation.required', { field: t(`movement.quantity.${type}`) })
    else if (!q.ok) next.quantity = t('validation.wholeNumber')
    else if (type === 'receive' && q.value <= 0) next.quantity = t('validation.positive')
    else if (type === 'count' && q.value < 0) next.quantity = t('validation.nonNegative')
    else if (type === 'adjust' && q.value === 0) next.quantity = t('validation.nonZero')
    if (type === 'adjust' && !reason.trim()) next.reason = t('movement.reasonRequired')
    return next
  }

  const submit = (e: FormEvent): Promise<void> =>
    run(e, validate, async () => {
      // validate() has checked it is a whole number.
      const q = parseInteger(quantity)
      const movement = await call('stock.move', {
        productId: product.id,
        type,
        quantity: q.ok ? q.value : 0,
        reason: reason.trim(),
        idempotencyKey
      })
      onSaved(movement)
    })

  function pickType(next: ManualMovementType): void {
    setType(next)
    clear()
  }

  return (
    <FormDialog
      title={t('movement.title')}
      subtitle={<SkuLine code={product.merchantCode} name={product.name} spec={product.spec} />}
      onClose={onClose}
      width={520}
      testId="stock-move-dialog"
      onSubmit={submit}
      submitLabel={t('movement.submit')}
      {...form}
    >
      <fieldset className="segmented-field">
        <legend className="field-label">{t('movement.typeLabel')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('movement.typeLabel')}>
          {MANUAL_MOVEMENT_TYPES.map((m) => (
            <label key={m} className={`segment${type === m ? ' active' : ''}`}>
              <input type="radio" name="movement-type" value={m} checked={type === m} onChange={() => pickType(m)} />
              <span>{t(`movementType.${m}`)}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">{t(`movement.hint.${type}`)}</p>
      </fieldset>

      <CountField
        label={t(`movement.quantity.${type}`)}
        error={errors.quantity}
        required
        value={quantity}
        autoFocus
        placeholder={type === 'adjust' ? '-3 / +5' : '0'}
        onChange={(value) => {
          setQuantity(value)
          clearFormError()
        }}
      />

      <StockPreview onHand={product.onHand} change={change} testId="move-preview-after" />
      {after !== null && after < 0 ? <p className="text-danger small">{t('movement.negative')}</p> : null}

      <NoteField
        label={type === 'adjust' ? t('movement.reason') : t('movement.reasonOptional')}
        error={errors.reason}
        required={type === 'adjust'}
        value={reason}
        maxLength={500}
        onChange={setReason}
      />
      <div className="suggestions" role="group" aria-label={t('movement.suggestions')}>
        {SUGGESTIONS[type].map((s) => {
          const text = t(`movement.suggestion.${s}`)
          return (
            <button key={s} type="button" className="chip chip-small" onClick={() => setReason(text)}>
              {text}
            </button>
          )
        })}
      </div>
    </FormDialog>
  )
}
