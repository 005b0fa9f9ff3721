// 缺货引擎（issue #4）的中文提示。键与 engine.en.ts 完全一致（有测试检查）。
import type { engineEn } from './engine.en'
import type { Shape } from './shape'

export const engineZhCN: Shape<typeof engineEn> = {
  state: { ready: '可发货', short: '缺货', unmapped: '编码未对应' },
  recommendation: { wait: '等待', substitute: '换货', cancel: '取消' },
  deadlineSource: { promised: '承诺发货时间', derived: '推算：付款时间 + 发货时限（假定）', none: '无截止时间' },
  reasons: {
    wait_restock: '等待补货：{{sku}} 的补货 {{restockAt}} 到货，早于承诺发货时间 {{deadlineAt}}。',
    wait_restock_no_deadline: '等待补货：{{sku}} 的补货 {{restockAt}} 到货；该订单没有承诺发货时间。',
    wait_short_delay:
      '请买家接受稍晚发货：{{sku}} 的补货 {{restockAt}} 到货，比承诺发货时间 {{deadlineAt}} 晚 {{delayHours}}；延迟发货赔付只有 {{lateFen}}。',
    substitute: '建议换发 {{substituteSku}}（代替 {{sku}}）：可用 {{available}} 件，订单需要 {{quantity}} 件；承诺发货时间 {{deadlineAt}}。买家同意后即可发货。',
    cancel_restock_late: '建议取消：{{sku}} 的补货 {{restockAt}} 才到，晚于承诺发货时间 {{deadlineAt}}；延迟发货赔付 {{lateFen}}。请立即联系买家并取消订单。',
    cancel_restock_overdue:
      '建议取消：{{sku}} 的补货原定 {{dueAt}} 到货，至今未到，承诺发货时间 {{deadlineAt}} 前没有其他货能补上；延迟发货赔付 {{lateFen}}。请立即联系买家并取消订单。',
    cancel_restock_taken:
      '建议取消：{{sku}} 在途的补货（最晚 {{restockAt}} 到货）已被更早的订单占用；承诺发货时间 {{deadlineAt}}，延迟发货赔付 {{lateFen}}。请立即联系买家并取消订单。',
    cancel_no_restock: '建议取消：{{sku}} 没有在途补货，承诺发货时间 {{deadlineAt}} 前无货可到；延迟发货赔付 {{lateFen}}。请立即联系买家并取消订单。'
  },
  alertKinds: {
    out_of_stock: '缺货且有订单在等',
    short_order: '缺货订单（最紧急的在前）',
    incoming_overdue: '逾期未到的补货',
    run_out: '补货到达前会卖完',
    below_safety: '低于安全库存',
    unmapped: '没有对应商品的商家编码'
  },
  alerts: {
    out_of_stock: '{{sku}} {{name}}：{{orders}} 个待发货订单缺这个商品（共 {{units}} 件）；可用 {{available}} 件，在途 {{incoming}} 件。',
    short_order: '{{platform}}订单 {{orderNo}} 缺 {{sku}}；承诺发货时间 {{deadlineAt}}，延迟发货赔付 {{lateFen}}。',
    incoming_overdue: '{{supplier}} 的 {{sku}} {{quantity}} 件原定 {{dueAt}} 到货，至今未到；{{waiting}} 个订单在等。',
    run_out: '{{sku}} 会在补货到达前卖完：可用 {{available}} 件，按每天 {{avgDaily}} 件约可卖 {{coverDays}} 天，但补货需要 {{leadTimeDays}} 天（约 {{runOutAt}} 断货）。',
    run_out_now: '{{sku}} 已经没有可卖的库存（每天约卖 {{avgDaily}} 件），补货需要 {{leadTimeDays}} 天：下一个订单就会缺货。',
    below_safety: '{{sku}}：可用 {{available}} 件，低于安全库存 {{safetyStock}} 件。',
    unmapped: '商家编码 {{code}} 没有对应的商品：{{orders}} 个待发货订单无法判断库存。请把它对应到商品。'
  },
  formulas: {
    avg_daily: '日均需求 = {{units}} 件 ÷ 有货的 {{inStockDays}} 天（近 {{windowDays}} 天内）= {{value}}',
    avg_unknown: '未知：近 {{windowDays}} 天内没有一天有货。',
    sigma_daily: '有货的 {{inStockDays}} 天里日需求的标准差 σ = {{value}}',
    safety_basic: '安全库存 = z × σ × √LT = {{z}} × {{sigma}} × √{{leadTimeDays}} = {{value}}（向上取整）',
    safety_lead_variance:
      '安全库存 = z × √(LT × σ² + d̄² × σLT²) = {{z}} × √({{leadTimeDays}} × {{sigma}}² + {{avgDaily}}² × {{sigmaLt}}²) = {{value}}（向上取整；供应商交期有波动）',
    safety_floor: '安全库存 = 你设置的 {{configured}}（按统计算出的 {{statistical}} 更低）',
    safety_configured: '安全库存 = 你设置的 {{configured}}（还没有需求数据）',
    reorder_point: '再订货点 = 日均需求 × 交期 + 安全库存 = {{avgDaily}} × {{leadTimeDays}} + {{safetyStock}} = {{value}}（向上取整）',
    reorder_point_no_demand: '再订货点 = 安全库存 = {{value}}（还没有需求数据）',
    order_quantity: '建议采购量 = 缺货订单 {{waitingUnits}} + 再订货点 {{reorderPoint}} − 可用 {{available}} − 在途 {{incoming}} = {{value}}（不小于 0）'
  },
  penalty: {
    fixed: '每单 {{fixedFen}}',
    percent: '实付金额的 {{percent}}%，最低 {{minFen}}，最高 {{maxFen}}',
    percentNoMax: '实付金额的 {{percent}}%，最低 {{minFen}}'
  },
  reorder: {
    noSupplier: '无供应商',
    columns: {
      supplier: '供应商',
      merchantCode: '商家编码',
      name: '商品',
      spec: '规格',
      available: '可用',
      incoming: '在途',
      waitingUnits: '缺货订单件数',
      avgDaily: '日均需求',
      sigmaDaily: '日需求标准差',
      leadTimeDays: '交期（天）',
      safetyStock: '安全库存',
      reorderPoint: '再订货点',
      suggestedQty: '建议采购量',
      unitCostYuan: '单位成本（元）',
      costYuan: '采购金额（元）',
      howComputed: '计算方法'
    }
  },
  errors: {
    rule_is_preset: '预设规则不能删除。可以修改、恢复预设，或改用其他规则。',
    rule_is_active: '该平台正在使用这条规则。请先为该平台选择其他规则。',
    incoming_not_open: '这批补货已经是“{{status}}”状态，不能再修改。',
    not_open: '这个订单不是待发货状态，没有缺货分析。'
  },
  presets: {
    pdd_fixed_3: {
      name: '拼多多 · 延迟发货每单 ¥3',
      source:
        '延迟发货：每单固定 ¥3（48 小时发货规则的公开报道；一则新闻称自 2022-12-09 起暂停执行；ERP 账单数据显示 2025 年订单有 ¥3.0 的“延迟发货扣款”）。缺货扣款：资料中只有账单项目，没有金额，假设同为 ¥3，请按实际账单修改。发货时限：普通商品 48 小时（部分商品 24 小时）。'
    },
    pdd_percent_10: {
      name: '拼多多 · 实付 10%（最低 ¥5，最高 ¥100）',
      source: '一则未注明日期的公开资料：付款后多日仍未发货的订单，按用户实付金额的 10% 赔付，最低 ¥5，最高 ¥100。缺货扣款：没有公开金额，假设与延迟发货相同，请按实际账单修改。'
    },
    taobao_percent_5: {
      name: '淘宝 · 实付 5%（最低 ¥5，最高 ¥30）',
      source:
        '假设：资料中只有账单项目“卖家延迟发货赔付红包”“淘宝缺货赔付红包”，没有金额。采用常被引用的淘宝延迟发货违约金：成交金额的 5%，最低 ¥5，最高 ¥30（未与现行规则核对）；缺货按同样方式估算。发货时限：假设 48 小时（经典规则为 72 小时；取较早者，截止时间就不会晚于平台的）。导出文件没有承诺发货时间时才用它。'
    },
    douyin_percent_10: {
      name: '抖店 · 实付 10%（最低 ¥5，最高 ¥100）（假设）',
      source:
        '假设：资料中没有抖店的赔付金额。为了不低估风险，采用已知预设中最高的一种：实付金额的 10%，最低 ¥5，最高 ¥100。发货时限假设 48 小时（导出文件中有“承诺发货时间”时以它为准）。请按抖店后台规则和账单修改。'
    },
    other_none: {
      name: '其他平台 · 不计赔付',
      source: '没有平台规则：发货时限假设为付款后 48 小时，不计赔付。请按实际情况修改。'
    }
  },
  cli: {
    noOpenOrders: '没有待发货的订单。',
    computedAt: '数据时间 {{computedAt}}',
    whatIf: '假设现在是 {{nowAt}}（不改变已保存的结果）'
  }
}
