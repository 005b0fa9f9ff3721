// 简体中文：第 14 号问题第 4 点（各列表搜索、任意筛选视图导出）。键与 search-export.en.ts 一致。
import type { searchExportEn } from './search-export.en'
import type { Shape } from './shape'

export const searchExportZhCN: Shape<typeof searchExportEn> = {
  columns: {
    platform: '平台',
    orderNo: '订单号',
    status: '订单状态',
    paidAt: '付款时间',
    merchantCode: '商家编码',
    product: 'SKU/商品名称',
    spec: '规格',
    quantity: '数量',
    lineYuan: '商品金额（元）',
    paidYuan: '订单实付（元）',
    buyerMessage: '买家留言',
    merchantNote: '商家备注',
    stockState: '库存状态',
    deadline: '承诺发货时间',
    hoursLeft: '剩余小时',
    recommendation: '建议处理'
  },
  lineState: {
    ready: '有货',
    short: '缺货',
    unmapped: '未匹配SKU',
    waits: '有货，等同单其他商品'
  },
  incoming: {
    searchLabel: '搜索到货记录',
    searchPlaceholder: 'SKU编码、名称、供应商或备注'
  },
  reorder: {
    searchLabel: '搜索补货建议',
    searchPlaceholder: 'SKU编码、名称或供应商',
    noMatch: '没有与“{{text}}”匹配的待补货SKU。'
  },
  review: {
    searchLabel: '搜索案例',
    searchPlaceholder: '订单号、买家、商家编码或商品标题',
    active: '包含“{{text}}”'
  },
  queue: {
    skuLabel: 'SKU',
    skuPlaceholder: 'SKU编码',
    skuApply: '筛选',
    skuFilter: '含 SKU {{code}} 的案例',
    skuClear: '显示全部SKU',
    skuUnknown: '没有编码为“{{code}}”的SKU。'
  },
}
