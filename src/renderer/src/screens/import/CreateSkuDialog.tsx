// Create a new SKU for an unknown merchant code, prefilled from the file. If the
// code is changed (e.g. it had spaces), the file's code is linked to the new SKU.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Platform, UnknownSku } from '@shared/types'
import { call } from '../../api'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useSubmit } from '../../lib/use-submit'

interface Props {
  sku: UnknownSku
  platform: Platform
  onClose: () => void
  onSaved: (message: string) => void
}

type Errors = Partial<Record<'merchantCode' | 'name' | 'spec', string>>

export function CreateSkuDialog({ sku, platform, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const [code, setCode] = useState(sku.code.trim().slice(0, 64))
  const [name, setName] = useState(sku.title.trim().slice(0, 200))
  const [spec, setSpec] = useState(sku.spec.trim().slice(0, 200))
  const { submit: run, errors, form } = useSubmit(['merchantCode', 'name', 'spec'] as const)

  function validate(): Errors {
    const e: Errors = {}
    const c = code.trim()
    if (!c) e.merchantCode = t('validation.required', { field: t('fields.merchantCode') })
    else if (/\s/u.test(c) || [...c].some((ch) => ch.charCodeAt(0) < 0x20)) e.merchantCode = t('validation.noSpaces')
    else if (c.length > 64) e.merchantCode = t('validation.tooLong', { field: t('fields.merchantCode'), max: 64 })
    if (!name.trim()) e.name = t('validation.required', { field: t('fields.name') })
    else if (name.trim().length > 200) e.name = t('validation.tooLong', { field: t('fields.name'), max: 200 })
    if (spec.length > 200) e.spec = t('validation.tooLong', { field: t('fields.spec'), max: 200 })
    return e
  }

  const submit = (ev: FormEvent): Promise<void> =>
    run(ev, validate, async () => {
      const created = await call('products.create', { merchantCode: code.trim(), name: name.trim(), spec: spec.trim() })
      if (created.merchantCode !== sku.code) await call('skuMappings.save', { platform, code: sku.code, productId: created.id })
      onSaved(t('import.create.saved', { code: created.merchantCode }))
    })

  return (
    <FormDialog
      title={t('import.create.title')}
      subtitle={t('import.create.subtitle', { code: sku.code })}
      onClose={onClose}
      testId="create-sku-dialog"
      onSubmit={(e) => void submit(e)}
      submitLabel={t('import.create.submit')}
      {...form}
    >
      <Field label={t('fields.merchantCode')} error={errors.merchantCode} hint={t('import.create.codeHint')} required>
        <input type="text" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
      </Field>
      <Field label={t('fields.name')} error={errors.name} required>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </Field>
      <Field label={t('fields.spec')} error={errors.spec}>
        <input type="text" value={spec} onChange={(e) => setSpec(e.target.value)} autoComplete="off" />
      </Field>
      <p className="muted small">{t('import.create.later')}</p>
    </FormDialog>
  )
}
