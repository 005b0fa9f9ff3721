// 收件箱（下载文件夹里的导出文件）、提醒（桌面通知、托盘）及其设置（第 16 号问题第 2、3 点）。
import type { inboxEn } from './inbox.en'
import type { Shape } from './shape'

export const inboxZhCN: Shape<typeof inboxEn> = {
  title: '下载文件夹里的新文件',
  count_one: '{{count, number}} 个新导出文件',
  count_other: '{{count, number}} 个新导出文件',
  kind: { orders: '订单', stock: '库存表' },
  rows_one: '{{count, number}} 行',
  rows_other: '{{count, number}} 行',
  stockList: '库存表',
  open: '预览导入',
  openLabel: '预览导入 {{name}}',
  imported: '已导入过',
  showImported: '显示已导入过的文件（{{count}}）',
  hideImported: '隐藏已导入过的文件',
  waiting_one: '{{count, number}} 个文件还在下载，下载完成后会显示在这里。',
  waiting_other: '{{count, number}} 个文件还在下载，下载完成后会显示在这里。',
  unreadable: '无法读取收件文件夹 {{folder}}。请在设置中另选一个文件夹。',
  folderNote: '正在查看 {{folder}}',
  reading: '正在从收件文件夹读取 {{name}}…',
  errors: {
    folderNotAbsolute: '请用“选择文件夹…”选择（需要完整路径，收到的是“{{folder}}”）。',
    notInInbox: '“{{name}}”不是收件文件夹里的文件。',
    fileGone: '“{{name}}”已不在收件文件夹中（已移动或删除）。请重新查看。',
    notAnExport: '“{{name}}”不是订单导出文件，也不是库存表。'
  },
  settings: {
    title: '收件箱与提醒',
    intro: '软件会在一个文件夹里查找您下载的订单导出文件和库存表，并显示在“预警”页。它从不自动导入。',
    enabled: '在此文件夹中查找新导出文件',
    folder: '文件夹',
    defaultFolder: '（您的“下载”文件夹）',
    choose: '选择文件夹…',
    useDefault: '使用“下载”文件夹',
    remindersEnabled: '缺货订单临近截止时提醒我',
    hours: '截止前几小时提醒',
    hoursHelp: '尚未处理的缺货订单会在截止前这么多小时收到一次通知；另外每天早上一条概览。',
    keepInTray: '关闭窗口后在托盘中继续运行',
    keepInTrayHelp: '只有软件在运行时才会提醒。可从托盘菜单退出。',
    saved: '已保存',
    badHours: '请输入 1 到 {{max}} 之间的整数小时。'
  },
  notify: {
    orderTitle: '缺货订单还剩 {{left}} 到期',
    orderBody: '{{platform}}订单 {{orderNo}} 无法发货，尚未处理。点击打开该订单的处理页。',
    summaryTitle: '今日概览',
    summaryBody: '今天 {{due}} 个订单到期，{{short}} 个缺货'
  },
  tray: {
    tooltip: '缺货工作台 — 提醒已开启',
    open: '打开缺货工作台',
    quit: '退出'
  }
}
