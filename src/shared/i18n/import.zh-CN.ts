// 订单/库存文件问题的提示，IMPORT_PROBLEM_CODES 中每个代码一条（键与 import.en.ts 完全一致）。
// 填充参数：{ ...problem.params, row, column }。行号与 Excel 中看到的一致。
import type { importEn } from './import.en'

export const importZhCN: Record<keyof typeof importEn, string> = {
  empty_file: '文件是空的。',
  not_a_table: '这个文件不是表格（CSV 或 Excel）。请从平台重新导出订单。',
  unsupported_encoding: '这个文件被另存为了“Unicode 文本”。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，或直接导入平台导出的原始文件。',
  xls_not_supported: '这是旧版 Excel 文件（.xls）。请用 Excel 打开，另存为 .xlsx 或 CSV 后再导入。',
  xlsx_unreadable: '无法打开这个 Excel 文件，可能已损坏或没有下载完整。请重新下载。',
  no_rows: '文件只有表头，下面没有数据。',
  single_column: '只找到一列（“{{column}}”）。文件可能用了逗号、制表符、分号以外的分隔符；请用 Excel 另存为 CSV 后重试。',
  duplicate_header: '“{{column}}”列出现了不止一次，使用第一列，第 {{index}} 列已忽略。',
  mapping_required: '无法识别这个文件的列。请指定哪一列是订单号（以及其他信息），然后再导入。',
  missing_column: '缺少“{{column}}”列。导入这些订单需要这一列，请检查导出模板或列的对应关系。',
  status_assumed: '没有指定订单状态列，所有订单都按“待发货”处理。',
  quantity_assumed: '没有指定数量列，每个商品都按 1 件计算。',
  more_warnings: '……另有 {{count}} 条同类提示（{{code}}）未列出。',
  unclosed_quote:
    '第 {{row}} 行“{{column}}”列：这里有一个引号没有闭合，导致文件后面的内容都进了这个单元格。请在文件中修正这个单元格后重新导入。',
  bad_quote: '第 {{row}} 行“{{column}}”列：引号位置不规范，已按原文保留。',
  cell_too_long: '第 {{row}} 行“{{column}}”列：单元格内容过长（{{length}} 个字符），文件可能已损坏。',
  too_many_cells: '第 {{row}} 行有 {{found}} 个单元格，但表头只有 {{expected}} 列，数据可能错位。请检查单元格里是否有逗号或换行。',
  too_few_cells: '第 {{row}} 行只有 {{found}} 列（表头有 {{expected}} 列），缺少的列按空值处理。',
  missing_value: '第 {{row}} 行：“{{column}}”为空。',
  id_mangled:
    '第 {{row}} 行“{{column}}”列：“{{value}}”是被 Excel 缩写成科学计数法的数字，原来的号码已经丢失。请从平台重新导出，导入前不要用 Excel 打开并保存。',
  bad_amount: '第 {{row}} 行“{{column}}”列：“{{value}}”不是有效的金额（元），例如 39.90。',
  bad_quantity: '第 {{row}} 行“{{column}}”列：“{{value}}”不是有效的件数（需为 1 或以上的整数）。',
  bad_time: '第 {{row}} 行“{{column}}”列：“{{value}}”不是有效的日期时间，例如 2026-11-26 14:03:05。',
  unknown_status:
    '第 {{row}} 行“{{column}}”列：订单状态“{{value}}”无法识别，此行暂不导入，文件其余部分照常导入。请在预览的“软件不认识的订单状态”里选择它的含义（也可在“设置 → 订单状态”中设置；命令行用 --status）；按该含义导入文件后，此行即可导入。',
  unknown_after_sale: '第 {{row}} 行“{{column}}”列：售后状态“{{value}}”无法识别。订单按订单状态处理，请到平台核对售后情况。',
  duplicate_order: '第 {{row}} 行：订单 {{orderNo}} 已在第 {{firstRow}} 行出现，但内容不同。请只保留正确的一行。',
  duplicate_sub_order:
    '第 {{row}} 行：订单 {{orderNo}} 的子订单 {{subOrderNo}} 已在第 {{firstRow}} 行出现，但内容不同。请只保留正确的一行。',
  duplicate_row: '第 {{row}} 行与第 {{firstRow}} 行是同一订单 {{orderNo}}，内容相同，只计一次。',
  order_incomplete: '第 {{row}} 行：订单 {{orderNo}} 的另一行（第 {{rows}} 行）有问题，整单暂不导入。订单要么整单导入，要么不导入。',
  merchant_code_fallback: '第 {{row}} 行：商品没有商家编码，已改用商品ID和样式ID（{{code}}）。只需把这个编码和你的商品对应一次。',
  merchant_code_missing: '第 {{row}} 行：商品没有商家编码，无法自动对应到你的库存。',
  refund_on_open_order: '第 {{row}} 行：订单 {{orderNo}} 仍需发货，但有退款记录（例如退差价）。订单保持待发货，请在发货前核对退款。',
  mixed_platforms: '这些文件来自不同平台（{{platforms}}）。请按平台分别导入。',
  line_dropped: '第 {{row}} 行：订单 {{orderNo}} 中的一件商品（子订单 {{subOrderNo}}）在发货前已取消或退款，不再计入待发货。',
  partially_shipped: '第 {{row}} 行：订单 {{orderNo}} 只发了一部分货，全部发出前仍算“待发货”。',
  paid_amount_summed: '第 {{row}} 行：订单 {{orderNo}} 各行的实付金额不同，已相加作为订单实付金额。'
}
