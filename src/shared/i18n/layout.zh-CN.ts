import type { layoutEn } from './layout.en'
import type { Shape } from './shape'

export const layoutZhCN: Shape<typeof layoutEn> = {
  collapse: '收起侧栏',
  expand: '展开侧栏',
  navWithBadge: '{{label}}（{{badge}}）',
  hiddenColumns_one: '窗口较窄，已隐藏 {{count}} 列：{{names}}。放大窗口或收起侧栏即可看到。',
  hiddenColumns_other: '窗口较窄，已隐藏 {{count}} 列：{{names}}。放大窗口或收起侧栏即可看到。',
  separator: '、',
  loadingScreen: '正在打开…',
  ruleNameEdited: '{{platform}} · 延迟发货{{penalty}}（已修改）'
}
