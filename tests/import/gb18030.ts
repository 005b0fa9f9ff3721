// A GBK-range GB18030 encoder for test fixtures, built by inverting Node's own decoder: every
// two-byte sequence 0x81–0xFE × 0x40–0xFE (except 0x7F) is decoded once and the result recorded.
// The table is therefore verified by construction against TextDecoder('gb18030').
let table: Map<string, [number, number]> | null = null

function build(): Map<string, [number, number]> {
  const dec = new TextDecoder('gb18030', { fatal: true })
  const map = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      let ch: string
      try {
        ch = dec.decode(new Uint8Array([lead, trail]))
      } catch {
        continue
      }
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail])
    }
  }
  return map
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= build()
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) out.push(cp)
    else {
      const bytes = table.get(ch)
      if (!bytes) throw new Error(`no GBK bytes for ${JSON.stringify(ch)} (U+${cp.toString(16)})`)
      out.push(...bytes)
    }
  }
  return new Uint8Array(out)
}
