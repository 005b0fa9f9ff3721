// 导入历史与撤销导入（问题 #14 第 5 点）：历史里的撤销列、确认对话框、拒绝撤销的原因（每条都说明是什么依赖这次导入）。
import type { importUndoEn } from './import-undo.en'
import type { Shape } from './shape'

export const importUndoZhCN: Shape<typeof importUndoEn> = {
  rows: '行数',
  state: '撤销',
  undo: '撤销导入',
  states: {
    available: '可以撤销',
    refused: '无法撤销',
    later: '请先撤销更新的导入',
    undone: '已于 {{at}} 撤销',
    unrecorded: '导入时还不支持撤销'
  },
  dialog: {
    title: '撤销“{{file}}”的导入？',
    subtitle: '导入时间 {{at}}',
    intro: '这次导入改动的一切都会恢复到导入之前：',
    ordersRemoved_one: '删除它新增的 {{count, number}} 个订单及其商品行',
    ordersRemoved_other: '删除它新增的 {{count, number}} 个订单及其商品行',
    ordersRestored_one: '它修改过的 {{count, number}} 个订单恢复原样',
    ordersRestored_other: '它修改过的 {{count, number}} 个订单恢复原样',
    movesReversed_one: '收回它产生的 {{count, number}} 条库存变动',
    movesReversed_other: '收回它产生的 {{count, number}} 条库存变动',
    productsRemoved_one: '删除它新建的 {{count, number}} 个 SKU',
    productsRemoved_other: '删除它新建的 {{count, number}} 个 SKU',
    productsRestored_one: '它修改过的 {{count, number}} 个 SKU 恢复原样',
    productsRestored_other: '它修改过的 {{count, number}} 个 SKU 恢复原样',
    suppliersRemoved_one: '删除它新建的 {{count, number}} 个供应商',
    suppliersRemoved_other: '删除它新建的 {{count, number}} 个供应商',
    bundlesReverted_one: '它新建或修改的 {{count, number}} 个组合装恢复原样',
    bundlesReverted_other: '它新建或修改的 {{count, number}} 个组合装恢复原样',
    statusMeaningsReverted_one: '随它保存的 {{count, number}} 个状态含义恢复原样',
    statusMeaningsReverted_other: '随它保存的 {{count, number}} 个状态含义恢复原样',
    mappingsRemoved_one: '删除导入后为它的编码建立的 {{count, number}} 个 SKU 对应关系',
    mappingsRemoved_other: '删除导入后为它的编码建立的 {{count, number}} 个 SKU 对应关系',
    nothing: '这次导入没有改动店铺数据，只会标记为已撤销。',
    after: '这次导入仍会留在历史里，标记为已撤销；以后可以再次导入同一个文件。',
    confirm: '撤销导入',
    refusedTitle: '“{{file}}”的导入无法撤销',
    close: '关闭'
  },
  done: '已撤销“{{file}}”的导入。',
  refused: {
    already_undone: '“{{file}}”的导入已经撤销过了。',
    unrecorded: '“{{file}}”是在本版本开始记录导入改动之前导入的，无法撤销。如需恢复，请使用导入之前的备份。',
    newer_batch: '之后又导入了“{{file}}”（#{{id}}），它建立在这次导入之上。请先撤销那次导入。',
    queue_step: '这次导入的订单 {{orderNo}} 之后在缺货处理队列里有过操作。请先在队列里撤销那一步，或保留这次导入。',
    later_count: '{{code}} 在这次导入之后盘点过库存。撤销导入会推翻部分盘点结果；请保留导入，或先撤销那次盘点。',
    stock_short:
      '撤销这次导入要从 {{code}} 的库存中扣回 {{back}} 件，但现在只有 {{onHand}} 件（导入后已有库存出库）。请先登记库存，或保留这次导入。',
    product_used:
      '这次导入新建的 SKU {{code}} 之后已被使用（库存变动、到货、组合装、对应关系或替代品）。请先删除这些记录，或保留这次导入。',
    product_edited: 'SKU {{code}} 在这次导入之后被修改过，撤销导入会推翻那次修改。请保留导入，或先把它改回去。',
    bundle_edited: '组合装 {{code}} 在这次导入之后被修改过，撤销导入会推翻那次修改。请保留导入，或先把它改回去。',
    mapping_changed: '{{code}} 的 SKU 对应关系在这次导入之后被修改过，而这次导入的订单带有这个编码。请保留导入，或先把对应关系改回去。'
  }
}
