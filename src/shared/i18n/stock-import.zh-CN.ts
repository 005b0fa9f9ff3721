// 应用库存表或订单文件时发现的问题（解析器自己的问题代码见 import.zh-CN.ts）。
import type { stockImportEn } from './stock-import.en'

export const stockImportZhCN: Record<keyof typeof stockImportEn, string> = {
  stock_code_column_missing: '库存表里没有商家编码列。请把该列命名为“商家编码”、“SKU”或“sku编码”，以便每行对应到商品。',
  bad_number: '第 {{row}} 行“{{column}}”列：“{{value}}”不是大于等于 0 的整数。',
  bad_code: '第 {{row}} 行“{{column}}”列：商家编码“{{value}}”含有空格或超过 64 个字符。',
  duplicate_sku: '第 {{row}} 行：商家编码“{{code}}”已在第 {{firstRow}} 行出现，且数据不一致。',
  missing_name: '第 {{row}} 行：“{{code}}”是新商品，需要填写商品名称。',
  shipped_more_than_stock: '订单 {{orderNo}} 发出了 {{quantity}} 件 {{code}}，但库存记录只有 {{onHand}} 件。库存已记为 0，请盘点该商品。'
}
