// 简体中文界面文字。键与 en.ts 完全一致（有测试检查）。
import { purchaseZhCN } from './purchase.zh-CN'
import { causeSuggestZhCN } from './cause-suggest.zh-CN'
import { importUndoZhCN } from './import-undo.zh-CN'
import { searchExportZhCN } from './search-export.zh-CN'
import { realExportsZhCN } from './real-exports.zh-CN'
import { importLimitsZhCN } from './import-limits.zh-CN'
import { queueScreenZhCN } from './queue-screen.zh-CN'
import { queueWorkZhCN } from './queue-work.zh-CN'
import { reviewZhCN } from './review.zh-CN'
import { queueZhCN } from './queue.zh-CN'
import { importZhCN } from './import.zh-CN'
import { engineZhCN } from './engine.zh-CN'
import { screensZhCN } from './screens.zh-CN'
import { stockImportZhCN } from './stock-import.zh-CN'
import type { en } from './en'
import { backupZhCN } from './backup.zh-CN'
import { listsZhCN, stockFormsZhCN, exportsZhCN } from './shop.zh-CN'
import { commonZhCN } from './common.zh-CN'
import { firstRunZhCN } from './first-run.zh-CN'
import { layoutZhCN } from './layout.zh-CN'
import type { Shape } from './shape'

import { shopsZhCN } from './shops.zh-CN'
import { shopFilterZhCN } from './shop-filter.zh-CN'
import { inboxZhCN } from './inbox.zh-CN'
export const zhCN: Shape<typeof en> = {
  shops: shopsZhCN,
  shopFilter: shopFilterZhCN,
  purchase: purchaseZhCN,
  importUndo: importUndoZhCN,
  searchExport: searchExportZhCN,
  importLimits: importLimitsZhCN,
  inbox: inboxZhCN,
  firstRun: firstRunZhCN,
  importProblems: { ...importZhCN, ...stockImportZhCN },
  engine: engineZhCN,
  ...realExportsZhCN,
  ...screensZhCN,
  cases: queueZhCN,
  ...commonZhCN,
  ...listsZhCN,
  inventory: {
    title: '库存',
    tableLabel: 'SKU 列表',
    searchLabel: '搜索 SKU',
    searchPlaceholder: '商家编码、名称或规格',
    count_one: '共 {{count, number}} 个 SKU',
    count_other: '共 {{count, number}} 个 SKU',
    addSku: '新增 SKU',
    filterLabel: '显示',
    filter: {
      all: '全部',
      out_of_stock: '断货',
      below_safety: '低于安全库存',
      with_demand: '有待发订单'
    },
    supplierFilter: '供应商',
    allSuppliers: '全部供应商',
    empty: '没有符合搜索或筛选条件的 SKU。',
    emptyShop: '库存表还是空的。可以新增 SKU，或在「预警」页加载演示店铺。',
    outTag: '断货',
    lowTag: '偏低',
    col: {
      merchantCode: '商家编码',
      name: '名称',
      spec: '规格',
      onHand: '现有',
      openDemand: '待发',
      safetyStock: '安全库存',
      supplier: '供应商',
      leadTime: '交货周期',
      price: '售价'
    },
    colHint: {
      openDemand: '待发货订单占用的件数'
    },
    detail: {
      label: 'SKU 详情',
      edit: '编辑 SKU',
      move: '记录库存变动',
      onHand: '现有库存',
      openDemand: '待发订单占用',
      safetyStock: '安全库存',
      leadTime: '交货周期',
      supplierDefault: '供应商默认',
      price: '售价',
      unitCost: '成本价',
      supplier: '供应商',
      noSupplier: '无供应商',
      updatedAt: '最后修改',
      outOfStock: '断货',
      belowSafety: '低于安全库存',
      shortBy: '待发订单还差 {{count}} 件',
      substitutes: '替代品',
      noSubstitutes: '尚未设置替代品。断货时可以向买家推荐替代品。',
      movements: '库存流水',
      noMovements: '还没有库存变动。',
      showMore: '显示更多（已显示 {{shown}} / 共 {{total}}）',
      viewOrders: '查看该 SKU 的订单',
      time: '时间',
      type: '类型',
      change: '变动',
      balance: '结存',
      reason: '原因',
      countedAs: '盘点数 {{count}}',
      orderRef: '{{platform}}订单 {{orderNo}}'
    },
    created: '已新增 SKU {{code}}。',
    updated: '已保存 SKU {{code}}。',
    moved: '已记录 {{code}} 的{{type}}：{{change}}。现有库存 {{onHand}}。'
  },
  ...stockFormsZhCN,
  queue: queueScreenZhCN,
  causeSuggest: causeSuggestZhCN,
  queueWork: queueWorkZhCN,
  review: reviewZhCN,
  import: {
    title: '导入',
    subtitle: '导入平台订单导出和库存表。先看预览，点“导入”之前不会改动任何数据。',
    sourceLabel: '要导入的文件',
    kindLabel: '要导入什么？',
    kind: {
      orders: '订单导出',
      stock: '库存表'
    },
    kindHint: {
      orders: '从拼多多、淘宝或抖店商家后台下载的订单列表（订单导出）。',
      stock: '你自己的商品表：商家编码、商品名称和现有库存（库存表）。表中的数量会记为盘点。'
    },
    platformLabel: '平台',
    platformOption: {
      auto: '自动识别',
      pdd: '拼多多',
      taobao: '淘宝 / 天猫',
      douyin: '抖店',
      generic: '其他表格（自己指定列）'
    },
    platformName: {
      generic: '通用表格',
      unknown: '来源不明'
    },
    encoding: {
      'utf-8': 'UTF-8',
      'utf-8-bom': 'UTF-8 (BOM)',
      gb18030: 'GB18030（GBK）',
      xlsx: 'Excel (.xlsx)'
    },
    drop: {
      inputLabel: '选择要导入的文件',
      title: '把文件拖到这里，或者',
      choose: '选择文件…',
      chooseAnother: '换一个文件',
      dropAnother: '也可以把另一个文件拖到这里替换',
      formats: '从商家后台导出的 CSV、XLSX 或 TXT 文件，最大 {{size}} MB'
    },
    source: {
      pdd: '拼多多订单导出（CSV，UTF-8 或 GBK 编码）',
      taobao: '淘宝 / 天猫订单导出（CSV 或 XLSX）',
      douyin: '抖店订单导出（CSV）'
    },
    guide: {
      title: {
        orders: '可以导入哪些订单文件？',
        stock: '库存表应该是什么样？'
      },
      stockBody: '每个 SKU 一行。只有商家编码是必填的；新商品还需要商品名称。有下面这些列时也会读取：',
      stockColumns: '商家编码 · 商品名称 · 规格 · 现有库存 · 安全库存 · 供应商 · 采购周期(天) · 成本价(元) · 售价(元)',
      after: {
        orders: '在商家后台下载订单列表，然后在上面选择这个文件。店里已有的订单只会更新，不会重复。',
        stock: '本软件“库存”页导出的表格正好是这些列，可以导出、在 Excel 里修改后再导入。'
      }
    },
    safety: '文件只在本机读取。订单号、手机号和商家编码都按原文保存，开头的 0 不会丢失。',
    fileTooLarge: '这个文件有 {{size}}。最大只能导入 512 MB 的文件；请缩短导出的时间范围，分几次导入。',
    fileUnreadable: '无法读取文件“{{name}}”。它可能被移动了，或者正在被其他程序打开。没有做任何改动。',
    cancelled: '已取消导入，没有做任何改动。',
    previewCancelled: '已取消检查，没有做任何改动。',
    progress: {
      previewTitle: '正在检查文件',
      importTitle: '正在导入',
      reading: '正在读取文件…',
      checking: '正在逐行检查…',
      writing: '正在保存到店铺…',
      count: '{{done}} / {{total}}',
      previewHint: '检查期间不会写入任何数据。',
      importHint: '现在取消，店铺数据会保持原样。',
      cancelling: '正在取消…'
    },
    preview: {
      title: '预览',
      notYet: '还没有保存任何数据。请核对下面的数字，然后再导入。',
      source: '识别结果',
      rows: '文件行数',
      mapping: '列对应',
      changeMapping: '修改'
    },
    count: {
      orders: {
        created: '新订单',
        updated: '有更新的订单',
        unchanged: '无变化',
        skipped: '将跳过的行',
        skippedDone: '已跳过的行'
      },
      stock: {
        created: '新 SKU',
        updated: '有更新的 SKU',
        unchanged: '无变化',
        skipped: '将跳过的行',
        skippedDone: '已跳过的行'
      }
    },
    noun: {
      orders_one: '{{count, number}} 个订单',
      orders_other: '{{count, number}} 个订单',
      stock_one: '{{count, number}} 个 SKU',
      stock_other: '{{count, number}} 个 SKU'
    },
    decision: {
      readyTitle: '可以导入了',
      readyBody: '每一行都顺利读取，没有发现问题。',
      readyUnknown: '现在就可以导入。下面有 {{count}} 个商家编码还没有对应到你的商品；对应之前，这些订单不会占用库存。',
      sameTitle: '这个文件里的内容店里都已经有了',
      sameBody: '再导入一次不会改动任何数据，只会记入导入记录。',
      import: '导入 {{what}}',
      rowsBlockedTitle_one: '有 {{count}} 行有问题',
      rowsBlockedTitle_other: '有 {{count}} 行有问题',
      rowsBlockedBody: '不跳过这些行，就什么都不会导入。跳过它们，可以先导入其余 {{rest}}；导入后可以导出被跳过的行，改好后再导入。',
      rowsBlockedNothing: '这个文件没有可以直接导入的行。请按下面的提示修正后重新选择文件。',
      skipAndImport_one: '跳过 {{count}} 行有问题的行，导入 {{rest}}',
      skipAndImport_other: '跳过 {{count}} 行有问题的行，导入 {{rest}}',
      fileBlockedTitle: '这个文件不能导入',
      fileBlockedBody: '没有导入任何数据。请按提示修正文件，或者换一个文件、换一个平台。',
      nothingTitle: '没有可导入的内容',
      nothingBody: '文件里没有能读取的订单或商品。'
    },
    problem: {
      unknownFile: '文件有一个当前版本无法说明的问题，没有从中导入任何数据。',
      unknownCell: '第 {{row}} 行“{{column}}”列：这个值无法使用。',
      unknownRow: '第 {{row}} 行：这一行无法使用。'
    },
    problems: {
      title: '问题和提示',
      hint: '行号与 Excel 中看到的一致（表头是第 1 行）。标为“阻止导入”的行，除非选择跳过，否则不会导入。',
      filter: '显示哪些问题',
      blocking: '阻止导入',
      notes: '提示',
      row: '行',
      column: '列',
      message: '问题说明',
      wholeFile: '整个文件',
      blockingTag: '阻止导入',
      noteTag: '提示',
      pager: '问题分页'
    },
    unknown: {
      title: '库存里没有的商家编码',
      hint_one: '每个编码只需对应一次到你的商品（以后导入会记住），也可以新建为商品。共有 {{count}} 行订单用到这些编码。',
      hint_other: '每个编码只需对应一次到你的商品（以后导入会记住），也可以新建为商品。共有 {{count}} 行订单用到这些编码。',
      code: '商家编码',
      item: '文件中的商品',
      lines: '行数',
      actions: '操作',
      noCode: '（没有商家编码）',
      noCodeHint: '请在平台后台补上商家编码',
      map: '对应到已有商品…',
      create: '新建商品…',
      pager: '商家编码分页'
    },
    map: {
      title: '把 {{code}} 对应到已有商品',
      hint: '带这个商家编码的订单会计入你选的商品，现在和以后的导入都一样。',
      search: '按商家编码、名称或规格搜索',
      results: '匹配的商品',
      noMatch: '没有匹配的商品。',
      onHand: '库存 {{n}}',
      more: '还有 {{count}} 个，请输入关键词缩小范围。',
      saved: '已把 {{code}} 对应到 {{sku}}，并重新检查了文件。'
    },
    create: {
      title: '新建商品',
      subtitle: '对应文件中的商家编码 {{code}}',
      codeHint: '按文件中的编码保存。如果修改了编码，文件中的编码会对应到这个商品。',
      later: '库存从 0 开始。售价、供应商和安全库存可以稍后在“库存”页设置。',
      submit: '新建商品',
      saved: '已新建商品 {{code}}，并重新检查了文件。'
    },
    mapping: {
      title: '哪一列是什么？',
      hint: '无法识别这个文件的 {{count}} 列。请为每项信息选择对应的列，只有订单号是必选的。你的选择会以一个名称保存，下次遇到同样的文件可以直接使用。',
      usePreset: '已保存的列对应',
      newPreset: '新的列对应',
      notInFile: '— 文件中没有 —',
      more: '更多列（收货人、地址、备注…）',
      name: '保存为',
      nameHint: '例如“供应商表格”',
      apply: '保存并重新检查',
      orderNoRequired: '请选择订单号所在的列。',
      field: {
        orderNo: '订单号',
        status: '订单状态',
        quantity: '数量',
        merchantCode: '商家编码',
        title: '商品名称',
        spec: '规格',
        paidAmount: '实付金额',
        paidAt: '支付时间',
        promisedShipAt: '承诺发货时间',
        afterSale: '售后状态',
        subOrderNo: '子订单号',
        lineAmount: '商品金额',
        shippedAt: '发货时间',
        buyerName: '收货人',
        buyerPhone: '手机号',
        address: '收货地址',
        buyerNote: '买家留言',
        merchantNote: '商家备注'
      }
    },
    changes: {
      title: {
        orders: '已有订单的变化',
        stock: '已有商品的变化'
      },
      key: {
        orders: '订单号',
        stock: '商家编码'
      },
      field: '字段',
      change: '原值 → 新值',
      to: '变为',
      empty: '（空）',
      lines_one: '{{count}} 件商品',
      lines_other: '{{count}} 件商品',
      more_one: '……另有 {{count}} 条有变化的记录未列出。',
      more_other: '……另有 {{count}} 条有变化的记录未列出。',
      pager: '变化分页'
    },
    changeField: {
      status: '订单状态',
      afterSale: '售后',
      paidFen: '实付金额',
      paidAt: '支付时间',
      promisedShipAt: '承诺发货时间',
      shippedAt: '发货时间',
      buyerName: '收货人',
      buyerPhone: '手机号',
      address: '收货地址',
      buyerNote: '买家留言',
      merchantNote: '商家备注',
      lines: '商品',
      name: '名称',
      spec: '规格',
      onHand: '现有库存（盘点）',
      safetyStock: '安全库存',
      supplier: '供应商',
      leadTimeDays: '交货周期',
      unitCostFen: '成本价',
      priceFen: '售价',
      bundleParts: '组合装明细'
    },
    result: {
      title: '导入完成',
      shipments_one: '自上次导入以来有 {{count}} 个订单已发货，相应商品已从库存中扣减。',
      shipments_other: '自上次导入以来有 {{count}} 个订单已发货，相应商品已从库存中扣减。',
      noShipments: '没有订单变为已发货，库存没有扣减。',
      stockCounted: '表中的每个数量都已记为一次盘点；差额可以在每个商品的库存流水中看到。',
      unknownLeft_one: '还有 {{count}} 个商家编码没有对应到商品。对应后再导入一次这个文件即可。',
      unknownLeft_other: '还有 {{count}} 个商家编码没有对应到商品。对应后再导入一次这个文件即可。',
      skippedTitle_one: '跳过了 {{count}} 行',
      skippedTitle_other: '跳过了 {{count}} 行',
      skippedBody: '可以把它们连同每行的原因一起导出，在 Excel 中改好后再导入。',
      exportSkipped: '导出被跳过的行',
      viewOrders: '查看订单',
      viewInventory: '查看库存',
      another: '导入另一个文件'
    },
    history: {
      title: '最近的导入',
      time: '导入时间',
      file: '文件',
      kind: '来源',
      created: '新建',
      updated: '更新',
      unchanged: '无变化',
      skipped: '跳过'
    }
  },
  ...exportsZhCN,
  backup: backupZhCN,
  layout: layoutZhCN
}
