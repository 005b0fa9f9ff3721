// Merchant codes in the file that match none of the shop's SKUs. Each can be linked
// once to an existing SKU (remembered for later imports) or become a new SKU, or
// all of them become new SKUs at once.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Platform, UnknownSku } from '@shared/types'
import { Icon } from '../../components/Icon'
import { Pager } from '../../components/Pager'
import { formatInt } from '../../lib/format'
import { CreateSkuDialog } from './CreateSkuDialog'
import { MapSkuDialog } from './MapSkuDialog'
import { CreateAllSkus } from './CreateAllSkus'
import { endCol, TableHead } from '../../components/TableHead'

const PAGE = 20

interface Props {
  unknown: UnknownSku[]
  platform: Platform
  busy: boolean
  /** A mapping or a new SKU was saved: check the file again so the list shrinks. */
  onResolved: (message: string) => void
}

export function UnknownSkus({ unknown, platform, busy, onResolved }: Props) {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const [dialog, setDialog] = useState<{ kind: 'map' | 'create'; sku: UnknownSku } | null>(null)
  if (unknown.length === 0) return null
  const shown = unknown.slice(page * PAGE, (page + 1) * PAGE)
  const lines = unknown.reduce((n, u) => n + u.lines, 0)

  return (
    <section className="box box-attention" aria-labelledby="import-unknown-title" data-testid="import-unknown">
      <h2 className="box-title" id="import-unknown-title">
        {t('import.unknown.title')} <span className="section-count">{formatInt(unknown.length)}</span>
      </h2>
      <p className="muted small">{t('import.unknown.hint', { count: lines })}</p>
      <CreateAllSkus unknown={unknown} busy={busy} onResolved={onResolved} />
      <table className="mini-table unknown-table">
        <TableHead
          cols={[
            t('import.unknown.code'),
            t('import.unknown.item'),
            endCol(t('import.unknown.lines')),
            { label: t('import.unknown.actions'), hidden: true, end: true }
          ]}
        />
        <tbody>
          {shown.map((u) => (
            <tr key={u.code}>
              <td className="mono">{u.code || <span className="muted">{t('import.unknown.noCode')}</span>}</td>
              <td className="unknown-item">
                <span>{u.title || '—'}</span>
                {u.spec ? <span className="muted"> · {u.spec}</span> : null}
              </td>
              <td className="align-end num">{formatInt(u.lines)}</td>
              <td className="align-end nowrap">
                {u.code ? (
                  <span className="row-actions">
                    <button type="button" className="btn btn-small" disabled={busy} onClick={() => setDialog({ kind: 'map', sku: u })}>
                      <Icon name="link" size={14} />
                      {t('import.unknown.map')}
                    </button>
                    <button type="button" className="btn btn-small" disabled={busy} onClick={() => setDialog({ kind: 'create', sku: u })}>
                      <Icon name="plus" size={14} />
                      {t('import.unknown.create')}
                    </button>
                  </span>
                ) : (
                  <span className="muted small">{t('import.unknown.noCodeHint')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pageSize={PAGE} total={unknown.length} onPage={setPage} label={t('import.unknown.pager')} />
      {dialog ? <ResolveDialog {...dialog} platform={platform} onClose={() => setDialog(null)} onResolved={onResolved} /> : null}
    </section>
  )
}

/** Links the unknown code to a SKU of the shop, or creates one for it; closes once done. */
function ResolveDialog(props: { kind: 'map' | 'create'; sku: UnknownSku; platform: Platform; onClose: () => void; onResolved: (message: string) => void }) {
  const Dialog = props.kind === 'map' ? MapSkuDialog : CreateSkuDialog
  return (
    <Dialog
      sku={props.sku}
      platform={props.platform}
      onClose={props.onClose}
      onSaved={(message) => {
        props.onClose()
        props.onResolved(message)
      }}
    />
  )
}
