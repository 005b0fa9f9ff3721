// The first-run path continues from an import's result: after the stock list of a
// shop without orders, on to the orders export; after orders, to the alerts.
import { useTranslation } from 'react-i18next'
import { useApp } from '../../lib/app-context'
import { href } from '../../lib/router'
import type { ImportKind } from './lists'

export function NextStep({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation()
  const { status } = useApp()
  if (kind === 'stock' && status?.orders !== 0) return null
  const [link, label] = kind === 'stock' ? [href('import', { kind: 'orders' }), t('firstRun.next.orders')] : [href('alerts'), t('firstRun.next.alerts')]
  return (
    <a className="btn" href={link} data-testid="import-next-step">
      {label}
    </a>
  )
}
