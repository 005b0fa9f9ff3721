// Merging one shop into another of its platform: the merchant picks the target and reads
// exactly what moves (orders, imports, the rule, the default) before confirming.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShopMergeResult, ShopRow } from '@shared/shop-types'
import { call } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'

export function ShopMergeDialog(props: {
  from: ShopRow
  shops: ShopRow[]
  onClose: () => void
  onDone: (r: ShopMergeResult) => void
}) {
  const { t } = useTranslation()
  const { from } = props
  const targets = props.shops.filter((s) => s.platform === from.platform && s.id !== from.id)
  const [intoId, setIntoId] = useState<number | null>(targets[0]?.id ?? null)
  const into = targets.find((s) => s.id === intoId) ?? null
  return (
    <ConfirmDialog
      title={t('shops.mergeTitle', { name: from.name })}
      confirm={t('shops.merge')}
      danger
      testId="shop-merge-dialog"
      onClose={props.onClose}
      onConfirm={async () => {
        if (!into) return
        props.onDone(await call('shops.merge', { fromId: from.id, intoId: into.id }))
      }}
    >
      {targets.length === 0 ? (
        <p>{t('shops.mergeNone')}</p>
      ) : (
        <>
          <label className="select-inline">
            <span>{t('shops.mergeInto')}</span>
            <select aria-label={t('shops.mergeInto')} value={intoId ?? ''} onChange={(e) => setIntoId(Number(e.target.value))}>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          {into ? (
            <ul className="shop-merge-list" data-testid="shop-merge-moves">
              <li>{t('shops.mergeMoves', { orders: from.orders, batches: from.batches, from: from.name, into: into.name })}</li>
              {from.isDefault ? <li>{t('shops.mergeMovesDefault', { into: into.name })}</li> : null}
              {into.ruleId === null && from.ruleId !== null ? <li>{t('shops.mergeRule', { into: into.name, from: from.name })}</li> : null}
            </ul>
          ) : null}
        </>
      )}
    </ConfirmDialog>
  )
}
