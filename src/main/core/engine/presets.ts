// Platform rule presets shipped with the app. Rules change and sources disagree
// (docs/domain.md), so each preset carries its source and date, and the user can
// edit it or choose another. Where the domain notes give no figure, the preset
// says it is an assumption and why that one. Texts are stored in Chinese (the
// shop owner's language); engine.presets.<code> in i18n localises unedited presets.
import type { PenaltyFormula, PlatformRule } from '../../../shared/engine-types'

/** A rule as shipped: `active` marks the preset a fresh shop uses for its platform. */
export interface RulePreset extends Pick<
  PlatformRule,
  'platform' | 'active' | 'name' | 'shipWindowHours' | 'late' | 'stockout' | 'source' | 'sourceDate'
> {
  code: string
}

const fixed = (fixedFen: number): PenaltyFormula => ({ kind: 'fixed', fixedFen })
const percent = (percentBp: number, minFen: number, maxFen: number | null): PenaltyFormula => ({ kind: 'percent', percentBp, minFen, maxFen })

export const RULE_PRESETS: readonly RulePreset[] = [
  {
    code: 'pdd_fixed_3',
    platform: 'pdd',
    active: true,
    name: '拼多多 · 延迟发货每单 ¥3',
    shipWindowHours: 48,
    late: fixed(300),
    stockout: fixed(300),
    source:
      '延迟发货：每单固定 ¥3（48 小时发货规则的公开报道；一则新闻称自 2022-12-09 起暂停执行；ERP 账单数据显示 2025 年订单有 ¥3.0 的“延迟发货扣款”）。' +
      '缺货扣款：资料中只有账单项目，没有金额，假设同为 ¥3，请按实际账单修改。发货时限：普通商品 48 小时（部分商品 24 小时）。',
    sourceDate: '2025'
  },
  {
    code: 'pdd_percent_10',
    platform: 'pdd',
    active: false,
    name: '拼多多 · 实付 10%（最低 ¥5，最高 ¥100）',
    shipWindowHours: 48,
    late: percent(1000, 500, 10_000),
    stockout: percent(1000, 500, 10_000),
    source:
      '一则未注明日期的公开资料：付款后多日仍未发货的订单，按用户实付金额的 10% 赔付，最低 ¥5，最高 ¥100。' +
      '缺货扣款：没有公开金额，假设与延迟发货相同，请按实际账单修改。',
    sourceDate: null
  },
  {
    code: 'taobao_percent_5',
    platform: 'taobao',
    active: true,
    name: '淘宝 · 实付 5%（最低 ¥5，最高 ¥30）',
    shipWindowHours: 48,
    late: percent(500, 500, 3000),
    stockout: percent(500, 500, 3000),
    source:
      '假设：资料中只有账单项目“卖家延迟发货赔付红包”“淘宝缺货赔付红包”，没有金额。采用常被引用的淘宝延迟发货违约金：成交金额的 5%，最低 ¥5，最高 ¥30（未与现行规则核对）；缺货按同样方式估算。' +
      '发货时限：假设 48 小时（经典规则为 72 小时；取较早者，截止时间就不会晚于平台的）。导出文件没有承诺发货时间时才用它。',
    sourceDate: null
  },
  {
    code: 'douyin_percent_10',
    platform: 'douyin',
    active: true,
    name: '抖店 · 实付 10%（最低 ¥5，最高 ¥100）（假设）',
    shipWindowHours: 48,
    late: percent(1000, 500, 10_000),
    stockout: percent(1000, 500, 10_000),
    source:
      '假设：资料中没有抖店的赔付金额。为了不低估风险，采用已知预设中最高的一种：实付金额的 10%，最低 ¥5，最高 ¥100。' +
      '发货时限假设 48 小时（导出文件中有“承诺发货时间”时以它为准）。请按抖店后台规则和账单修改。',
    sourceDate: null
  },
  {
    code: 'other_none',
    platform: 'other',
    active: true,
    name: '其他平台 · 不计赔付',
    shipWindowHours: 48,
    late: fixed(0),
    stockout: fixed(0),
    source: '没有平台规则：发货时限假设为付款后 48 小时，不计赔付。请按实际情况修改。',
    sourceDate: null
  }
]

/** The flat column values a preset (or a saved rule) is stored as. */
export function penaltyColumns(p: PenaltyFormula): [kind: string, fixedFen: number, percentBp: number, minFen: number, maxFen: number | null] {
  return p.kind === 'fixed' ? ['fixed', p.fixedFen, 0, 0, null] : ['percent', 0, p.percentBp, p.minFen, p.maxFen]
}
