// 首次使用（第 14 号问题）：欢迎步骤、先导入库存的提示、一次新建多个 SKU、演示标记与“开始我自己的店铺”。
import type { firstRunEn } from './first-run.en'
import type { Shape } from './shape'

export const firstRunZhCN: Shape<typeof firstRunEn> = {
  welcome: {
    title: '欢迎使用缺货工作台',
    body: '三步导入您自己的店铺。所有数据只保存在这台电脑上。',
    stepsLabel: '开始使用',
    done: '已完成',
    notDone: '未完成',
    step1: '导入库存表',
    step1Body: '您自己的 SKU 表（库存表）：商家编码、名称和现有库存。请先做这一步，库存从一开始就准确。',
    step1Action: '导入库存表',
    step1Done_one: '店铺里有 {{count, number}} 个 SKU。',
    step1Done_other: '店铺里有 {{count, number}} 个 SKU。',
    step2: '导入订单导出文件',
    step2Body: '从拼多多、淘宝或抖店后台下载的订单列表（订单导出）。库存表里没有的商家编码，可以一次全部新建。',
    step2Action: '导入订单',
    step3: '查看预警',
    step3Body: '订单导入后，这里会显示无法发货的订单、快要缺货的 SKU 和可能被扣的钱。',
    step3Waiting: '完成第 2 步后出现',
    demoTitle: '或者先试试演示店铺',
    demoBody: '一个有 SKU、供应商和订单的真实感示例店铺，可以随便看看。随时可以用“开始我自己的店铺”离开，演示数据会保留为备份。',
    demoAction: '加载演示店铺',
    demoLoading: '正在加载演示店铺…'
  },
  next: {
    orders: '下一步：导入订单',
    alerts: '查看预警'
  },
  ordersFirst: {
    text: '店铺里还没有 SKU。先导入库存表，库存才准确：没有库存表，每个订单都会算作缺货。',
    action: '先导入库存表'
  },
  createAll: {
    action_one: '把 {{count, number}} 个编码新建为 SKU',
    action_other: '把全部 {{count, number}} 个编码新建为 SKU',
    hint: '名称和规格取自文件；库存从 0 开始，之后可以在“库存”里盘点。',
    skipped_one: '{{count}} 个编码含有空格或太长，不能自动新建：请逐个关联或新建。',
    skipped_other: '{{count}} 个编码含有空格或太长，不能自动新建：请逐个关联或新建。',
    saving: '正在新建…',
    saved_one: '已新建 {{count, number}} 个 SKU，已重新检查文件。',
    saved_other: '已新建 {{count, number}} 个 SKU，已重新检查文件。'
  },
  demo: {
    badge: '演示数据',
    banner: '您正在查看演示店铺：这些是示例 SKU、供应商和订单，不是您自己的数据。',
    startOwn: '开始我自己的店铺',
    dialogTitle: '开始我自己的店铺？',
    dialogBody:
      '演示店铺会保留为一份备份：以后可以在“设置 › 数据”里重新打开（恢复标为“演示店铺（已保留）”的备份）。然后店铺清空，欢迎步骤会引导您导入自己的文件。',
    dialogKept: '您的设置（语言、时区、服务水平）保持不变。平台规则、消息模板和列对应方式恢复为默认。',
    dialogImported_one: '有 {{count}} 个文件导入到了演示店铺，会和演示数据一起保留在备份里，不会出现在新店铺中：请在新店铺里重新导入。',
    dialogImported_other: '有 {{count}} 个文件导入到了演示店铺，会和演示数据一起保留在备份里，不会出现在新店铺中：请在新店铺里重新导入。',
    confirmImported: '我明白：导入的文件和演示数据一起保留在备份里',
    confirm: '保留演示数据并开始',
    done: '演示店铺已保留为备份（{{file}}）。您自己的店铺已准备好：先导入库存表吧。'
  },
  errors: {
    codesTaken: '这些商家编码已经是店铺的 SKU 或组合装：{{codes}}（共 {{count}} 个）。没有新建任何 SKU，请重新检查文件。',
    codesRepeated: '这些商家编码重复出现：{{codes}}（共 {{count}} 个）。没有新建任何 SKU。',
    notDemo: '这个店铺不是演示店铺：里面是您自己的数据，所以不会被清空。没有做任何更改。',
    importedIntoDemo: '演示店铺里导入过文件（共 {{count}} 个）。开始自己的店铺会把它们和演示数据一起保留在备份里；请确认您已了解，然后再试一次。没有做任何更改。'
  }
}
