// The entries of a zip (an .xlsx) from its central directory, checked against the local headers
// the way a front-to-back reader (read-excel-file's) meets them: same names, same methods, laid end
// to end. So the parts measured here are exactly the parts that reader will inflate; a file whose
// directory and contents disagree (a classic trick to smuggle a different part past a check) is
// unreadable. Nothing is inflated here.

export interface ZipEntry {
  name: string
  method: number
  /** Where the packed data starts and how long it is. */
  dataStart: number
  packedBytes: number
  /** As the directory states it: not trusted, only a fast first check. */
  statedBytes: number
}

export class ZipUnreadable extends Error {}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const DESCRIPTOR = 0x08074b50

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number) => view.getUint16(at, true)
  const u32 = (at: number) => view.getUint32(at, true)
  const need = (at: number, n: number) => {
    if (at < 0 || at + n > bytes.length) throw new ZipUnreadable('truncated')
  }
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipUnreadable('no central directory')
  const count = u16(eocd + 10)
  const dirStart = u32(eocd + 16)
  const name = (at: number, n: number) => new TextDecoder().decode(bytes.subarray(at, at + n))
  const entries: (ZipEntry & { localStart: number; end: number })[] = []
  let p = dirStart
  for (let k = 0; k < count; k++) {
    need(p, 46)
    if (u32(p) !== CENTRAL) throw new ZipUnreadable('bad directory entry')
    const flags = u16(p + 8)
    const method = u16(p + 10)
    const packedBytes = u32(p + 20)
    const statedBytes = u32(p + 24)
    const nameLen = u16(p + 28)
    const extraLen = u16(p + 30)
    const commentLen = u16(p + 32)
    const localStart = u32(p + 42)
    need(p + 46, nameLen)
    const entryName = name(p + 46, nameLen)
    p += 46 + nameLen + extraLen + commentLen
    // Zip64 (parts over 4 GB) never occurs in a spreadsheet export.
    if (packedBytes === 0xffffffff || statedBytes === 0xffffffff || localStart === 0xffffffff) throw new ZipUnreadable('zip64')
    need(localStart, 30)
    if (u32(localStart) !== LOCAL) throw new ZipUnreadable('bad local header')
    const localNameLen = u16(localStart + 26)
    need(localStart + 30, localNameLen)
    if (name(localStart + 30, localNameLen) !== entryName || u16(localStart + 8) !== method) throw new ZipUnreadable('directory and contents disagree')
    const dataStart = localStart + 30 + localNameLen + u16(localStart + 28)
    need(dataStart, packedBytes)
    let end = dataStart + packedBytes
    if (flags & 8) {
      // A data descriptor follows the data: 12 or 16 bytes (with or without its signature).
      end += end + 4 <= bytes.length && u32(end) === DESCRIPTOR ? 16 : 12
    }
    entries.push({ name: entryName, method, dataStart, packedBytes, statedBytes, localStart, end })
  }
  const inOrder = [...entries].sort((a, b) => a.localStart - b.localStart)
  for (let i = 0; i < inOrder.length; i++) {
    const next = i + 1 < inOrder.length ? inOrder[i + 1]!.localStart : dirStart
    // Some writers pad; none overlap or hide a part between two others.
    if (inOrder[i]!.end > next || (next - inOrder[i]!.end > 64 && i + 1 < inOrder.length)) throw new ZipUnreadable('entries not contiguous')
  }
  return entries.map(({ name: n, method, dataStart, packedBytes, statedBytes }) => ({ name: n, method, dataStart, packedBytes, statedBytes }))
}
