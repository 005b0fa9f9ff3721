import { describe, expect, it } from 'vitest'
import { IMPORT_PROBLEM_CODES, parseOrderFile, readTable, type RowProblem } from '../../src/main/core/import/parse'
import { importEn } from '../../src/shared/i18n/import.en'
import { importZhCN } from '../../src/shared/i18n/import.zh-CN'
import {
  csvText,
  douyinCsv,
  douyinRow,
  encode,
  PDD_NEW_HEADERS,
  pddCsv,
  pddOrderNo,
  pddRow,
  TAOBAO_NEW_HEADERS,
  taobaoNewRow,
  xlsxFile
} from './fixtures'

/** Problems about one cell's content: the message must point at the cell (row and column). */
const CELL_CODES = new Set([
  'unclosed_quote',
  'bad_quote',
  'cell_too_long',
  'missing_value',
  'id_mangled',
  'bad_amount',
  'bad_quantity',
  'bad_time',
  'unknown_status',
  'unknown_after_sale'
])

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()

function fill(template: string, p: RowProblem): string {
  const params: Record<string, string | number> = { ...p.params, row: p.row, column: p.column ?? '' }
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (Object.hasOwn(params, k) ? String(params[k]) : m))
}

/** A pile of broken files, to see every message filled from the problems the parser really emits. */
async function problemsFromBadFiles(): Promise<RowProblem[]> {
  const out: RowProblem[] = []
  const add = async (bytes: Uint8Array, opts = {}) => out.push(...(await parseOrderFile(bytes, 'x', opts)).problems)
  await add(new Uint8Array(0))
  await add(new Uint8Array([0, 1, 2, 3]))
  await add(new Uint8Array([0xff, 0xfe, 0x41, 0]))
  await add(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
  await add(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))
  await add(encode(PDD_NEW_HEADERS.join(',') + '\n', 'utf-8'))
  await add(encode('a|b\n1|2\n', 'utf-8'))
  await add(encode('单号,数量\nA,1\n', 'utf-8'), { mapping: { orderNo: '单号' } })
  await add(encode('订单号,订单状态\n1,待发货\n', 'utf-8'), { platform: 'pdd' })
  const lines = csvText(PDD_NEW_HEADERS, [pddRow({ orderNo: pddOrderNo(1), buyerNote: 'QQ' })]).split('\r\n')
  await add(encode(`${lines[0]}\r\n${lines[1]!.replace(',QQ,', ',"Q"Q,Q,')}\r\n${lines[1]!.replace(',QQ,', ',"open')}`, 'utf-8'))
  await add(encode(`${lines[0]}\r\n1,2\r\n${lines[1]!.replace(',QQ,', `,${'x'.repeat(100_001)},`)}\r\n`, 'utf-8'))
  await add(
    pddCsv([
      { orderNo: pddOrderNo(1), paid: 'x' },
      { orderNo: pddOrderNo(2), qty: 'x' },
      { orderNo: pddOrderNo(3), status: 'x' },
      { orderNo: pddOrderNo(4), afterSale: 'x' },
      { orderNo: pddOrderNo(5), shipBy: 'x', code: '' },
      { orderNo: pddOrderNo(6), code: '', goodsId: '' },
      { orderNo: '6.9E+18' },
      { orderNo: '' },
      { orderNo: pddOrderNo(9) },
      { orderNo: pddOrderNo(9) },
      { orderNo: pddOrderNo(9), qty: '5' },
      { orderNo: pddOrderNo(10), afterSale: '退款成功' }
    ])
  )
  await add(pddCsv(Array.from({ length: 120 }, (_, i) => ({ orderNo: pddOrderNo(i), code: '' }))))
  await add(
    douyinCsv([
      douyinRow({ orderNo: '1', subNo: '11' }),
      douyinRow({ orderNo: '1', subNo: '11', qty: '2' }),
      douyinRow({ orderNo: '2', subNo: '21' }),
      douyinRow({ orderNo: '2', subNo: '22', status: '已发货' }),
      douyinRow({ orderNo: '2', subNo: '23', status: '已关闭' })
    ])
  )
  await add(
    await xlsxFile(TAOBAO_NEW_HEADERS, [
      taobaoNewRow({ orderNo: '1', subNo: '1-1', paid: 10 }),
      taobaoNewRow({ orderNo: '1', subNo: '1-2', paid: 20 })
    ])
  )
  out.push(...(await readTable(encode('a,a\n1,2\n', 'utf-8'))).problems)
  return out
}

describe('problem messages', () => {
  it('exist for every problem code, in English and Chinese, with the same keys and placeholders', () => {
    expect(Object.keys(importEn).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort())
    expect(Object.keys(importZhCN).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort())
    for (const code of IMPORT_PROBLEM_CODES) {
      expect(importEn[code].trim(), code).not.toBe('')
      expect(placeholders(importZhCN[code]), code).toEqual(placeholders(importEn[code]))
    }
  })

  it('are fully filled by the problems the parser emits, for nearly every code', async () => {
    const problems = await problemsFromBadFiles()
    const seen = new Set(problems.map((p) => p.code))
    for (const p of problems) {
      for (const table of [importEn, importZhCN]) {
        const text = fill(table[p.code as keyof typeof importEn], p)
        expect(text, `${p.code} ${JSON.stringify(p)}`).not.toMatch(/\{\{|undefined|null/)
      }
      const ph = placeholders(importEn[p.code as keyof typeof importEn])
      if (p.row > 0) expect(ph, p.code).toContain('row')
      if (p.row > 0 && p.column !== null && CELL_CODES.has(p.code)) expect(ph, p.code).toContain('column')
    }
    // Codes not reached by the files above (each has its own test elsewhere).
    const unreached = IMPORT_PROBLEM_CODES.filter((c) => !seen.has(c))
    expect(unreached).toEqual(['status_assumed', 'quantity_assumed', 'order_incomplete', 'mixed_platforms'].filter((c) => !seen.has(c)))
  })
})
