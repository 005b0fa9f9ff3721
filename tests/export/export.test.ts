import fc from 'fast-check'
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { neutralizeCell, sanitizeText, toCsv, toXlsx } from '../../src/main/core/export'

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\n']
const BOM = [0xef, 0xbb, 0xbf]

function readCsv(bytes: Uint8Array): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual(BOM)
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))
  expect(text.endsWith('\r\n')).toBe(true)
  return Papa.parse<string[]>(text.slice(0, -2), { delimiter: ',', newline: '\r\n', quoteChar: '"' }).data
}

async function readXlsx(bytes: Uint8Array): Promise<unknown[][]> {
  return readSheet(Buffer.from(bytes), { trim: false })
}

/** What a string cell must read back as: the text minus characters a spreadsheet cannot hold, quoted if dangerous. */
const expected = (s: string): string => neutralizeCell(sanitizeText(s))

// Strings that often start with a dangerous character, a character XML cannot hold, or look like
// OOXML escapes, mixed with arbitrary Unicode (lone surrogates included).
const risky = fc.string({
  unit: fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    '\u0001',
    '\u007f',
    '\uFFFD',
    '\uFFFE',
    '\uD800',
    '\uDC00',
    '_x0041_',
    "'",
    '"',
    ',',
    ' ',
    'a',
    '中',
    '1'
  ),
  maxLength: 12
})
const anyText = fc.oneof(
  risky,
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('valueOf', '__proto__', 'constructor', 'toString')
)

function checkCell(cell: string, original: string): void {
  expect(DANGEROUS.includes(cell[0] ?? ''), JSON.stringify(cell)).toBe(false)
  expect(cell).toBe(expected(original))
  const clean = sanitizeText(original)
  if (cell !== clean) expect(cell).toBe(`'${clean}`)
}

describe('neutralising cells (formula injection)', () => {
  it('prefixes a single quote to text starting with = + - @ tab CR or LF, and leaves other text alone', () => {
    for (const s of ['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\rx', '\nx']) expect(neutralizeCell(s)).toBe(`'${s}`)
    for (const s of ['', 'abc', '保温杯', "'=already", ' =1', '1-2', '０=']) expect(neutralizeCell(s)).toBe(s)
  })

  it('removes characters a spreadsheet cannot hold before deciding, so "\\u0001=cmd" cannot turn into =cmd', () => {
    expect(sanitizeText('\u0001=cmd')).toBe('=cmd')
    expect(neutralizeCell(sanitizeText('\u0001=cmd'))).toBe("'=cmd")
    expect(sanitizeText('a\u0000b\uFFFEc\uD800d😀')).toBe('abcd😀')
    expect(sanitizeText('tab\tcr\rlf\n')).toBe('tab\tcr\rlf\n')
  })
})

describe('CSV export', () => {
  const columns = [
    { key: 'orderNo', header: '订单号' },
    { key: 'note', header: '=备注' },
    { key: 'amount', header: '金额' },
    { key: '__proto__', header: 'proto' }
  ]

  it('is UTF-8 with a BOM and CRLF, quotes commas, quotes and line breaks, and keeps numbers as numbers', () => {
    const rows = [
      { orderNo: '261126-000000000000001', note: 'a,b "c"\r\nd', amount: -12.5 },
      { orderNo: '00123', note: '-1+2', amount: 3 },
      { orderNo: null, note: undefined, amount: Number.NaN }
    ]
    const bytes = toCsv(columns, rows)
    expect([...bytes.subarray(0, 3)]).toEqual(BOM)
    const text = new TextDecoder().decode(bytes.subarray(3))
    expect(text).toBe(
      "订单号,'=备注,金额,proto\r\n" + '261126-000000000000001,"a,b ""c""\r\nd",-12.5,\r\n' + "00123,'-1+2,3,\r\n" + ',,,\r\n'
    )
  })

  it('never reads a row\'s prototype: a "__proto__" column is just a missing value unless the row owns it', () => {
    const own = Object.create(null) as Record<string, unknown>
    own['__proto__'] = '=x'
    const text = new TextDecoder().decode(toCsv(columns, [{ orderNo: '1' }, own]).subarray(3))
    expect(text.split('\r\n').slice(1, 3)).toEqual(['1,,,', ",,,'=x"])
  })

  it('property: every cell reads back as its text, and never starts with = + - @ tab CR or LF unless quoted', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 10 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }))
        const back = readCsv(
          toCsv(
            [
              { key: 'a', header: 'A' },
              { key: 'b', header: '-B' }
            ],
            rows
          )
        )
        expect(back[0]).toEqual(['A', "'-B"])
        expect(back).toHaveLength(rows.length + 1)
        rows.forEach((r, i) => {
          checkCell(back[i + 1]![0]!, r.a)
          checkCell(back[i + 1]![1]!, r.b)
        })
      }),
      { numRuns: 500 }
    )
  })
})

describe('XLSX export', () => {
  it('writes text as text and numbers as numbers, negative amounts included', async () => {
    const bytes = await toXlsx(
      [
        { key: 'orderNo', header: '订单号' },
        { key: 'code', header: '商家编码' },
        { key: 'amount', header: '金额' },
        { key: 'note', header: '备注' }
      ],
      [
        { orderNo: '6912345678901234567', code: '00123', amount: -12.5, note: '=HYPERLINK("http://x")' },
        { orderNo: '261126-000000000000001', code: '_x0041_', amount: 0, note: null }
      ]
    )
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    expect(await readXlsx(bytes)).toEqual([
      ['订单号', '商家编码', '金额', '备注'],
      ['6912345678901234567', '00123', -12.5, '\'=HYPERLINK("http://x")'],
      ['261126-000000000000001', '_x0041_', 0, null]
    ])
  })

  it('writes cells whose text is an Object.prototype name, which write-excel-file alone turns into a corrupt file', async () => {
    const names = ['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '__defineGetter__']
    const columns = names.map((n, i) => ({ key: `c${i}`, header: n }))
    const row = Object.fromEntries(names.map((n, i) => [`c${i}`, n]))
    expect(await readXlsx(await toXlsx(columns, [row]))).toEqual([names, names])
  })

  it('property: every cell reads back as its text, and never starts with = + - @ tab CR or LF unless quoted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyText, { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 5 }),
        async (texts, nums) => {
          const columns = texts.map((_, i) => ({ key: `c${i}`, header: i === 0 ? '+h' : `h${i}` }))
          const row: Record<string, unknown> = Object.fromEntries(texts.map((t, i) => [`c${i}`, t]))
          const numRow: Record<string, unknown> = Object.fromEntries(nums.map((n, i) => [`c${i}`, n]))
          const back = await readXlsx(await toXlsx(columns, [row, numRow]))
          expect(back[0]![0]).toBe("'+h")
          texts.forEach((t, i) => {
            const cell = back[1]?.[i] // trailing empty rows are not stored
            checkCell(cell === null || cell === undefined ? '' : String(cell), t)
          })
          nums.slice(0, texts.length).forEach((n, i) => expect(back[2]![i]).toBe(Object.is(n, -0) ? 0 : n))
        }
      ),
      { numRuns: 60 }
    )
  })
})
