import { useTranslation } from 'react-i18next'
import { useApp } from '../lib/app-context'
import { href, SCREENS, type Screen } from '../lib/router'
import { Icon } from './Icon'
import { ShopPicker } from './ShopPicker'
import { useShopFilter } from '../lib/shop-filter'

interface Props {
  current: Screen
  /** An icon rail: labels become tooltips and accessible names, the badge sits on the icon. */
  collapsed: boolean
  onToggle: () => void
}

export function Sidebar({ current, collapsed, onToggle }: Props) {
  const { t } = useTranslation()
  const { engine } = useApp()
  // The badge counts every shop's short orders (the engine's total); with a shop chosen its tooltip says so.
  const { shopId } = useShopFilter()
  // Orders that cannot ship from stock: what the home screen is about.
  const badges: Partial<Record<Screen, number>> = {
    alerts: engine?.shortOrders ?? 0
  }
  return (
    <nav className={`sidebar${collapsed ? ' collapsed' : ''}`} aria-label={t('nav.label')} data-collapsed={collapsed}>
      <div className="brand" title={collapsed ? t('app.name') : undefined}>
        <div className="brand-mark" aria-hidden="true">
          <Icon name="inventory" size={20} />
        </div>
        <div className="brand-text">
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <ShopPicker />
      <ul className="nav-list">
        {SCREENS.map((s) => {
          const badge = badges[s]
          const label = t(`nav.${s}`)
          const badgeText = badge ? (shopId !== null ? t('shopFilter.badgeAllShops', { count: badge }) : t('nav.alertsBadge', { count: badge })) : null
          return (
            <li key={s}>
              <a
                href={href(s)}
                className={`nav-item${s === current ? ' active' : ''}`}
                aria-current={s === current ? 'page' : undefined}
                // The rail shows icons only: the name (and the badge's meaning) go to the tooltip and screen readers.
                aria-label={collapsed ? (badgeText ? t('layout.navWithBadge', { label, badge: badgeText }) : label) : undefined}
                title={collapsed ? (badgeText ? t('layout.navWithBadge', { label, badge: badgeText }) : label) : undefined}
                data-screen={s}
              >
                <Icon name={s} />
                <span className="nav-label">{label}</span>
                {badge ? (
                  <span className="nav-badge" aria-hidden="true" title={badgeText ?? undefined} data-testid={`nav-badge-${s}`}>
                    {badge > 999 ? '999+' : badge}
                  </span>
                ) : null}
              </a>
            </li>
          )
        })}
      </ul>
      <div className="sidebar-foot">
        <button
          type="button"
          className="sidebar-toggle"
          onClick={onToggle}
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('layout.expand') : t('layout.collapse')}
          title={collapsed ? t('layout.expand') : t('layout.collapse')}
          data-testid="sidebar-toggle"
        >
          <span className="sidebar-toggle-icon" aria-hidden="true">
            <Icon name="chevron" size={16} />
          </span>
        </button>
        <span className="sidebar-offline">{t('app.offline')}</span>
      </div>
    </nav>
  )
}
