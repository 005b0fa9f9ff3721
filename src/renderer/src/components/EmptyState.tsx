import type { ReactNode } from 'react'
import { Icon, type IconName } from './Icon'

export function EmptyState(props: { icon: IconName; title: ReactNode; children?: ReactNode; actions?: ReactNode; tone?: 'plain' | 'welcome' }) {
  return (
    <section className={`empty-state${props.tone === 'welcome' ? ' welcome' : ''}`}>
      <div className="empty-icon" aria-hidden="true">
        <Icon name={props.icon} size={28} />
      </div>
      <h2 className="empty-title">{props.title}</h2>
      {props.children ? <div className="empty-body">{props.children}</div> : null}
      {props.actions ? <div className="empty-actions">{props.actions}</div> : null}
    </section>
  )
}
