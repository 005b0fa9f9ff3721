// Several order files (or workbook sheets) read in one import become one parsed file. Taobao's
// classic export is two files downloaded together: the order report (one row per order, no merchant
// code) and the item report (one row per line). Joined on 订单编号 they make whole orders; a part
// whose other half is not in this import is kept as a part and joined later with what the shop
// stored (see complete-parts.ts).
import { problem } from './parse/problems'
import type { NormalizedOrder, ParsedOrderFile } from './parse'

export interface NamedFile {
  /** File name, with the sheet for a workbook ("下载.xlsx › 销售明细"). */
  label: string
  parsed: ParsedOrderFile
}

/** Orders joined in this import from an order part and an items part. */
export interface JoinedFile extends ParsedOrderFile {
  joinedInImport: number
}

function joinParts(order: NormalizedOrder, items: NormalizedOrder): NormalizedOrder {
  return {
    ...order,
    part: 'whole',
    // The order report holds the order's fate; the item report may add an after-sale per line.
    afterSale: order.afterSale !== 'none' ? order.afterSale : items.afterSale,
    refundFen: order.refundFen ?? items.refundFen,
    merchantNote: order.merchantNote || items.merchantNote,
    lines: items.lines,
    sourceRows: [...order.sourceRows, ...items.sourceRows]
  }
}

export function joinFiles(files: NamedFile[]): JoinedFile {
  const first = files[0]!.parsed
  if (files.length === 1) return { ...first, joinedInImport: 0 }
  // Orders are passed over only when one file is read alone (run-import.ts, sheets.ts): here an order
  // passed over in one file could be read from another, and counted twice.
  if (files.some((f) => f.parsed.passed.length > 0)) throw new Error('joinFiles: orders passed over in a several-file import')
  const tag = files.length > 1
  const problems = files.flatMap((f) => f.parsed.problems.map((p) => (tag ? { ...p, file: f.label } : p)))
  const badRows = files.flatMap((f) => f.parsed.badRows.map((b) => (tag ? { ...b, file: f.label } : b)))
  const platforms = new Set(files.map((f) => f.parsed.platform))
  if (platforms.size > 1) {
    problems.unshift(problem(0, null, 'mixed_platforms', true, { platforms: [...platforms].join(', ') }))
    return { ...first, problems, badRows, orders: [], rows: files.reduce((n, f) => n + f.parsed.rows, 0), joinedInImport: 0 }
  }
  const byNo = new Map<string, { whole?: NormalizedOrder; order?: NormalizedOrder; items?: NormalizedOrder }>()
  for (const f of files) {
    for (const o of f.parsed.orders) {
      const slot = byNo.get(o.orderNo) ?? {}
      // The same order in two files of the same kind (overlapping exports): the later file wins.
      slot[o.part] = o
      byNo.set(o.orderNo, slot)
    }
  }
  let joined = 0
  const orders: NormalizedOrder[] = []
  for (const slot of byNo.values()) {
    if (slot.whole) orders.push(slot.whole)
    else if (slot.order && slot.items) {
      orders.push(joinParts(slot.order, slot.items))
      joined++
    } else orders.push((slot.order ?? slot.items)!)
  }
  return {
    ...first,
    encoding: first.encoding,
    rows: files.reduce((n, f) => n + f.parsed.rows, 0),
    orders,
    problems,
    badRows,
    joinedInImport: joined
  }
}
