// 缺货取消队列（issue #5）的中文文字。键与 queue.en.ts 一致。
import { placeholderLabels } from '../template-placeholders'
import type { queueEn } from './queue.en'
import type { Shape } from './shape'

export const queueZhCN: Shape<typeof queueEn> = {
  steps: {
    notify: '通知买家',
    offer: '提供方案',
    answer: '等待答复',
    waiting: '买家等待中',
    cancel: '后台取消',
    refund: '确认退款',
    followup: '回访',
    cause: '记录原因',
    close: '可以结案',
    closed: '已结案'
  },
  situations: {
    short: '缺货',
    unmapped: '编码未匹配',
    ready: '已到货（可发）',
    shipped: '已发货',
    cancelled: '已取消'
  },
  channels: { platform_chat: '平台聊天', phone: '电话', sms: '短信', other: '其他方式' },
  offers: { substitute: '替代品', coupon: '优惠券/补偿', wait: '等待到某日', refund: '退款' },
  answers: {
    accepted_substitute: '接受替代品',
    will_wait: '愿意等待',
    agreed_cancel: '同意取消',
    no_reply: '未回复'
  },
  feedback: { satisfied: '满意', neutral: '一般', complaint: '投诉', bad_review_risk: '有差评风险' },
  actions: {
    notify: '标记已通知',
    offer: '提供方案',
    answer: '记录答复',
    cancel: '取消订单',
    refund: '确认退款',
    followup: '回访',
    cause: '设置原因',
    close: '结案',
    undo: '撤销上一步'
  },
  eventNames: {
    opened: '立案',
    notified: '通知买家',
    offered: '方案',
    answered: '答复',
    cancelled: '取消',
    refunded: '退款',
    followed_up: '回访',
    cause_set: '原因',
    closed: '结案',
    undone: '撤销',
    situation: '订单变化',
    reopened: '重新打开'
  },
  events: {
    opened: '立案：订单缺货。承诺发货时间 {{deadlineAt}}，延迟发货赔付 {{lateFen}}。',
    notified: '已通过{{channel}}通知买家（{{notifiedAt}}）。',
    offered_substitute: '提供替代品 {{substituteSku}}，替换 {{sku}}。',
    offered_coupon: '提供 {{couponFen}} 补偿。',
    offered_wait: '请买家等待至 {{waitUntilAt}}。',
    offered_refund: '提出取消订单并退款 {{refundFen}}。',
    answered_accepted_substitute: '买家接受 {{substituteSku}}：订单中的 {{sku}} 已改为 {{substituteSku}}。',
    answered_will_wait: '买家愿意等待至 {{waitUntilAt}}（承诺发货时间 {{deadlineAt}}）。',
    answered_will_wait_late: '买家愿意等待至 {{waitUntilAt}}，晚于承诺发货时间 {{deadlineAt}}：将产生延迟发货赔付 {{lateFen}}。',
    answered_agreed_cancel: '买家同意取消。',
    answered_no_reply: '买家在 {{replyByAt}} 前未回复。',
    cancelled: '已在后台取消，原因：{{reason}}。',
    refunded: '已确认退款 {{refundFen}}。',
    refunded_compensation: '已确认退款 {{refundFen}}；另付补偿 {{compensationFen}}。',
    followed_up: '买家反馈：{{feedback}}。',
    cause_set: '缺货原因：{{cause}}。',
    cause_set_supplier: '缺货原因：{{cause}}（{{supplier}}）。',
    closed: '已结案。',
    undone: '已撤销：{{undoneKind}}。',
    situation: '订单现为「{{to}}」（原为「{{from}}」）。',
    reopened: '重新打开：订单又缺货了。'
  },
  consequences: {
    late_compensation: '如在 {{deadlineAt}} 前未发货，需赔付 {{lateFen}}。',
    late_compensation_due: '已过承诺发货时间 {{deadlineAt}}：需赔付延迟发货 {{lateFen}}。',
    shop_score: '还剩 {{hours}}；延迟发货会影响店铺评分，严重时限制店铺功能。',
    shop_score_late: '已延迟 {{hours}}：影响店铺评分，严重时限制店铺功能。',
    buyer_not_told: '已 {{hours}}未告知买家：买家不满容易给差评。',
    buyer_waiting_late: '已告知买家，但买家付款后已等待 {{hours}}。',
    wait_passed: '买家同意等到 {{waitUntilAt}}，现已过期但订单仍无法发货，请再次联系买家。',
    stockout_deduction: '因缺货取消需扣款 {{stockoutFen}}。'
  },
  placeholders: placeholderLabels('zh-CN'),
  templateKinds: {
    notify: '缺货通知',
    offer_substitute: '提供替代品',
    offer_coupon: '提供补偿',
    offer_wait: '请买家等待',
    offer_refund: '取消并退款',
    refund_done: '退款完成'
  },
  export: {
    platform: '平台',
    orderNo: '订单号',
    step: '步骤',
    situation: '订单现状',
    deadline: '承诺发货时间',
    hoursLeft: '剩余小时',
    lateYuan: '延迟发货赔付(元)',
    buyerName: '买家',
    items: '商品',
    shortSkus: '缺货编码',
    recommendation: '建议',
    notifiedAt: '通知时间',
    offer: '方案',
    answer: '答复',
    cancelReason: '取消原因',
    refundYuan: '退款(元)',
    compensationYuan: '补偿(元)',
    feedback: '反馈',
    cause: '缺货原因'
  }
}
