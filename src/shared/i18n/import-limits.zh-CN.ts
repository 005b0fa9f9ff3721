// 超出导入上限（src/shared/import-limits.ts）时的提示：写明文件和上限。
import type { importLimitsEn } from './import-limits.en'

export const importLimitsZhCN: Record<keyof typeof importLimitsEn, string> = {
  fileBytes: '“{{file}}”超过 {{max}}，这是单次导入能读取的最大文件（上限：文件大小）。请缩短导出的时间范围，分几次导入。没有写入任何内容。',
  xlsxUnpackedBytes: '“{{file}}”解压后超过 {{max}}（上限：Excel 文件解压后的大小）。真实的导出文件远小于此：文件可能已损坏，或是被故意做成拖垮程序的文件。没有写入任何内容。',
  xlsxPartRatio: '“{{file}}”解压后超过压缩大小的 {{max}}（上限：解压倍数），真实的表格不会这样：文件可能已损坏，或是被故意做成拖垮程序的文件。没有写入任何内容。',
  xlsxRatioFloorBytes: '“{{file}}”超出了解压上限（{{max}}）。没有写入任何内容。',
  xlsxSharedStrings: '“{{file}}”包含超过 {{max}} 个不同的文本（上限：Excel 共享字符串数）。请缩短导出的时间范围，分几次导入。没有写入任何内容。',
  rows: '“{{file}}”超过 {{max}} 行（上限：行数）。请缩短导出的时间范围，分几次导入。没有写入任何内容。',
  columns: '“{{file}}”有一行超过 {{max}} 列（上限：列数）。订单导出只有几十列：请确认选对了文件。没有写入任何内容。',
  cellChars: '“{{file}}”有一个单元格超过 {{max}} 个字符（上限：单元格长度），常见原因是引号没有闭合。没有写入任何内容。'
}
