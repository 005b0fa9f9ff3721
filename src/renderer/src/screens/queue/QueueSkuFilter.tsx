// The queue's SKU filter: type a SKU code, and the list, counts and export keep
// only the cases whose order has that SKU. An unknown code is said, not applied.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, toApiError } from '../../api'
import { errorText } from '../../i18n'

export interface SkuRef {
  id: number
  code: string
}

export function QueueSkuFilter(props: { value: SkuRef | null; onChange: (sku: SkuRef | null) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  async function apply(): Promise<void> {
    const code = text.trim()
    if (!code) return props.onChange(null)
    try {
      const p = await call('products.byCode', { merchantCode: code })
      setProblem(null)
      props.onChange({ id: p.id, code: p.merchantCode })
    } catch (e) {
      const err = toApiError(e)
      setProblem(err.code === 'not_found' ? t('searchExport.queue.skuUnknown', { code }) : errorText(t, err))
    }
  }

  if (props.value)
    return (
      <span className="check-inline" data-testid="queue-sku-filter">
        {t('searchExport.queue.skuFilter', { code: props.value.code })}{' '}
        <button type="button" className="btn btn-small" onClick={() => props.onChange(null)}>
          {t('searchExport.queue.skuClear')}
        </button>
      </span>
    )
  return (
    <form
      className="check-inline"
      onSubmit={(e) => {
        e.preventDefault()
        void apply()
      }}
    >
      <input
        type="text"
        aria-label={t('searchExport.queue.skuLabel')}
        placeholder={t('searchExport.queue.skuPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        size={12}
        spellCheck={false}
      />
      <button type="submit" className="btn btn-small">
        {t('searchExport.queue.skuApply')}
      </button>
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </form>
  )
}
