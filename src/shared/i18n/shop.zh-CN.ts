// 提醒和订单页面、商品和库存表单、导出、翻页和设置的中文。键与 shop.en.ts 完全一致（有测试检查）。
import type { listsEn, stockFormsEn, exportsEn } from './shop.en'
import type { Shape } from './shape'

export const listsZhCN: Shape<typeof listsEn> = {
  alerts: {
    title: '预警',
    subtitle: '今天需要你关注的事',
    subtitleWhatIf: '推演：引擎在所选时刻会给出的结果',
    asOf: '计算于 {{time}} · 每次改动后自动重算',
    shortOrders: '缺货订单',
    overdueShort_one: '其中 {{count}} 单已超过发货截止时间 →',
    overdueShort_other: '其中 {{count}} 单已超过发货截止时间 →',
    noneOverdue: '暂无超过截止时间的 →',
    noShortOrdersShort: '库存够所有待发货订单',
    moneyAtRisk: '风险金额（延迟发货赔付）',
    moneyHint: '若所有缺货订单都延迟发货，按各平台当前规则需要赔付的金额。',
    moneyOverdue: '已超时：{{money}}',
    moneyCancel: '若全部取消：缺货扣款 {{money}}',
    openOrders: '待发货订单',
    openBreakdown: '可发货 {{ready}} · 缺货 {{short}}',
    openUnmapped_one: '编码未对应 {{count}}',
    openUnmapped_other: '编码未对应 {{count}}',
    skus: 'SKU 总数',
    outOfStock: '断货',
    belowSafety: '低于安全库存',
    urgentTitle: '最紧急的缺货订单',
    urgentHint: '按发货截止时间排序，每单附处理建议和原因。',
    recSummary: '缺货订单按建议分类',
    noShortOrders: '没有缺货订单：现有库存够所有待发货订单。',
    lacks: '缺 {{sku}}',
    lateFen: '赔付 {{money}}',
    allShort_one: '查看全部 {{count}} 个缺货订单',
    allShort_other: '查看全部 {{count}} 个缺货订单',
    listTitle: '其他预警',
    toReorder: '补货建议',
    noAlerts: '没有其他需要处理的事。',
    allOfKind_one: '查看',
    allOfKind_other: '查看全部 {{count}} 条',
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
  }
}

export const stockFormsZhCN: Shape<typeof stockFormsEn> = {
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
  }
}

export const exportsZhCN: Shape<typeof exportsEn> = {
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
  }
}
