import { useTranslation } from 'react-i18next'
import { useApp } from '../lib/app-context'
import { href, SCREENS, type Screen } from '../lib/router'
import { Icon } from './Icon'

export function Sidebar({ current }: { current: Screen }) {
  const { t } = useTranslation()
  const { engine } = useApp()
  // Orders that cannot ship from stock: what the home screen is about.
  const badges: Partial<Record<Screen, number>> = {
    alerts: engine?.shortOrders ?? 0
  }
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <div className="brand-mark" aria-hidden="true">
          <Icon name="inventory" size={20} />
        </div>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <ul className="nav-list">
        {SCREENS.map((s) => {
          const badge = badges[s]
          return (
            <li key={s}>
              <a href={href(s)} className={`nav-item${s === current ? ' active' : ''}`} aria-current={s === current ? 'page' : undefined}>
                <Icon name={s} />
                <span className="nav-label">{t(`nav.${s}`)}</span>
                {badge ? (
                  <span className="nav-badge" aria-hidden="true" title={t('nav.alertsBadge', { count: badge })}>
                    {badge > 999 ? '999+' : badge}
                  </span>
                ) : null}
              </a>
            </li>
          )
        })}
      </ul>
      <div className="sidebar-foot">{t('app.offline')}</div>
    </nav>
  )
}
