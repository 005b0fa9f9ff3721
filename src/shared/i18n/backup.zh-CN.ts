// “设置 › 数据”（备份、恢复、修复）以及主进程修复对话框的文字。键与 backup.en.ts 一致。
import type { backupEn } from './backup.en'
import type { Shape } from './shape'

export const backupZhCN: Shape<typeof backupEn> = {
  keptAside: {
    title: '留存的副本',
    rule: '每次恢复前都会把当前店铺另存一份，损坏的数据库也会移到一旁，绝不删除。每一类保留最新的 {{newest}} 份以及 {{days}} 天内的所有副本；可用于撤销恢复的那一份始终保留。',
    none: '没有留存的副本。',
    kind: { 'before-restore': '恢复前', 'before-undo': '撤销恢复前', damaged: '损坏的数据库' },
    keep: '保留',
    mayGo: '下次整理时删除',
    tidy: '立即整理',
    tidied: '已删除 {{count}} 份旧的留存副本。',
    col: { at: '时间', kind: '类型', size: '大小', rule: '规则' }
  },
  title: '数据与备份',
  hint: '备份是整个店铺的完整副本，写好后会自动检查。启动时、工作期间每隔几分钟、以及每次升级前都会备份。',
  backUpNow: '立即备份',
  backingUp: '正在备份…',
  backedUp: '已备份：{{skus}} 个 SKU，{{orders}} 个订单。',
  openDataFolder: '打开数据文件夹',
  openBackupFolder: '打开备份文件夹',
  folder: '备份文件夹',
  folderHint: '可以选 U 盘或另一块硬盘上的文件夹，让备份不和电脑硬盘放在一起。',
  folderDefault: '（默认，与店铺数据库放在一起）',
  changeFolder: '更改…',
  useDefaultFolder: '使用默认文件夹',
  schedule: '自动备份',
  every: '每隔',
  minutes_one: '{{count}} 分钟',
  minutes_other: '{{count}} 分钟',
  keepToday: '保留今天最新的',
  keepDays: '每天保留一份，共',
  backups: '备份列表',
  none: '还没有备份。点击“立即备份”做第一份。',
  col: {
    at: '时间',
    reason: '方式',
    size: '大小',
    skus: 'SKU',
    orders: '订单',
    actions: '操作'
  },
  reason: {
    manual: '手动',
    startup: '启动时',
    scheduled: '自动',
    'pre-migrate': '升级前',
    demo: '演示店铺（已保留）'
  },
  unverified: '未检查',
  restore: '恢复…',
  restoreTitle: '恢复 {{at}} 的备份？',
  restoreBody: '店铺将回到当时的样子：{{skus}} 个 SKU，{{orders}} 个订单。',
  restoreLoss: '{{at}} 之后做的操作将被撤回（之后共记录了 {{actions}} 项操作）。',
  restoreSafe: '恢复前会先把现在的店铺另存一份，随时可以撤销这次恢复。',
  restoreConfirm: '恢复',
  restoring: '正在恢复…',
  restoredFrom: '店铺已从 {{at}} 的备份恢复。',
  undoRestore: '撤销恢复',
  undoing: '正在撤销…',
  undone: '已撤销恢复：店铺回到了恢复之前的样子。',
  lastError: '自动备份失败：{{message}}',
  damagedTitle: '店铺数据库已损坏',
  damagedBody: '已停止写入，避免丢失更多数据。请恢复最新的完好备份；损坏的文件会保留，绝不删除。',
  recover: '恢复最新的完好备份…',
  recoverNone: '没有找到完好的备份。损坏的文件保留在 {{path}}。',
  unknownCount: '?',
  dialog: {
    title: 'Stockout Desk / 缺货工作台',
    damaged: '店铺数据库已损坏。',
    damagedDetail:
      '已停止写入，避免丢失更多数据。最新的完好备份是 {{at}} 的（{{skus}} 个 SKU，{{orders}} 个订单）。之后做的操作将会丢失：共 {{actions}} 项。损坏的文件会移到一边保留，绝不删除。',
    restore: '恢复备份',
    later: '暂不',
    quit: '退出',
    noBackup: '店铺数据库已损坏，而且没有可恢复的完好备份。',
    noBackupDetail: '损坏的文件保留在 {{path}}。请先把它复制到安全的地方。',
    restored: '备份已恢复。',
    restoredDetail: '损坏的数据库保留在 {{path}}。'
  }
}
