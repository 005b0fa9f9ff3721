// 第 11 号议题的文案：订单状态含义、组合装、淘宝两个文件、退款与截止时间。
export const realExportsZhCN = {
  statusMeaning: {
    unpaid: '未付款',
    awaiting_shipment: '待发货',
    shipped: '已发货',
    received: '已签收',
    cancelled: '已取消/已关闭'
  },
  unknownStatuses: {
    title: '软件不认识的订单状态',
    body: '这些状态的行暂不导入，文件其余部分照常导入。请说明每个状态的含义，只需一次——会按平台记住（设置 → 订单状态）。',
    rows: '{{count}} 行，首行第 {{row}} 行',
    choose: '含义…',
    apply: '按这些含义重新检查'
  },
  join: {
    title: '淘宝订单报表与宝贝报表',
    joined: '{{count}} 个订单已与商品明细合并。',
    ordersWithoutItems: '{{count}} 个订单还没有商品明细（如 {{sample}}）：请同时导入宝贝报表。在此之前它们不占用库存。',
    itemsWithoutOrder: '{{count}} 个订单只有商品明细、还没有订单信息（如 {{sample}}）：请同时导入订单报表。',
    sheets: '已读取的工作表：{{sheets}}',
    sheetUnused: '{{name}}（未使用）',
    allSheets: '所有含订单的工作表',
    files: '本次导入的文件：{{files}}',
    addFile: '再添加一个文件'
  },
  sheetPicker: {
    title: '工作簿里的工作表',
    hint: '默认读取所有能识别为订单的工作表。只想读取某一个工作表时，请在这里选择。',
    noneKnown: '这个工作簿里没有能识别的订单导出工作表。请选择存放订单的工作表，随后会请您指定各列的含义。',
    label: '读取的工作表',
    option: '{{name}} — {{format}}',
    format: {
      pdd: '拼多多订单',
      taobao_classic: '淘宝订单报表',
      taobao_items: '淘宝宝贝/销售明细',
      taobao_new: '淘宝订单',
      douyin: '抖店订单',
      generic: '未识别'
    }
  },
  refund: {
    flag: '有退款记录——发货前请核对',
    short: '有退款',
    amount: '有退款记录（{{amount}}）——发货前请核对',
    imported: '{{count}} 个待发货订单有退款记录（例如退差价）：订单保持待发货，发货前请核对。'
  },
  presale: '预售',
  part: {
    order: '等待宝贝报表',
    items: '等待订单报表'
  },
  statuses: {
    title: '订单状态',
    hint: '您为不认识的订单状态文字设定的含义，按平台保存。之后该平台的每次导入都会使用。',
    empty: '暂无。导入时遇到不认识的状态，可在预览中选择它的含义。',
    platform: '平台',
    text: '导出文件中的文字',
    means: '含义',
    add: '添加',
    remove: '删除',
    saved: '已保存：“{{text}}”表示{{status}}。',
    removed: '已删除“{{text}}”。'
  },
  bundles: {
    button: '组合装',
    title: '组合装',
    hint: '组合装是一个店铺编码，发出您的多个 SKU。它的订单占用各组成 SKU 的库存。',
    empty: '暂无组合装。',
    code: '组合装编码',
    name: '名称',
    parts: '组成',
    partsHint: '每行或用逗号分隔：SKU 编码 × 数量，例如 A001x1, B011x2',
    usedBy: '{{lines}} 条订单明细，{{open}} 个待发货订单',
    save: '保存组合装',
    edit: '编辑',
    remove: '删除',
    saved: '组合装 {{code}} 已保存。',
    removed: '组合装 {{code}} 已删除。',
    guide: '有“组合明细”列（例如 A001x1, B011x2）的行是由这些商品组成的组合装；组合装本身不记库存。',
    fromStockList: '本表的组合装（组合明细）：新增 {{created}} 个，修改 {{updated}} 个，不变 {{unchanged}} 个。',
    badParts: '请按“编码×数量”填写，例如 A001x1, B011x2。',
    errors: {
      code_is_sku: '组合装编码不能与您的 SKU 编码相同。',
      unknown_part: '没有编码为“{{merchantCode}}”的 SKU。'
    }
  }
}
