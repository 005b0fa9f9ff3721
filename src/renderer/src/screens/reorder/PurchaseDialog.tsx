// "Tell the supplier" (issue 16.4): one supplier's purchase list from the reorder
// suggestions. The merchant adjusts quantities, copies the text for WeChat (in
// Chinese or English, whichever the supplier reads), prints a clean page, and
// records the list as incoming deliveries. The dialog's key makes a second click
// on Record record nothing more.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReorderGroup } from '@shared/engine-types'
import type { Lang } from '@shared/i18n/translate'
import { localDate } from '@shared/time'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Modal } from '../../components/Modal'
import { useApp } from '../../lib/app-context'
import { formatInt, formatMoney } from '../../lib/format'
import { newIdempotencyKey } from '../../lib/ids'
import { href } from '../../lib/router'
import { useCall } from '../../lib/use-call'
import { useSubmit } from '../../lib/use-submit'
import { PurchasePrint } from './PurchasePrint'
import { useShopFilter } from '../../lib/shop-filter'

const MAX = 1_000_000
/** A whole number 0..1,000,000, or null for anything else. */
const parseQty = (s: string): number | null => (/^\s*\d+\s*$/.test(s) && Number(s) <= MAX ? Number(s) : null)

export function PurchaseDialog({ group, onClose, onRecorded }: { group: ReorderGroup; onClose: () => void; onRecorded: () => void }) {
  const { t } = useTranslation()
  const { lang, timeZone, notify } = useApp()
  const [key] = useState(newIdempotencyKey)
  const [textLang, setTextLang] = useState<Lang>(lang)
  // The list says who orders: the shop the filter shows, or the only shop there is; the merchant can change it.
  const { shop, shops } = useShopFilter()
  const [shopName, setShopName] = useState(() => shop?.name ?? (shops.length === 1 ? shops[0]!.name : ''))
  const [qty, setQty] = useState<Record<number, string>>(() =>
    Object.fromEntries(group.lines.map((l) => [l.productId, String(l.suggestedQty.value)]))
  )
  const { submit, pending, formError } = useSubmit([])
  const supplier: number | 'none' = group.supplierId ?? 'none'
  const supplierName = group.supplierName ?? t('purchase.noSupplier')

  // Only the valid quantities go to the core; a bad one is flagged on its row and keeps the last good list.
  const quantities = useMemo(
    () =>
      group.lines.flatMap((l) =>
        parseQty(qty[l.productId] ?? '') === null ? [] : [{ productId: l.productId, quantity: parseQty(qty[l.productId]!)! }]
      ),
    [group, qty]
  )
  const bad = group.lines.filter((l) => parseQty(qty[l.productId] ?? '') === null)
  const input = { supplier, key, lang: textLang, shopName, quantities }
  const { data, error, reload } = useCall('purchase.lists', input, [supplier, key, textLang, shopName, JSON.stringify(quantities)])
  const list = data?.[0] ?? null
  const expected = new Map(list?.lines.map((l) => [l.productId, l.expectedAt]) ?? [])
  const empty = !list || list.lines.length === 0

  async function copy(): Promise<void> {
    if (!list) return
    try {
      await navigator.clipboard.writeText(list.text)
      notify(t('purchase.copied', { supplier: supplierName }), 'success')
    } catch {
      notify(t('purchase.copyFailed'), 'error')
    }
  }

  function record(): void {
    void submit(
      null,
      () => ({}),
      async () => {
        const r = await call('purchase.record', input)
        notify(
          r.alreadyRecorded
            ? t('purchase.alreadyRecorded', { ref: r.ref })
            : t('purchase.recorded', { count: r.incoming.length, supplier: supplierName, ref: r.ref }),
          r.alreadyRecorded ? 'info' : 'success'
        )
        onRecorded()
      }
    )
  }

  return (
    <Modal
      title={t('purchase.openFor', { supplier: supplierName })}
      subtitle={t('purchase.subtitle')}
      onClose={onClose}
      width={880}
      testId="purchase-dialog"
    >
      <div className="modal-body purchase-body">
        {group.supplierId === null ? (
          <p className="notice purchase-hint">
            {t('purchase.noSupplierHint')}{' '}
            <a className="link" href={href('inventory')}>
              {t('purchase.setSupplier')}
            </a>
          </p>
        ) : null}
        <div className="table-scroll">
          <table className="mini-table purchase-table">
            <thead>
              <tr>
                <th>{t('purchase.col.code')}</th>
                <th>{t('purchase.col.product')}</th>
                <th className="align-end">{t('purchase.col.suggested')}</th>
                <th className="align-end">{t('purchase.col.quantity')}</th>
                <th>{t('purchase.col.expected')}</th>
              </tr>
            </thead>
            <tbody>
              {group.lines.map((l) => {
                const invalid = parseQty(qty[l.productId] ?? '') === null
                const at = expected.get(l.productId)
                return (
                  <tr key={l.productId}>
                    <td className="mono nowrap">{l.merchantCode}</td>
                    <td>
                      {l.name}
                      {l.spec ? <span className="muted"> · {l.spec}</span> : null}
                    </td>
                    <td className="align-end num">{formatInt(l.suggestedQty.value)}</td>
                    <td className="align-end">
                      <input
                        className={`input purchase-qty${invalid ? ' invalid' : ''}`}
                        inputMode="numeric"
                        aria-label={t('purchase.quantityFor', { code: l.merchantCode })}
                        aria-invalid={invalid}
                        value={qty[l.productId] ?? ''}
                        onChange={(e) => setQty((q) => ({ ...q, [l.productId]: e.target.value }))}
                      />
                      {invalid ? <div className="field-error small">{t('purchase.badQuantity')}</div> : null}
                    </td>
                    <td className="nowrap num">{at ? localDate(Date.parse(at), timeZone) : '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        {list ? (
          <p className="muted small" data-testid="purchase-totals">
            {t('purchase.totals', {
              lines: formatInt(list.lines.length),
              units: formatInt(list.totalUnits),
              money: formatMoney(list.totalCostFen)
            })}
          </p>
        ) : null}
        {empty && list ? <p className="muted">{t('purchase.nothing')}</p> : null}
        <div className="purchase-options">
          <label className="field">
            <span>{t('purchase.textLang')}</span>
            <select className="input" value={textLang} onChange={(e) => setTextLang(e.target.value as Lang)}>
              {(['zh-CN', 'en'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`purchase.textLangOption.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('purchase.shopName')}</span>
            <input className="input" value={shopName} maxLength={100} onChange={(e) => setShopName(e.target.value)} />
          </label>
        </div>
        {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
        <label className="field">
          <span>{t('purchase.textLabel')}</span>
          <textarea
            className="input purchase-text"
            readOnly
            rows={Math.min(14, (list?.text.split('\n').length ?? 4) + 1)}
            value={list?.text ?? ''}
            data-testid="purchase-text"
          />
        </label>
        {bad.length > 0 ? <p className="field-error">{t('purchase.badQuantityOf', { code: bad[0]!.merchantCode })}</p> : null}
        {formError ? <ErrorNotice error={formError} /> : null}
        {list ? <PurchasePrint list={list} lang={textLang} shopName={shopName} timeZone={timeZone} /> : null}
      </div>
      <footer className="modal-foot">
        <button type="button" className="btn" onClick={() => void copy()} disabled={empty || bad.length > 0}>
          {t('purchase.copy')}
        </button>
        <button type="button" className="btn" onClick={() => window.print()} disabled={empty || bad.length > 0}>
          {t('purchase.print')}
        </button>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={record} disabled={empty || pending || bad.length > 0}>
          {pending ? t('purchase.recording') : t('purchase.record')}
        </button>
      </footer>
    </Modal>
  )
}
