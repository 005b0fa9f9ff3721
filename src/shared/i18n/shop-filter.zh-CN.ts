import type { Shape } from './shape'
import type { shopFilterEn } from './shop-filter.en'

export const shopFilterZhCN: Shape<typeof shopFilterEn> = {
  label: '店铺',
  all: '全部店铺',
  option: '{{platform}} · {{name}}',
  banner: '只显示 {{shop}} 的订单。订单、提醒、缺货处理和复盘中其他店铺的订单已隐藏。',
  showAll: '显示全部店铺',
  stockShared: '库存提醒（到货、即将售罄、安全库存）针对所有店铺共用的库存。',
  badgeAllShops: '全部店铺共 {{count, number}} 个缺货订单（角标不随店铺筛选变化）',
  column: '店铺',
  none: '无店铺'
}
