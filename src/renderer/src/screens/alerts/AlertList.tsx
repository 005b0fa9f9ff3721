// Every other kind of alert, with how many there are and the first few in words;
// each one links to the orders or the SKU it concerns.
import { useTranslation } from 'react-i18next'
import type { AlertGroup } from '@shared/engine-types'
import { alertGroupHref, alertHref } from '../../lib/engine-links'
import { useEngineText } from '../../lib/engine-text'
import { formatInt } from '../../lib/format'
import { href } from '../../lib/router'
import { BoxHead } from '../../components/PageHeader'

const SHOWN = 3

export function AlertList({ groups, at }: { groups: AlertGroup[]; at: string | null }) {
  const { t } = useTranslation()
  const text = useEngineText()
  const shown = groups.filter((g) => g.kind !== 'short_order' && g.count > 0)
  return (
    <section className="box" aria-labelledby="alert-list-title" data-testid="alert-list">
      <BoxHead id="alert-list-title" title={t('alerts.listTitle')}>
        <a className="link small nowrap" href={href('reorder')}>
          {t('alerts.toReorder')} →
        </a>
      </BoxHead>
      {shown.length === 0 ? <p className="all-clear">{t('alerts.noAlerts')}</p> : null}
      {shown.map((g) => {
        const severity = g.items.some((i) => i.severity === 'critical')
          ? 'critical'
          : g.items.some((i) => i.severity === 'warning')
            ? 'warning'
            : 'info'
        return (
          <div key={g.kind} className="alert-group" data-kind={g.kind}>
            <h3 className="alert-group-head">
              <span className={`sev-dot sev-${severity}`} aria-hidden="true" />
              <span className="alert-group-name">{t(`engine.alertKinds.${g.kind}`)}</span>
              <span className="count-pill num">{formatInt(g.count)}</span>
            </h3>
            <ul className="alert-items">
              {g.items.slice(0, SHOWN).map((item, i) => (
                <li key={`${item.productId ?? item.sku ?? ''}-${item.incomingId ?? i}`}>
                  <a className={`alert-item sev-${item.severity}`} href={alertHref(item, at)}>
                    {text(item.message)}
                  </a>
                </li>
              ))}
            </ul>
            {g.count > SHOWN ? (
              <a className="link small" href={alertGroupHref(g.kind, at)}>
                {t('alerts.allOfKind', { count: g.count })} →
              </a>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
