// Orders chosen while the shop has no SKUs: not a block, a hint that the stock list
// first gives accurate stock (without it every order counts as short), with the link.
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { href } from '../../lib/router'

export function OrdersFirstHint({ onStock }: { onStock: () => void }) {
  const { t } = useTranslation()
  const { status } = useApp()
  if (!status || status.skus > 0) return null
  return (
    <div className="notice notice-info" role="note" data-testid="orders-first-hint">
      <Icon name="info" size={18} />
      <span>
        {t('firstRun.ordersFirst.text')}{' '}
        <a
          href={href('import', { kind: 'stock' })}
          onClick={(e) => {
            // The screen may already be at this address (the kind was switched here): switch it back in place.
            e.preventDefault()
            onStock()
          }}
        >
          {t('firstRun.ordersFirst.action')}
        </a>
      </span>
    </div>
  )
}
