// 建议的缺货原因（issue 16 第 5 点）的中文文字。键与 cause-suggest.en.ts 一致（有测试检查）。
// 时间（…At）由 engine-format.ts 按店铺时区显示。
import type { causeSuggestEn } from './cause-suggest.en'
import type { Shape } from './shape'

export const causeSuggestZhCN: Shape<typeof causeSuggestEn> = {
  title: '建议原因：{{cause}}',
  why: '记录显示',
  confirm: '确认此原因',
  confirmHint: '一键记录建议的原因。要记录其他原因，请在下面选择。',
  none: '记录中看不出原因，请在下面选择。',
  loading: '正在从记录中查找原因…',
  facts: {
    deliveryMissing: '一批到货 {{sku}} × {{quantity}} 预计 {{expectedAt}} 到，早于订单发货截止 {{deadlineAt}}，至今未到。',
    deliveryLate: '一批到货 {{sku}} × {{quantity}} 预计 {{expectedAt}} 到（截止 {{deadlineAt}}），实际 {{receivedAt}} 才到，已在断货之后。',
    deliveryCancelled: '预计 {{expectedAt}} 到的 {{sku}} × {{quantity}} 已取消。',
    deliveryShort: '预计 {{expectedAt}} 到的 {{sku}} × {{quantity}} 到货不足：{{receivedAt}} 只收到 {{received}} 件。',
    demandSpike: '断货前 {{days}} 天共下单 {{sku}} × {{units}}（每天 {{perDay}} 件），是有货时日均 {{average}} 件的 {{times}} 倍。',
    oversold: '{{sku}} 的最后几件在本单（{{paidAt}} 付款）之前 {{hours}} 内被 {{orders}} 个订单拿走，其中有其他店铺的：{{shops}}（最早 {{firstAt}}）。',
    countRemoved: '{{movedAt}} 盘点时 {{sku}} 减少了 {{removed}} 件；本单需要 {{needed}} 件。',
    adjustRemoved: '{{movedAt}} 库存调整时 {{sku}} 减少了 {{removed}} 件；本单需要 {{needed}} 件。',
    belowReorderPoint: '{{sku}} 在 {{sinceAt}} 只有 {{onHand}} 件，低于补货点 {{reorderPoint}} 件，断货前 {{days}} 天里一直没有在途的采购。',
    recentMapping: '订单行的编码 {{code}} 在 {{mappedAt}} 才对应到 {{sku}}，距下单（{{orderAt}}）不到 {{days}} 天。',
    lateBundle: '组合装 {{code}} 在 {{definedAt}} 才设置，晚于下单时间（{{orderAt}}）。'
  },
  review: {
    title: '建议原因',
    text: '建议 {{suggested}} 次 · 确认 {{confirmed}} 次 · 改选 {{changed}} 次',
    none: '这段时间内记录的原因都没有建议。',
    rate: '{{pct}}% 的建议被确认'
  }
}
