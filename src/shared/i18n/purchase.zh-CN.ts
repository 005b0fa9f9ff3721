// “告诉供应商”（issue 16.4）：采购单页面、发给供应商的文字、记录到货时的备注及错误。键与 purchase.en.ts 一致。
import type { purchaseEn } from './purchase.en'
import type { Shape } from './shape'

export const purchaseZhCN: Shape<typeof purchaseEn> = {
  open: '采购单',
  openFor: '{{supplier}} 的采购单',
  title: '采购单',
  subtitle: '核对数量，把采购单发给供应商，再记为在途库存。',
  back: '返回补货建议',
  supplierLabel: '供应商',
  noSupplier: '尚未设置供应商',
  noSupplierHint: '这些 SKU 还没有供应商。请到“库存”里为每个 SKU 设置供应商，它们就会有自己的采购单。',
  setSupplier: '到库存里设置供应商',
  nothing: '目前不需要向这个供应商采购。填写大于 0 的数量即可加入一行。',
  shopName: '店铺名称（印在采购单上）',
  textLang: '采购单语言',
  textLangOption: { 'zh-CN': '中文', en: 'English' },
  textLabel: '复制到微信的文字',
  copy: '复制文字',
  copied: '采购单已复制，粘贴到与 {{supplier}} 的聊天即可。',
  copyFailed: '无法复制，请选中文字后自行复制。',
  print: '打印',
  record: '记为在途库存',
  recording: '正在记录…',
  recorded: '已记录 {{supplier}} 的 {{count}} 笔在途（{{ref}}）。',
  alreadyRecorded: '这张采购单已经记录过（{{ref}}），没有重复添加。',
  seeIncoming: '查看在途库存',
  badQuantity: '请输入 0 到 1,000,000 之间的整数。',
  badQuantityOf: '{{code}} 的数量必须是 0 到 1,000,000 之间的整数；改正后才能复制、打印或记录。',
  col: { code: '商家编码', product: '商品', spec: '规格', suggested: '建议数量', quantity: '数量', expected: '预计到货' },
  quantityFor: '{{code}} 的数量',
  totals: '{{lines}} 行，共 {{units}} 件，约 {{money}}',
  text: {
    heading: '采购单',
    ref: '单号：{{ref}}',
    shop: '店铺：{{shop}}',
    supplier: '供应商：{{supplier}}',
    date: '日期：{{date}}',
    line: '{{n}}. {{code}} {{product}} × {{qty}} 件，预计 {{date}} 到货',
    total: '合计：{{lines}} 款，共 {{units}} 件',
    noSupplier: '（尚未设置供应商）'
  },
  note: '采购单 {{ref}}',
  errors: {
    quantity: '{{code}} 的数量必须是 0 到 1,000,000 之间的整数（现在是 {{quantity}}），未做任何记录。',
    otherSupplier: '{{code}} 不由这个供应商供货，未做任何记录。',
    unknownSku: '库存里没有 SKU #{{id}}，未做任何记录。',
    empty: '采购单里没有数量大于 0 的行，未做任何记录。',
    key: '这张采购单已按另一个供应商记录过。请重新打开采购单再记录。'
  }
}
