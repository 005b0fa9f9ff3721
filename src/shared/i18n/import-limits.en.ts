// Refusals of files past an import limit (src/shared/import-limits.ts): each names the file and the limit.
export const importLimitsEn = {
  fileBytes: '“{{file}}” is larger than {{max}}, the most one import reads (limit: file size). Export a shorter date range and import it in parts. Nothing was written.',
  xlsxUnpackedBytes:
    '“{{file}}” unpacks to more than {{max}} (limit: unpacked size of an Excel file). A real export is far smaller: the file may be damaged or made to overload the app. Nothing was written.',
  xlsxPartRatio:
    '“{{file}}” unpacks to more than {{max}} its packed size (limit: unpacking ratio), which real spreadsheets never do: it may be damaged or made to overload the app. Nothing was written.',
  xlsxRatioFloorBytes: '“{{file}}” is past the unpacking limit ({{max}}). Nothing was written.',
  xlsxSharedStrings:
    '“{{file}}” holds more than {{max}} different texts (limit: shared strings of an Excel file). Export a shorter date range and import it in parts. Nothing was written.',
  rows: '“{{file}}” has more than {{max}} rows (limit: rows). Export a shorter date range and import it in parts. Nothing was written.',
  columns: '“{{file}}” has a row with more than {{max}} columns (limit: columns). An order export has a few dozen: check that this is the right file. Nothing was written.',
  cellChars:
    '“{{file}}” has a cell longer than {{max}} characters (limit: cell length), often because a quote mark is never closed. Nothing was written.'
}
