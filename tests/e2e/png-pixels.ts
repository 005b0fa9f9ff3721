// Reads an 8-bit RGB/RGBA PNG (what a canvas exports) into pixels, to check what a saved
// chart really shows. Only what canvas.toBlob writes: no palette, no interlace.
import { unzlibSync } from 'fflate'

export interface Pixels {
  width: number
  height: number
  /** 'r,g,b' of the pixel at x, y. */
  at(x: number, y: number): string
}

export function readPng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let pos = 8
  let width = 0
  let height = 0
  let channels = 4
  const idat: Uint8Array[] = []
  while (pos < bytes.length) {
    const len = view.getUint32(pos)
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8))
    const data = bytes.subarray(pos + 8, pos + 8 + len)
    if (type === 'IHDR') {
      width = view.getUint32(pos + 8)
      height = view.getUint32(pos + 12)
      channels = data[9] === 2 ? 3 : 4
    } else if (type === 'IDAT') idat.push(data)
    pos += 12 + len
  }
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0))
  let o = 0
  for (const d of idat) {
    joined.set(d, o)
    o += d.length
  }
  const raw = unzlibSync(joined)
  const stride = width * channels
  const out = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0
      const p = a + b - c
      const pred =
        filter === 1
          ? a
          : filter === 2
            ? b
            : filter === 3
              ? (a + b) >> 1
              : filter === 4
                ? Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                  ? a
                  : Math.abs(p - b) <= Math.abs(p - c)
                    ? b
                    : c
                : 0
      out[y * stride + x] = (line[x]! + pred) & 0xff
    }
  }
  return {
    width,
    height,
    at: (x, y) => {
      const i = y * stride + x * channels
      return `${out[i]},${out[i + 1]},${out[i + 2]}`
    }
  }
}
