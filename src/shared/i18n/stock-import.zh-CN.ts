// 应用库存表或订单文件时发现的问题（解析器自己的问题代码见 import.zh-CN.ts）。
import type { stockImportEn } from './stock-import.en'

export const stockImportZhCN: Record<keyof typeof stockImportEn, string> = {
  stock_code_column_missing: '库存表里没有商家编码列。请把该列命名为“商家编码”、“SKU”或“sku编码”，以便每行对应到商品。',
  bad_number: '第 {{row}} 行“{{column}}”列：“{{value}}”不是大于等于 0 的整数。',
  bad_code: '第 {{row}} 行“{{column}}”列：商家编码“{{value}}”含有空格或超过 64 个字符。',
  duplicate_sku: '第 {{row}} 行：商家编码“{{code}}”已在第 {{firstRow}} 行出现，且数据不一致。',
  missing_name: '第 {{row}} 行：“{{code}}”是新商品，需要填写商品名称。',
  bad_bundle_parts:
    '第 {{row}} 行“{{column}}”列：“{{value}}”不是有效的组合明细。请写成“商家编码×数量”，例如 A001x1, B011x2（每个 1 到 10000 件）。',
  bundle_part_unknown:
    '第 {{row}} 行“{{column}}”列：组合装 {{bundle}} 里的“{{code}}”既不是已有商品，也不是本表新增的商品。请先添加该商品，或改正编码。',
  bundle_code_is_sku: '第 {{row}} 行“{{column}}”列：“{{code}}”已是一个商品的商家编码，不能同时作为组合装。请给组合装另起编码，或清空该行的组合明细。',
  bundle_stock_ignored: '第 {{row}} 行“{{column}}”列：{{code}} 是组合装，库存按子商品计算，这一行的库存数量不会使用。',
  shipped_more_than_stock: '订单 {{orderNo}} 发出了 {{quantity}} 件 {{code}}，但库存记录只有 {{onHand}} 件。库存已记为 0，请盘点该商品。'
}
