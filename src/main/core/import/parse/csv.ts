// RFC 4180 reader fed one decoded chunk at a time. Hand-written rather than papaparse so that it can
// stop growing a runaway cell at MAX_CELL_CHARS, report the row where an unclosed quote began, and
// count rows the way Excel shows them (a quoted multi-line cell is one row; blank lines are rows).
// A property test checks it against papaparse on random input.

import { IMPORT_LIMITS } from '../../../../shared/import-limits'
import { limitError } from './limits'

export const MAX_CELL_CHARS = 100_000

export interface CsvIssue {
  kind: 'unclosed_quote' | 'bad_quote' | 'cell_too_long'
  /** 0-based cell index within the record. */
  cell: number
  /** Excel-style row number where the issue starts (an unclosed quote starts on an earlier row). */
  row: number
  length?: number
}

/**
 * cells: raw cell texts; row: 1-based record number; issues: null when clean; raw: the record's text
 * as written (quotes kept, line break after it left out), null for one longer than RAW_RECORD_CHARS.
 */
export type RecordSink = (cells: string[], row: number, issues: CsvIssue[] | null, raw: string | null) => void

/** A record longer than this is not handed over as written (see RecordSink): only its cells are. */
export const RAW_RECORD_CHARS = 1 << 20

const QUOTE = 34
const CR = 13
const LF = 10

const FIELD_START = 0
const UNQUOTED = 1
const QUOTED = 2
const QUOTE_IN_QUOTED = 3

export class CsvReader {
  private state = FIELD_START
  private field = ''
  private fieldLen = 0
  private tooLong = false
  private cells: string[] = []
  private issues: CsvIssue[] | null = null
  private row = 1
  private skipLF = false
  /** Where the current record began in the chunk being fed, and its text from earlier chunks. */
  private recStart = 0
  private carry = ''
  private readonly delim: number

  constructor(
    delimiter: string,
    private readonly sink: RecordSink
  ) {
    this.delim = delimiter.charCodeAt(0)
  }

  feed(s: string): void {
    const n = s.length
    let i = 0
    if (this.skipLF && n > 0) {
      this.skipLF = false
      if (s.charCodeAt(0) === LF) i = 1
    }
    this.recStart = i
    const delim = this.delim
    while (i < n) {
      switch (this.state) {
        case FIELD_START:
          if (s.charCodeAt(i) === QUOTE) {
            this.state = QUOTED
            i++
            break
          }
          this.state = UNQUOTED
          break
        case UNQUOTED: {
          let j = i
          let c = 0
          while (j < n) {
            c = s.charCodeAt(j)
            if (c === delim || c === CR || c === LF) break
            j++
          }
          this.append(s, i, j)
          if (j === n) {
            i = n
            break
          }
          this.endField()
          i = this.afterSeparator(s, j, c)
          break
        }
        case QUOTED: {
          const j = s.indexOf('"', i)
          if (j === -1) {
            this.append(s, i, n)
            i = n
          } else {
            this.append(s, i, j)
            this.state = QUOTE_IN_QUOTED
            i = j + 1
          }
          break
        }
        case QUOTE_IN_QUOTED: {
          const c = s.charCodeAt(i)
          if (c === QUOTE) {
            this.append('"', 0, 1)
            this.state = QUOTED
            i++
          } else if (c === delim || c === CR || c === LF) {
            this.endField()
            i = this.afterSeparator(s, i, c)
          } else {
            // `"abc"def`: keep the text as written, as Excel does, and say so.
            this.issue('bad_quote')
            this.state = UNQUOTED
          }
          break
        }
      }
    }
    // The record going on into the next chunk keeps its text so far (bounded: see RecordSink).
    if (this.recStart < n && this.carry.length <= RAW_RECORD_CHARS) this.carry += s.slice(this.recStart, n)
  }

  end(): void {
    if (this.state === QUOTED) {
      // The record's row is where the runaway cell began (rows advance only when a record ends):
      // everything after it was swallowed into that cell.
      this.issue('unclosed_quote')
    }
    if (this.state !== FIELD_START || this.cells.length > 0) {
      this.endField()
      this.endRecord(this.carry)
    }
    this.carry = ''
    this.state = FIELD_START
  }

  private afterSeparator(s: string, j: number, c: number): number {
    this.state = FIELD_START
    if (c === this.delim) return j + 1
    this.endRecord(this.carry ? this.carry + s.slice(this.recStart, j) : s.slice(this.recStart, j))
    this.carry = ''
    let next = j + 1
    if (c === CR) {
      if (j + 1 < s.length) next = s.charCodeAt(j + 1) === LF ? j + 2 : j + 1
      else this.skipLF = true
    }
    this.recStart = next
    return next
  }

  private append(s: string, from: number, to: number): void {
    if (from === to) return
    const len = to - from
    if (this.tooLong) {
      this.fieldLen += len
      // Past the soft limit the cell is reported per row; past the hard one the file is refused.
      if (this.fieldLen > IMPORT_LIMITS.cellChars) throw limitError('cellChars')
      return
    }
    if (this.fieldLen + len > MAX_CELL_CHARS) {
      this.field += s.slice(from, from + (MAX_CELL_CHARS - this.fieldLen))
      this.fieldLen += len
      this.tooLong = true
      return
    }
    this.field = this.fieldLen === 0 ? s.slice(from, to) : this.field + s.slice(from, to)
    this.fieldLen += len
  }

  private issue(kind: CsvIssue['kind'], row = this.row, length?: number): void {
    const it: CsvIssue = { kind, cell: this.cells.length, row }
    if (length !== undefined) it.length = length
    ;(this.issues ??= []).push(it)
  }

  private endField(): void {
    if (this.cells.length >= IMPORT_LIMITS.columns) throw limitError('columns')
    if (this.tooLong) this.issue('cell_too_long', this.row, this.fieldLen)
    this.cells.push(this.field)
    this.field = ''
    this.fieldLen = 0
    this.tooLong = false
  }

  private endRecord(raw: string): void {
    if (this.row > IMPORT_LIMITS.rows) throw limitError('rows')
    const cells = this.cells
    const issues = this.issues
    this.cells = []
    this.issues = null
    this.sink(cells, this.row, issues, raw.length <= RAW_RECORD_CHARS ? raw : null)
    this.row++
  }
}

/**
 * Picks comma, tab or semicolon by counting them outside quotes on the first line that has any
 * (a title line above the header has none). Comma when the file has none at all.
 */
export function detectDelimiter(text: string): string {
  const candidates = [',', '\t', ';']
  let inQuotes = false
  const counts = [0, 0, 0]
  const limit = Math.min(text.length, 1 << 20)
  for (let i = 0; i < limit; i++) {
    const ch = text[i]
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (counts.some((c) => c > 0)) break
    } else if (!inQuotes) {
      const k = candidates.indexOf(ch as string)
      if (k !== -1) counts[k]!++
    }
  }
  let best = 0
  for (let k = 1; k < 3; k++) if (counts[k]! > counts[best]!) best = k
  return candidates[best]!
}
