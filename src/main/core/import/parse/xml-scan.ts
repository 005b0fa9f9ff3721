// Counts what matters in a sheet or shared-string part of an .xlsx while it is being inflated, a
// chunk at a time and without building anything: rows, the widest column, the longest cell text
// and the number of shared strings. It only has to be right about sizes, not about XML, so it
// reads tags by their first bytes and skips everything else; it never holds more than one tag.
import { IMPORT_LIMITS } from '../../../../shared/import-limits'
import { limitError } from './limits'

const LT = 60
const GT = 62
const SLASH = 47
/** Enough of a tag to read its name and its r="…" attribute; the rest is only counted. */
const TAG_KEEP = 256

export class XmlPartScan {
  private inTag = false
  private tag = new Uint8Array(TAG_KEEP)
  private tagLen = 0
  private inText = false
  private textChars = 0
  private column = 0
  rows = 0
  strings = 0
  maxColumn = 0

  constructor(readonly kind: 'sheet' | 'sharedStrings') {}

  feed(chunk: Uint8Array): void {
    const n = chunk.length
    for (let i = 0; i < n; i++) {
      const b = chunk[i]!
      if (this.inTag) {
        if (b === GT) {
          this.inTag = false
          this.endTag()
        } else {
          if (this.tagLen < TAG_KEEP) this.tag[this.tagLen] = b
          // A tag longer than any cell could be is not a spreadsheet's.
          if (++this.tagLen > IMPORT_LIMITS.cellChars) throw limitError('cellChars')
        }
      } else if (b === LT) {
        this.inTag = true
        this.tagLen = 0
      } else if (this.inText && (b & 0xc0) !== 0x80) {
        // Characters, not bytes: UTF-8 continuation bytes are not counted.
        if (++this.textChars > IMPORT_LIMITS.cellChars) throw limitError('cellChars')
      }
    }
  }

  private endTag(): void {
    const t = this.tag
    const len = Math.min(this.tagLen, TAG_KEEP)
    const closing = t[0] === SLASH
    let s = closing ? 1 : 0
    let e = s
    while (e < len && t[e] !== 32 && t[e] !== SLASH && t[e] !== 9 && t[e] !== 10 && t[e] !== 13) e++
    // Drop a namespace prefix (x:row → row).
    for (let k = s; k < e; k++) if (t[k] === 58) s = k + 1
    const name = e - s <= 3 ? String.fromCharCode(...t.subarray(s, e)) : ''
    const selfClosing = this.tagLen > 0 && this.tagLen <= TAG_KEEP && t[len - 1] === SLASH
    if (name === 'v' || name === 't') {
      this.inText = !closing && !selfClosing
      this.textChars = 0
      return
    }
    if (closing) return
    if (name === 'row' && this.kind === 'sheet') {
      this.rows++
      const r = this.attrNumber(len, false)
      if (this.rows > IMPORT_LIMITS.rows || r > IMPORT_LIMITS.rows) throw limitError('rows')
      this.column = 0
    } else if (name === 'c' && this.kind === 'sheet') {
      const c = this.attrNumber(len, true)
      this.column = c > 0 ? c : this.column + 1
      if (this.column > IMPORT_LIMITS.columns) throw limitError('columns')
      if (this.column > this.maxColumn) this.maxColumn = this.column
    } else if (name === 'si' && this.kind === 'sharedStrings') {
      if (++this.strings > IMPORT_LIMITS.xlsxSharedStrings) throw limitError('xlsxSharedStrings')
    }
  }

  /** r="12" (a row) or the column of r="AB12" (a cell); 0 when absent. Byte by byte: this runs once per cell. */
  private attrNumber(len: number, column: boolean): number {
    const t = this.tag
    for (let k = 1; k + 3 < len; k++) {
      if (t[k] !== 114 || !isSpace(t[k - 1]!)) continue
      let j = k + 1
      while (j < len && isSpace(t[j]!)) j++
      if (t[j] !== 61) continue
      j++
      while (j < len && isSpace(t[j]!)) j++
      if (t[j] !== 34 && t[j] !== 39) continue
      j++
      let letters = 0
      let digits = 0
      for (; j < len; j++) {
        const c = t[j]! | 0x20
        if (c >= 97 && c <= 122 && digits === 0) letters = Math.min(letters * 26 + (c - 96), 1e9)
        else if (t[j]! >= 48 && t[j]! <= 57) digits = Math.min(digits * 10 + (t[j]! - 48), 1e9)
        else break
      }
      return column ? letters : digits
    }
    return 0
  }
}

const isSpace = (b: number): boolean => b === 32 || b === 9 || b === 10 || b === 13
