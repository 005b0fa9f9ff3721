// 简体中文界面文字。键与 en.ts 完全一致（有测试检查）。
import { importZhCN } from './import.zh-CN'
import { engineZhCN } from './engine.zh-CN'
import { stockImportZhCN } from './stock-import.zh-CN'
import type { en } from './en'
import { backupZhCN } from './backup.zh-CN'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const zhCN: Shape<typeof en> = {
  importProblems: { ...importZhCN, ...stockImportZhCN },
  engine: engineZhCN,
  errors: {
    invalid_input: '请检查“{{field}}”的值。',
    unknown_call: '应用请求了未知的操作（{{name}}）。',
    forbidden_sender: '该请求不是来自应用窗口，已拒绝。',
    not_found: '找不到该记录，可能已被删除。',
    conflict: '与已有记录冲突。',
    merchant_code_taken: '商家编码“{{code}}”已被其他商品使用。',
    stock_negative: '库存不足：现有 {{onHand}}，本次变动 {{change}}。库存不能小于零。',
    idempotency_reused: '该流水编号已用于另一条不同的库存变动。',
    demo_not_empty: '店铺里已有数据。演示店铺只能加载到空店铺中。',
    sku_not_found: '没有商家编码为“{{code}}”的商品。',
    db_newer_version: '该店铺数据库由更新版本的缺货工作台写入（结构版本 {{found}}，本应用最高支持 {{supported}}）。请升级应用。数据未做任何改动。',
    db_locked: '店铺数据库正被其他程序占用。请关闭后重试，数据没有丢失。',
    db_readonly: '店铺数据库无法写入（文件或文件夹只读）。数据没有丢失。',
    db_full: '磁盘已满。请清理空间后重试，数据没有丢失。',
    db_corrupt: '店铺数据库已损坏。请停止操作并从备份恢复；损坏的文件会保留。',
    db_io: '保存时磁盘报错。数据没有丢失，请重试。',
    backup_folder_unavailable: '无法写入备份文件夹“{{folder}}”（不存在、U 盘已拔出或只读）。请插好 U 盘，或在“设置 › 数据”中换一个文件夹；店铺数据没有任何改变。',
    backup_disk_full: '“{{folder}}”所在的磁盘已满，这次没有备份成功。请清理空间或换一个文件夹；店铺数据没有任何改变。',
    backup_invalid: '这个文件不是可用的缺货工作台备份：已损坏、不完整，或是别的文件。没有做任何改动。',
    backup_unverified: '刚写好的备份没有通过检查，已丢弃。磁盘可能有问题，请换一个文件夹再试；店铺数据没有任何改变。',
    backup_busy: '正在备份或恢复，请稍后再试。',
    desktop_unavailable: '此功能只能在桌面应用中使用。',
    no_restore_to_undo: '没有可以撤销的恢复。',
    db_not_damaged: '店铺数据库没有损坏。要回到某个备份，请使用“恢复”，它可以撤销。',
    restore_same_file: '这是店铺数据库本身，不是备份。',
    internal: '应用内部出错。此次操作没有保存任何内容。'
  },
  app: {
    name: '缺货工作台',
    tagline: '离线缺货助手',
    offline: '离线运行 · 数据只保存在本机',
    starting: '正在打开店铺…',
    startFailed: '无法打开店铺。'
  },
  nav: {
    label: '功能导航',
    alerts: '预警',
    orders: '订单',
    queue: '取消队列',
    inventory: '库存',
    review: '供应链复盘',
    import: '导入',
    settings: '设置'
  },
  common: {
    close: '关闭',
    cancel: '取消',
    save: '保存',
    saving: '正在保存…',
    loading: '加载中…',
    retry: '重试',
    all: '全部',
    none: '无',
    unknownError: '发生了意外错误，请重试。',
    apiMissing: '窗口未连接到店铺数据库，请重新启动应用。',
    notifications: '通知',
    dismiss: '关闭通知',
    clearSearch: '清空搜索',
    days_one: '{{count}} 天',
    days_other: '{{count}} 天',
    units_one: '{{count}} 件',
    units_other: '{{count}} 件',
    comingSoon: '即将推出'
  },
  time: {
    inMinutes: '剩 {{count}} 分钟',
    inHours: '剩 {{count}} 小时',
    inDays: '剩 {{days}} 天 {{hours}} 小时',
    overdueMinutes: '已超时 {{count}} 分钟',
    overdueHours: '已超时 {{count}} 小时',
    overdueDays: '已超时 {{days}} 天 {{hours}} 小时'
  },
  status: {
    unpaid: '待付款',
    awaiting_shipment: '待发货',
    shipped: '已发货',
    received: '已收货',
    cancelled: '已取消'
  },
  afterSale: {
    none: '无售后',
    in_progress: '售后处理中',
    refunded: '退款成功'
  },
  platform: {
    pdd: '拼多多',
    taobao: '淘宝',
    douyin: '抖店',
    other: '其他'
  },
  movementType: {
    receive: '入库',
    count: '盘点',
    adjust: '调整',
    ship: '发货出库',
    return: '退货入库'
  },
  fields: {
    merchantCode: '商家编码',
    name: '名称',
    spec: '规格',
    priceFen: '售价',
    unitCostFen: '成本价',
    safetyStock: '安全库存',
    supplierId: '供应商',
    leadTimeDays: '交货周期',
    substituteIds: '替代品',
    productId: 'SKU',
    type: '变动类型',
    quantity: '数量',
    reason: '原因',
    idempotencyKey: '流水编号',
    search: '搜索',
    filter: '筛选',
    sort: '排序',
    dir: '排序方向',
    status: '订单状态',
    platform: '平台',
    language: '语言',
    timeZone: '店铺时区',
    seed: '演示数据种子',
    offset: '页码',
    limit: '每页条数',
    id: '记录',
    kind: '导入类型',
    fileName: '文件名',
    bytes: '文件',
    presetName: '列对应',
    mapping: '列对应',
    code: '商家编码',
    format: '导出格式',
    batchId: '导入记录',
    jobId: '导入任务',
    unknown: '该字段'
  },
  validation: {
    required: '请填写{{field}}。',
    noSpaces: '商家编码不能包含空格。',
    tooLong: '{{field}}太长（最多 {{max}} 个字符）。',
    moneyFormat: '请输入以元为单位的金额，例如 12.50。',
    moneyDecimals: '最多两位小数（精确到分）。',
    moneyTooLarge: '金额过大。',
    wholeNumber: '请输入整数。',
    nonNegative: '请输入 0 或更大的整数。',
    positive: '请输入大于 0 的整数。',
    nonZero: '请输入不为 0 的整数，例如 -3 或 5。',
    leadTime: '请输入 0–365 天，或留空。',
    tooMany: '最多 {{max}} 个替代品。',
    fixErrors: '请修改标出的字段。'
  },
  alerts: {
    title: '预警',
    subtitle: '今天需要你关注的事',
    openOrders: '待发货订单',
    outOfStockWithDemand: '已断货且有订单在等',
    outOfStock: '断货 SKU',
    belowSafety: '低于安全库存',
    skus: 'SKU 总数',
    suppliers: '供应商',
    viewOutOfStock: '查看断货 SKU',
    viewWithDemand: '查看有待发订单的 SKU',
    viewBelowSafety: '查看低于安全库存的 SKU',
    viewOpenOrders: '查看待发货订单',
    viewInventory: '打开库存',
    ordersByStatus: '订单状态分布',
    ordersTotal: '共 {{count, number}} 个订单',
    allClear: '有订单在等的 SKU 目前都有货。',
    shortList: '已断货且有订单在等',
    shortListHint: '优先补这些货，或向买家推荐替代品。',
    shortWaiting: '待发件数',
    shortOrders: '查看订单',
    shortMore: '在库存中查看全部 {{count}} 个 →',
    engineTitle: '即将推出：缺货引擎',
    engineBody:
      '这里很快会算出：现有库存能满足哪些待发订单；每个发不出的订单离承诺发货时间还有多久；可能面临的延迟发货赔付；以及每个订单的建议处理方式——补货、推荐替代品，或按合适的原因取消。',
    engineNow: '目前上面的数字直接来自你的库存表和订单。',
    emptyTitle: '欢迎使用缺货工作台',
    emptyBody: '店铺还是空的。加载演示店铺，用一套逼真的示例 SKU、供应商和订单先熟悉一下。所有数据都只保存在本机。',
    loadDemo: '加载演示店铺',
    loadingDemo: '正在加载演示店铺…',
    importHint: '准备好之后，可以在「导入」页面导入你从拼多多、淘宝、抖店后台导出的订单。',
    demoLoaded: '演示店铺已加载：{{skus}} 个 SKU，{{orders}} 个订单，{{suppliers}} 个供应商。'
  },
  orders: {
    title: '订单',
    tableLabel: '订单列表',
    searchLabel: '搜索订单',
    searchPlaceholder: '订单号、买家、商家编码或商品',
    count_one: '共 {{count, number}} 个订单',
    count_other: '共 {{count, number}} 个订单',
    statusFilter: '订单状态',
    platformFilter: '平台',
    allPlatforms: '全部平台',
    skuFilter: '只看含 SKU {{code}} 的订单',
    clearSkuFilter: '显示所有 SKU 的订单',
    empty: '没有符合搜索或筛选条件的订单。',
    emptyShop: '还没有订单。可以在「预警」页加载演示店铺，或导入你的订单。',
    col: {
      platform: '平台',
      orderNo: '订单号',
      status: '状态',
      items: '商品',
      quantity: '数量',
      paid: '实付',
      paidAt: '支付时间',
      promisedShipAt: '承诺发货',
      buyer: '买家'
    },
    detail: {
      label: '订单详情',
      title: '订单 {{orderNo}}',
      items: '商品明细',
      merchantCode: '商家编码',
      item: '商品',
      spec: '规格',
      qty: '数量',
      amount: '金额',
      onHand: '现有库存',
      unmapped: '未匹配',
      unmappedHint: '库存表里还没有与该商家编码对应的 SKU。',
      lineCount_one: '{{count}} 行',
      lineCount_other: '{{count}} 行',
      buyer: '买家',
      phone: '手机',
      address: '收货地址',
      buyerNote: '买家留言',
      merchantNote: '商家备注',
      times: '时间',
      paidAt: '支付时间',
      promisedShipAt: '承诺发货时间',
      shippedAt: '发货时间',
      createdAt: '创建时间',
      updatedAt: '最后更新',
      afterSale: '售后',
      totalPaid: '买家实付',
      subOrder: '子订单 {{no}}',
      openSku: '在库存中打开 SKU {{code}}'
    }
  },
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
      countedAs: '盘点数 {{count}}'
    },
    created: '已新增 SKU {{code}}。',
    updated: '已保存 SKU {{code}}。',
    moved: '已记录 {{code}} 的{{type}}：{{change}}。现有库存 {{onHand}}。'
  },
  productForm: {
    createTitle: '新增 SKU',
    editTitle: '编辑 SKU {{code}}',
    merchantCodeHint: '你给这个 SKU 定的编码，即平台导出表中的「商家编码」。保存后不能修改。',
    merchantCodeFixed: '商家编码不能修改。',
    specPlaceholder: '例如 500ml 白色',
    yuan: '元',
    safetyHint: '现有库存低于这个数时会提醒你。',
    noSupplier: '无供应商',
    leadTimeBlank: '留空 = 使用供应商默认',
    leadTimeSupplier: '留空 = 使用供应商默认（{{count}} 天）',
    daysSuffix: '天',
    substitutesHint: '这个 SKU 断货时，可以推荐给买家的其他 SKU。',
    substituteSearch: '搜索要添加为替代品的 SKU',
    substituteNoMatch: '没有匹配的 SKU。',
    substituteRemove: '移除 {{code}}',
    substituteAdd: '将 {{code}} 添加为替代品',
    submitCreate: '新增 SKU',
    submitEdit: '保存修改'
  },
  movement: {
    title: '记录库存变动',
    typeLabel: '变动类型',
    hint: {
      receive: '到货：增加库存。',
      count: '盘点：填写货架上实际数量，系统记录差额。',
      adjust: '增加或减少库存，例如破损、丢失。'
    },
    quantity: {
      receive: '入库数量',
      count: '盘点实数',
      adjust: '变动数量（+ 或 −）'
    },
    onHandNow: '当前库存',
    after: '保存后',
    change: '变动',
    negative: '这会让库存小于零。',
    reason: '原因',
    reasonOptional: '原因（选填）',
    reasonRequired: '调整库存需要填写原因。',
    suggestions: '常用原因',
    suggestion: {
      supplierDelivery: '供应商到货',
      customerReturn: '退货入库',
      damaged: '破损',
      lost: '丢失',
      countDifference: '盘点差异',
      sample: '样品/赠品'
    },
    submit: '记录变动'
  },
  queue: {
    title: '取消队列',
    heading: '决定取消的订单会在这里排队',
    body: '订单来不及发货时，稳妥的做法是先和买家沟通，再规范地取消。这里的每个订单都会附上有经验的商家会走的步骤：',
    steps: {
      notify: '第一时间通知买家（平台聊天或订单上的手机号）。',
      offer: '通知时给出方案：替代品、优惠券补偿，或等待补货。',
      cancel: '在商家后台取消订单，并选择合适的取消原因。',
      refund: '确认退款金额，确保买家拿回应得的钱。',
      follow: '跟进买家反馈，直到问题解决。'
    },
    empty: '队列里还没有订单。缺货引擎标记出来不及发货的订单后，这里才会有内容。'
  },
  review: {
    title: '供应链复盘',
    heading: '弄清为什么断货，然后改进',
    body: '每次断货后，你可以在这里记录原因。之后这个页面会告诉你哪些原因、供应商和 SKU 让你损失最多，让下一次大促不再断货。可选的原因包括：',
    empty: '还没有复盘过的断货记录。这里只会展示你自己的真实记录，绝不使用示例数据。',
    cause: {
      supplier_shortage: '供应商断货或产能不足',
      supplier_late: '供应商延迟发货',
      demand_spike: '活动、拼团或直播爆单',
      forecast_error: '日常需求预测不准',
      oversell_sync: '多平台超卖（库存同步不及时）',
      count_error: '账实不符',
      listing_error: '商品或编码设置错误',
      damaged_quality: '破损或质检不合格',
      late_reorder: '补货不及时',
      other: '其他'
    }
  },
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
      priceFen: '售价'
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
  pager: {
    range: '第 {{from}}–{{to}} 条，共 {{total}} 条',
    previous: '‹ 上一页',
    next: '下一页 ›'
  },
  export: {
    button: '导出',
    exporting: '正在导出…',
    menuLabel: '导出格式',
    format: {
      csv: 'CSV',
      xlsx: 'Excel 工作簿（.xlsx）'
    },
    formatHint: {
      csv: 'Excel 和 WPS 都能打开，文件最小',
      xlsx: '保留数字格式'
    },
    done_one: '已导出 {{count}} 行：{{file}}',
    done_other: '已导出 {{count}} 行：{{file}}'
  },
  exportColumns: {
    platform: '平台',
    orderNo: '订单号',
    status: '订单状态',
    items: '商品',
    quantity: '数量',
    paidYuan: '实付金额(元)',
    paidAt: '支付时间',
    promisedShipAt: '承诺发货时间',
    merchantCode: '商家编码',
    name: '商品名称',
    spec: '规格',
    onHand: '现有库存',
    openDemand: '待发货占用',
    safetyStock: '安全库存',
    supplier: '供应商',
    leadTimeDays: '采购周期(天)',
    unitCostYuan: '成本价(元)',
    priceYuan: '售价(元)',
    row: '行号',
    problems: '问题',
    personalData: '{{header}}（个人信息）'
  },
  platforms: {
    pdd: '拼多多',
    taobao: '淘宝',
    douyin: '抖店',
    other: '其他'
  },
  orderStatus: {
    unpaid: '待付款',
    awaiting_shipment: '待发货',
    shipped: '已发货',
    received: '已收货',
    cancelled: '已取消'
  },
  settings: {
    title: '设置',
    language: '语言',
    languageHint: '菜单、标签和提示信息使用的语言。',
    langAuto: '跟随系统（{{lang}}）',
    langZh: '简体中文',
    langEn: 'English',
    timeZone: '店铺时区',
    timeZoneHint: '订单时间和承诺发货时间按这个时区显示。',
    tz: {
      shanghai: '中国（北京时间）',
      hongKong: '香港',
      taipei: '台北',
      singapore: '新加坡',
      london: '伦敦',
      losAngeles: '洛杉矶',
      utc: '协调世界时（UTC）'
    },
    saved: '设置已保存。',
    about: '关于',
    version: '应用版本',
    schemaVersion: '数据库结构版本',
    dbPath: '数据库文件',
    privacy: '店铺数据只保存在本机的这个文件里，不会发送到任何地方。'
  },
  backup: backupZhCN
}
