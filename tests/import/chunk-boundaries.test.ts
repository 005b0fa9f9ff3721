// A big export is decoded CHUNK_BYTES at a time, so a chunk can end anywhere: inside a quoted
// cell, inside a Chinese character (3 bytes in UTF-8, 2 in GBK), between a CR and its LF, between
// the two quotes of a doubled quote. Each case is built so the first chunk ends exactly there, and
// must read exactly as the same text does in the other encoding, where the chunk ends elsewhere.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseOrderFile } from '../../src/main/core/import/parse'
import { CHUNK_BYTES, decodeChunks } from '../../src/main/core/import/parse/decode'
import { csvText, encode, PDD_NEW_HEADERS, pddOrderNo, pddRow, type PddOrder } from './fixtures'

type Enc = 'utf-8-bom' | 'gb18030'
const NOTE = '请用"气泡膜"包装,\r\n谢谢'

/**
 * Filler orders, then `special`, then one last order; the first order's merchant note is padded
 * with ASCII so that the first chunk's last byte is the first byte of text[at(text)].
 */
function fileCutAt(enc: Enc, special: PddOrder, at: (text: string, specialAt: number) => number) {
  const start = enc === 'utf-8-bom' ? 3 : 0
  const make = (n: number, pad: number) =>
    csvText(
      PDD_NEW_HEADERS,
      [
        ...Array.from({ length: n }, (_, i) => ({ orderNo: pddOrderNo(i), ...(i === 0 ? { merchantNote: 'x'.repeat(pad) } : {}) })),
        special,
        { orderNo: pddOrderNo(n + 1) }
      ].map(pddRow)
    )
  const perRow = encode(make(101, 0), enc).length - encode(make(100, 0), enc).length
  const n = Math.floor((CHUNK_BYTES - 30_000) / perRow)
  const unpadded = make(n, 0)
  const pad = start + CHUNK_BYTES - 1 - encode(unpadded.slice(0, at(unpadded, unpadded.indexOf(special.orderNo))), enc).length
  const text = make(n, pad)
  return { text, bytes: encode(text, enc), cut: start + CHUNK_BYTES, orders: n + 2 }
}

const other = (enc: Enc): Enc => (enc === 'gb18030' ? 'utf-8-bom' : 'gb18030')

async function readsAsElsewhere(enc: Enc, f: ReturnType<typeof fileCutAt>, note: string) {
  const cut = await parseOrderFile(f.bytes, 'cut.csv')
  const elsewhere = await parseOrderFile(encode(f.text, other(enc)), 'other.csv')
  expect(cut.orders).toHaveLength(f.orders)
  expect(cut.orders.at(-2)!.buyerNote).toBe(note)
  expect(cut.problems.filter((p) => p.blocking)).toEqual([])
  expect({ ...cut, encoding: null }).toEqual({ ...elsewhere, encoding: null })
}

describe('a chunk boundary anywhere in a CSV', () => {
  for (const enc of ['utf-8-bom', 'gb18030'] as const) {
    it(`inside a Chinese character of a quoted multi-line cell reads the cell whole (${enc})`, async () => {
      const special = { orderNo: pddOrderNo(900_001), buyerNote: NOTE }
      const f = fileCutAt(enc, special, (t, s) => t.indexOf('气', s))
      expect([...f.bytes.subarray(f.cut - 1, f.cut + 1)]).toEqual([...encode('气', enc === 'gb18030' ? 'gb18030' : 'utf-8')].slice(0, 2))
      await readsAsElsewhere(enc, f, NOTE)
    })

    it(`between the CR and LF of a quoted cell's line break keeps both (${enc})`, async () => {
      const special = { orderNo: pddOrderNo(900_001), buyerNote: NOTE }
      const f = fileCutAt(enc, special, (t, s) => t.indexOf('\r\n谢谢', s))
      expect([...f.bytes.subarray(f.cut - 1, f.cut + 1)]).toEqual([13, 10])
      await readsAsElsewhere(enc, f, NOTE)
    })

    it(`between the CR and LF that end a row counts one row end, not two (${enc})`, async () => {
      const special = { orderNo: pddOrderNo(900_001), buyerNote: '谢谢' }
      const f = fileCutAt(enc, special, (t, s) => t.indexOf('\r\n', s))
      expect([...f.bytes.subarray(f.cut - 1, f.cut + 1)]).toEqual([13, 10])
      await readsAsElsewhere(enc, f, '谢谢')
      const cut = await parseOrderFile(f.bytes, 'cut.csv')
      // Header on row 1, so the last of the orders is on row orders + 1: no blank row was invented.
      expect(cut.orders.at(-1)!.sourceRows).toEqual([f.orders + 1])
    })

    it(`between the two quotes of a doubled quote reads one quote (${enc})`, async () => {
      const special = { orderNo: pddOrderNo(900_001), buyerNote: NOTE }
      const f = fileCutAt(enc, special, (t, s) => t.indexOf('""', s))
      expect([...f.bytes.subarray(f.cut - 1, f.cut + 1)]).toEqual([34, 34])
      await readsAsElsewhere(enc, f, NOTE)
    })
  }
})

describe('decoding in chunks', () => {
  // GB18030's four-byte characters are left out: the tests' encoder writes GBK's two-byte ones only.
  const units: Record<Enc, string[]> = {
    'utf-8-bom': ['a', ',', '"', '\r', '\n', '中', '文', '¥', '𠀀'],
    gb18030: ['a', ',', '"', '\r', '\n', '中', '文', '，', '￥']
  }
  for (const enc of ['utf-8-bom', 'gb18030'] as const) {
    it(`property: any chunk size gives the same text as decoding the file whole (${enc})`, () => {
      const text = fc.string({ unit: fc.constantFrom(...units[enc]), maxLength: 40 })
      fc.assert(
        fc.property(text, fc.integer({ min: 1, max: 7 }), (t, size) => {
          expect([...decodeChunks(encode(t, enc), enc, enc === 'utf-8-bom' ? 3 : 0, size)].join('')).toBe(t)
        }),
        { numRuns: 500 }
      )
    })
  }
})
