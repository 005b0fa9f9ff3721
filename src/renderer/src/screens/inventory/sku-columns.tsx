// Columns of the Inventory screen's SKU list: code, name and spec, on hand (with
// out/low tags), open demand, safety stock, supplier, lead time, price.
import type { TFunction } from 'i18next'
import type { ProductRow } from '@shared/types'
import type { Column } from '../../components/VirtualTable'
import { formatInt } from '../../lib/format'
import { countColumn, moneyColumn, monoColumn, textColumn } from '../../components/columns'

export function skuColumns(t: TFunction): Column<ProductRow>[] {
  return [
    monoColumn(
      { id: 'merchantCode', header: t('inventory.col.merchantCode'), width: '140px', sortKey: 'merchantCode' },
      (r) => r.merchantCode
    ),
    textColumn({ id: 'name', header: t('inventory.col.name'), width: 'minmax(170px, 2fr)', sortKey: 'name' }, (r) => r.name),
    {
      id: 'spec',
      header: t('inventory.col.spec'),
      width: 'minmax(100px, 1fr)',
      priority: 2,
      render: (r) => <span className="muted">{r.spec}</span>,
      text: (r) => r.spec
    },
    {
      id: 'onHand',
      header: t('inventory.col.onHand'),
      width: '96px',
      align: 'end',
      sortKey: 'onHand',
      render: (r) => (
        <span className="onhand">
          {r.onHand === 0 ? (
            <span className="tag tag-danger">{t('inventory.outTag')}</span>
          ) : r.onHand < r.safetyStock ? (
            <span className="tag tag-warning">{t('inventory.lowTag')}</span>
          ) : null}
          <span className="num strong">{formatInt(r.onHand)}</span>
        </span>
      )
    },
    {
      id: 'openDemand',
      header: t('inventory.col.openDemand'),
      headerTitle: t('inventory.colHint.openDemand'),
      width: '72px',
      align: 'end',
      sortKey: 'openDemand',
      render: (r) => (
        <span className={`num${r.openDemand > r.onHand ? ' text-danger strong' : r.openDemand === 0 ? ' muted' : ''}`}>
          {formatInt(r.openDemand)}
        </span>
      )
    },
    countColumn({ id: 'safetyStock', header: t('inventory.col.safetyStock'), width: '84px', sortKey: 'safetyStock', priority: 3 }, (r) => r.safetyStock),
    textColumn({ id: 'supplier', header: t('inventory.col.supplier'), width: 'minmax(110px, 1fr)', sortKey: 'supplierName', priority: 1 }, (r) => r.supplierName),
    {
      id: 'leadTime',
      header: t('inventory.col.leadTime'),
      width: '82px',
      priority: 4,
      align: 'end',
      render: (r) => <span className="num">{t('common.days', { count: r.leadTimeDays })}</span>
    },
    moneyColumn({ id: 'price', header: t('inventory.col.price'), width: '96px', sortKey: 'priceFen', priority: 5 }, (r) => r.priceFen)
  ]
}
