// Which sheets of a workbook hold orders. 千牛's newer XLSX downloads carry several sheets (订单报表,
// 销售明细, 发货报表) and the lines are on 销售明细, not necessarily the first. Every sheet is read once;
// the ones recognised as an order export or an item list are used (and joined on the order number),
// the others are listed as not used. The merchant may instead name the one sheet to read.
import { parseOrderFile, readXlsxSheets, type ParsedOrderFile, type ParseOptions } from './parse'
import { isZip } from './parse/decode'
import { isLimitError } from './parse/limits'

import type { SheetInfo as SharedSheetInfo } from '../../../shared/types'

/** A sheet of the workbook: the export recognised on it ('generic' when none) and whether it was used. */
export type SheetInfo = Omit<SharedSheetInfo, 'file'>

const usable = (f: ParsedOrderFile): boolean => f.platform !== 'generic' && !f.problems.some((p) => p.blocking && p.row === 0)

/** The parsed sheets to import (one per CSV), and what each sheet of a workbook held. */
export async function parseOrderSheets(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions,
  pick: string | null
): Promise<{ files: ParsedOrderFile[]; sheets: SheetInfo[] }> {
  // The signature only: the full sniff (a scan of every byte) is done once, by the parse.
  if (!isZip(bytes)) return { files: [await parseOrderFile(bytes, fileName, options)], sheets: [] }
  let sheets
  try {
    sheets = await readXlsxSheets(bytes)
  } catch (e) {
    // A file past an import limit is refused whole (every sheet counts); otherwise it is not a
    // readable workbook and the ordinary path says so with its own message.
    if (isLimitError(e)) throw e
    return { files: [await parseOrderFile(bytes, fileName, options)], sheets: [] }
  }
  if (sheets.length <= 1) return { files: [await parseOrderFile(bytes, fileName, options, sheets[0])], sheets: [] }
  // Every sheet is parsed so the preview can list them all (and offer each one), whichever is used.
  // Nothing is passed over (ParseOptions.stored): the sheets used may be joined (join-files.ts).
  const parsed: ParsedOrderFile[] = []
  const { stored: _keyed, ...everySheet } = options
  for (const s of sheets) parsed.push(await parseOrderFile(bytes, fileName, everySheet, s))
  // A named sheet is read whatever it holds (its problems explain it); otherwise only recognised ones.
  const picked = pick === null ? [] : parsed.filter((f) => f.sheet === pick)
  const used = picked.length ? picked : parsed.filter(usable)
  const files = used.length ? used : parsed.slice(0, 1)
  const info = parsed.map((f) => ({ name: f.sheet ?? '', format: f.format, rows: f.rows, used: files.includes(f) }))
  return { files, sheets: info }
}
