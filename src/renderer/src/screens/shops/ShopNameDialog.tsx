// Adding a shop (platform + name) or renaming one. Used by Settings › Shops and by the
// import preview's "New shop…". The core trims and checks the name; its refusal (empty,
// too long, taken) shows on the name field in the user's language.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShopRow } from '@shared/shop-types'
import type { Platform } from '@shared/types'
import { call } from '../../api'
import { PlatformSelect } from '../../components/EnumOptions'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useSubmit } from '../../lib/use-submit'

export function ShopNameDialog(props: {
  /** Rename this shop; absent: add a shop. */
  shop?: ShopRow
  /** Add: the platform, fixed when given (the import preview knows it). */
  platform?: Platform
  onClose: () => void
  onDone: (shop: ShopRow) => void
}) {
  const { t } = useTranslation()
  const [name, setName] = useState(props.shop?.name ?? '')
  const [platform, setPlatform] = useState<Platform>(props.platform ?? 'pdd')
  const { submit, errors, form } = useSubmit(['name'] as const)
  const title = props.shop
    ? t('shops.renameTitle', { name: props.shop.name })
    : props.platform
      ? t('shops.importShopNewTitle', { platform: t(`platform.${props.platform}`) })
      : t('shops.addTitle')
  return (
    <FormDialog
      title={title}
      onClose={props.onClose}
      testId="shop-name-dialog"
      submitLabel={props.shop ? t('shops.rename') : t('shops.add')}
      {...form}
      onSubmit={(e) =>
        void submit(
          e,
          () => (name.trim() === '' ? { name: t('shops.errors.nameEmpty') } : {}),
          async () => {
            const shop = props.shop
              ? await call('shops.rename', { shopId: props.shop.id, name })
              : await call('shops.add', { platform, name })
            props.onDone(shop)
          }
        )
      }
    >
      {!props.shop && !props.platform ? <PlatformSelect label={t('shops.platform')} value={platform} onChange={(p) => p && setPlatform(p)} /> : null}
      <Field label={t('shops.name')} error={errors.name} required>
        <input value={name} autoFocus maxLength={200} placeholder={t('shops.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </Field>
    </FormDialog>
  )
}
