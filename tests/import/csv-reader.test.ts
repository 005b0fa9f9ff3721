import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { CsvReader, detectDelimiter, MAX_CELL_CHARS, RAW_RECORD_CHARS, type CsvIssue } from '../../src/main/core/import/parse/csv'

interface Rec {
  cells: string[]
  row: number
  issues: CsvIssue[] | null
}

function read(chunks: string[], delimiter = ','): Rec[] {
  const out: Rec[] = []
  const r = new CsvReader(delimiter, (cells, row, issues) => out.push({ cells, row, issues }))
  for (const c of chunks) r.feed(c)
  r.end()
  return out
}

const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

// Cells drawn from characters that matter to CSV, so quoting, doubled quotes and line breaks inside
// cells come up often.
const cellArb = fc.string({ unit: fc.constantFrom('a', 'b', '中', ',', '"', '\n', '\r', ' ', '\t', '='), maxLength: 8 })
const recordsArb = fc
  .array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
  // A record of one empty cell is a blank line, which is a row of its own kind; keep them out here.
  .filter((recs) => recs.every((r) => !(r.length === 1 && r[0] === '')))

describe('the CSV reader', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, one row per record as Excel shows it', () => {
    const recs = read(['订单号,留言\r\n', 'A1,"第一行\r\n第二行, 还有""引号"""\r\n', 'A2,普通\r\n'])
    expect(recs.map((r) => r.cells)).toEqual([
      ['订单号', '留言'],
      ['A1', '第一行\r\n第二行, 还有"引号"'],
      ['A2', '普通']
    ])
    expect(recs.map((r) => r.row)).toEqual([1, 2, 3])
  })

  it('accepts LF, CRLF and lone CR line ends, even when a CRLF is split between two chunks', () => {
    expect(read(['a,b\nc,d\r', '\ne,f\rg,h']).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h']
    ])
  })

  it('reports an unclosed quote on the row where it opened, with its cell', () => {
    const recs = read(['a,b\r\n1,2\r\n3,"never closed\r\n4,5\r\n'])
    const last = recs.at(-1)!
    expect(last.row).toBe(3)
    expect(last.issues).toEqual([{ kind: 'unclosed_quote', cell: 1, row: 3 }])
  })

  it('keeps text after a closing quote as written and flags it as a warning', () => {
    const recs = read(['"abc"def,x\n'])
    expect(recs[0]!.cells).toEqual(['abcdef', 'x'])
    expect(recs[0]!.issues?.[0]?.kind).toBe('bad_quote')
  })

  it('stops growing a cell at the soft limit and reports its full length, for a 900,000-character cell', () => {
    const big = 'x'.repeat(900_000)
    const recs = read(['a,b\n', `1,"${big.slice(0, 450_000)}`, `${big.slice(450_000)}"\n2,3\n`])
    expect(recs[1]!.cells[1]!.length).toBe(MAX_CELL_CHARS)
    expect(recs[1]!.issues).toEqual([{ kind: 'cell_too_long', cell: 1, row: 2, length: 900_000 }])
    expect(recs[2]!.cells).toEqual(['2', '3'])
  })

  it('refuses a cell past the hard limit (a 10 MB cell) as soon as it passes it', () => {
    const big = 'x'.repeat(10_000_000)
    expect(() => read(['a,b\n', `1,"${big.slice(0, 5_000_000)}`, `${big.slice(5_000_000)}"\n2,3\n`])).toThrow(/import_limit.*cellChars/)
  })

  it('picks the delimiter from the header line: comma, tab or semicolon', () => {
    expect(detectDelimiter('订单号,订单状态,商品数量(件)\n1,2,3')).toBe(',')
    expect(detectDelimiter('订单号\t订单状态\t"商品,数量"\n')).toBe('\t')
    expect(detectDelimiter('订单号;订单状态;备注\n1;2;3,4,5')).toBe(';')
    expect(detectDelimiter('订单列表\n订单号;订单状态\n')).toBe(';')
    expect(detectDelimiter('单列')).toBe(',')
  })

  it('property: reads back exactly what an RFC 4180 writer wrote, in any chunking', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), (recs, eol, cuts) => {
        const text = recs.map((r) => r.map(quote).join(',')).join(eol) + eol
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
        const chunks: string[] = []
        let prev = 0
        for (const p of points) {
          chunks.push(text.slice(prev, p))
          prev = p
        }
        chunks.push(text.slice(prev))
        expect(read(chunks).map((r) => r.cells)).toEqual(recs)
      }),
      { numRuns: 500 }
    )
  })

  it('property: hands each record over as written, so the records and their line ends give back the text, in any chunking', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.nat(), { maxLength: 6 }), (recs, eol, cuts) => {
        const lines = recs.map((r) => r.map(quote).join(','))
        const text = lines.join(eol) + eol
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
        const raws: (string | null)[] = []
        const reader = new CsvReader(',', (_cells, _row, _issues, raw) => raws.push(raw))
        let prev = 0
        for (const p of [...points, text.length]) {
          reader.feed(text.slice(prev, p))
          prev = p
        }
        reader.end()
        expect(raws).toEqual(lines)
      }),
      { numRuns: 500 }
    )
  })

  it('hands over the last record as written when the file does not end with a line break', () => {
    const raws: (string | null)[] = []
    const reader = new CsvReader(',', (_cells, _row, _issues, raw) => raws.push(raw))
    reader.feed('a,"b\n')
    reader.feed('c"')
    reader.end()
    expect(raws).toEqual(['a,"b\nc"'])
  })

  it('hands over a record longer than RAW_RECORD_CHARS by its cells only', () => {
    const raws: (string | null)[] = []
    const cells: number[] = []
    const reader = new CsvReader(',', (c, _row, _issues, raw) => {
      raws.push(raw)
      cells.push(c.length)
    })
    const long = 'x'.repeat(RAW_RECORD_CHARS)
    reader.feed(`a,${long.slice(0, 1000)}`)
    reader.feed(`${long.slice(1000)}\nb,c\n`)
    reader.end()
    expect(raws).toEqual([null, 'b,c'])
    expect(cells).toEqual([2, 2])
  })

  it('property: agrees with papaparse on well-formed CSV', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom('\n', '\r\n'), fc.constantFrom(',', '\t', ';'), (recs, eol, d) => {
        const q = (s: string): string => (s.includes('"') || s.includes(d) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
        const text = recs.map((r) => r.map(q).join(d)).join(eol)
        const papa = Papa.parse<string[]>(text, { delimiter: d, newline: eol as '\n' | '\r\n', quoteChar: '"' })
        expect(read([text], d).map((r) => r.cells)).toEqual(papa.data)
      }),
      { numRuns: 500 }
    )
  })
})
