// Settings › Shops (issue #16): every shop with its platform, default mark and order count;
// add, rename, merge, make default, and the rule each shop goes by ("same as platform" or
// another rule of its platform, which the engine then uses for that shop's deadlines).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import type { ShopRow } from '@shared/shop-types'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useLoad } from '../../lib/use-call'
import { formatInt } from '../../lib/format'
import { ruleName } from '../../lib/engine-text'
import { ShopMergeDialog } from './ShopMergeDialog'
import { ShopNameDialog } from './ShopNameDialog'

type Dialog = { kind: 'add' } | { kind: 'rename'; shop: ShopRow } | { kind: 'merge'; shop: ShopRow } | null

export function ShopsSection() {
  const { t } = useTranslation()
  const { notify, lang } = useApp()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const loaded = useLoad(async () => ({ shops: await call('shops.list', {}), rules: await call('rules.list', {}) }), [])
  const shops = loaded.data?.shops ?? null
  const rules = loaded.data?.rules ?? []

  async function act(fn: () => Promise<string | null>): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      const message = await fn()
      if (message) notify(message)
      loaded.reload()
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  const done = (message: string) => {
    setDialog(null)
    notify(message)
    loaded.reload()
  }

  return (
    <section className="box" id="shops" data-testid="shops-section" aria-labelledby="shops-title">
      <div className="shops-head">
        <h2 className="box-title" id="shops-title">
          {t('shops.title')}
        </h2>
        <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'add' })}>
          {t('shops.add')}
        </button>
      </div>
      <p className="muted small">{t('shops.intro')}</p>
      {loaded.error || error ? <ErrorNotice error={(loaded.error ?? error)!} /> : null}
      {shops && shops.length === 0 ? <p className="muted">{t('shops.empty')}</p> : null}
      {shops && shops.length > 0 ? (
        <table className="table shops-table" aria-label={t('shops.tableLabel')}>
          <thead>
            <tr>
              <th>{t('shops.columns.platform')}</th>
              <th>{t('shops.columns.name')}</th>
              <th className="num">{t('shops.columns.orders')}</th>
              <th>{t('shops.ruleLabel')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shops.map((s) => {
              const own = rules.filter((r) => r.platform === s.platform)
              const active = own.find((r) => r.active)
              return (
                <tr key={s.id} data-testid="shop-row">
                  <td>{t(`platform.${s.platform}`)}</td>
                  <td>
                    {s.name} {s.isDefault ? <span className="badge">{t('shops.isDefault')}</span> : null}
                  </td>
                  <td className="num">{formatInt(s.orders)}</td>
                  <td>
                    <select
                      aria-label={`${s.name} ${t('shops.ruleLabel')}`}
                      value={s.ruleId ?? ''}
                      disabled={busy}
                      onChange={(e) =>
                        void act(async () => {
                          const shop = await call('shops.setRule', { shopId: s.id, ruleId: e.target.value ? Number(e.target.value) : null })
                          return t('shops.ruleSaved', { name: shop.name })
                        })
                      }
                    >
                      <option value="">{t('shops.sameAsPlatform', { name: active ? ruleName(lang, active) : '—' })}</option>
                      {own
                        .filter((r) => !r.active || r.id === s.ruleId)
                        .map((r) => (
                          <option key={r.id} value={r.id}>
                            {ruleName(lang, r)}
                          </option>
                        ))}
                    </select>
                  </td>
                  <td className="shop-actions">
                    <button type="button" className="btn btn-ghost btn-small" disabled={busy} onClick={() => setDialog({ kind: 'rename', shop: s })}>
                      {t('shops.rename')}
                    </button>
                    <button type="button" className="btn btn-ghost btn-small" disabled={busy} onClick={() => setDialog({ kind: 'merge', shop: s })}>
                      {t('shops.merge')}
                    </button>
                    {s.isDefault ? null : (
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        disabled={busy}
                        onClick={() =>
                          void act(async () => {
                            await call('shops.setDefault', { shopId: s.id })
                            return null
                          })
                        }
                      >
                        {t('shops.setDefault')}
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
      {dialog?.kind === 'add' ? (
        <ShopNameDialog onClose={() => setDialog(null)} onDone={(s) => done(`${t('shops.add')}: ${s.name}`)} />
      ) : dialog?.kind === 'rename' ? (
        <ShopNameDialog shop={dialog.shop} onClose={() => setDialog(null)} onDone={(s) => done(`${t('shops.rename')}: ${s.name}`)} />
      ) : dialog?.kind === 'merge' && shops ? (
        <ShopMergeDialog
          from={dialog.shop}
          shops={shops}
          onClose={() => setDialog(null)}
          onDone={(r) => done(t('shops.merged', { from: dialog.shop.name, into: r.into.name, orders: r.movedOrders }))}
        />
      ) : null}
    </section>
  )
}
