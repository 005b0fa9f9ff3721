// Cell-level text handling. Every cell stays a string until one of these parsers reads it; IDs,
// phones and codes never go through Number (leading zeros and 19-digit order numbers survive).
import { parseYuanToFen } from '../../../../shared/money'

/**
 * Trims (spaces, tabs, NBSP, full-width space, BOM) and unwraps the shapes spreadsheet exports use to
 * keep text as text: `="2026112612345678"` (a formula returning a string) and a leading `'`.
 */
export function cleanCell(raw: string): string {
  let s = raw.trim()
  if (s.length >= 3 && s.charCodeAt(0) === 61 && s.charCodeAt(1) === 34 && s.charCodeAt(s.length - 1) === 34) {
    // Inside an Excel string literal a quote is written twice.
    s = s.slice(2, -1).replace(/""/g, '"').trim()
  }
  if (s.charCodeAt(0) === 39) s = s.slice(1).trim()
  return s
}

/**
 * V8 keeps a substring pointing into its parent; strings we keep in the result are copied so the
 * decoded file chunks they came from can be freed.
 */
export function detach(s: string): string {
  return s.length >= 13 ? (' ' + s).slice(1) : s
}

/** Header matching key: width-normalised (（元）→ (元)), no whitespace, lower-case (商品ID ≡ 商品id). */
export function headerKey(h: string): string {
  return cleanCell(h).normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

/** Status/after-sale matching key: full-width comma ≡ half-width comma, whitespace ignored. */
export function textKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '')
}

const EMPTY_MARKERS = new Set(['-', '--', '—', '/', 'null', 'NULL', 'N/A', 'n/a', '无'])
/** Placeholders exports put in cells that have no value (Douyin writes "-"). */
export function isEmptyMarker(s: string): boolean {
  return s === '' || EMPTY_MARKERS.has(s)
}

/** Excel turns long digit strings into 2.02611E+18 when a CSV is opened and saved again: the ID is lost. */
export function isMangledId(s: string): boolean {
  return /^\d(?:\.\d+)?e\+?\d+$/i.test(s)
}

/** Positive whole number of pieces; "2.0" from a spreadsheet number is accepted. */
export function parseQuantity(s: string): number | null {
  const t = s.normalize('NFKC').replace(/[件个]$/, '')
  const m = /^(\d{1,7})(?:\.0+)?$/.exec(t)
  if (!m) return null
  const n = Number(m[1])
  return n > 0 ? n : null
}

/** Yuan text → fen (non-negative); tolerates trailing zeros past two decimals and a 元 suffix. */
export function parseAmountFen(s: string): number | null {
  if (PLAIN_YUAN.test(s)) return plainYuanToFen(s)
  const fen = parseYuanToFen(
    s
      .normalize('NFKC')
      .replace(/元$/, '')
      .replace(/^(.*\.\d\d)0+$/, '$1')
  )
  return fen !== null && fen >= 0 ? fen : null
}

const PLAIN_YUAN = /^\d+(?:\.\d\d?)?$/
/** Yuan digits beyond which parseYuanToFen refuses an amount (its maxDigits). */
const MAX_YUAN_DIGITS = 12

/**
 * "39.90" → 3990: the form nearly every amount in an export has, read without parseYuan's
 * general cleaning (three amounts a row, 200,000 rows). Gives what parseYuanToFen gives.
 */
export function plainYuanToFen(s: string): number | null {
  const dot = s.indexOf('.')
  const yuan = dot === -1 ? s : s.slice(0, dot)
  if (yuan.length > MAX_YUAN_DIGITS && yuan.replace(/^0+/, '').length > MAX_YUAN_DIGITS) return null
  const frac = dot === -1 ? 0 : dot === s.length - 2 ? (s.charCodeAt(dot + 1) - 48) * 10 : Number(s.slice(dot + 1))
  return Number(yuan) * 100 + frac
}

const CHINA_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000
// Excel day 25569 is 1970-01-01; serials outside 1954…9999 are not dates we expect in an order file.
const SERIAL_MIN = 20_000
const SERIAL_MAX = 2_958_465
const DATE_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:(?:\s+|T)(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.(\d{1,9}))?)?)?\s*(z|[+-]\d{2}:?\d{2})?$/i

function digits(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/**
 * China wall-clock fields → the same string Date#toISOString gives, by integer arithmetic: a
 * 200,000-row export has 600,000 times and Date formatting costs over a microsecond each.
 * Null when the fields are not a real time (2026-02-30, 24:00).
 */
export function chinaWallToIso(Y: number, M: number, D: number, H: number, MI: number, S: number, ms = 0): string | null {
  if (Y < 1000 || Y > 9999 || M < 1 || M > 12 || D < 1 || D > daysInMonth(Y, M) || H < 0 || H > 23 || MI < 0 || MI > 59 || S < 0 || S > 59)
    return null
  let y = Y,
    m = M,
    d = D,
    h = H - 8
  if (h < 0) {
    h += 24
    if (--d === 0) {
      if (--m === 0) {
        m = 12
        y--
      }
      d = daysInMonth(y, m)
    }
  }
  // Written as char codes into one flat string: a template literal would build a rope of a dozen
  // pieces per time, several times the memory of the 24 characters once kept in the result.
  const c = ISO_CODES
  put4(c, 0, y)
  put2(c, 5, m)
  put2(c, 8, d)
  put2(c, 11, h)
  put2(c, 14, MI)
  put2(c, 17, S)
  c[20] = 48 + Math.floor(ms / 100)
  c[21] = 48 + (Math.floor(ms / 10) % 10)
  c[22] = 48 + (ms % 10)
  return String.fromCharCode.apply(null, c)
}

// "0000-00-00T00:00:00.000Z"
const ISO_CODES = [48, 48, 48, 48, 45, 48, 48, 45, 48, 48, 84, 48, 48, 58, 48, 48, 58, 48, 48, 46, 48, 48, 48, 90]
function put2(c: number[], at: number, n: number): void {
  c[at] = 48 + Math.floor(n / 10)
  c[at + 1] = 48 + (n % 10)
}
function put4(c: number[], at: number, n: number): void {
  put2(c, at, Math.floor(n / 100))
  put2(c, at + 2, n % 100)
}

/** "2026-11-26 14:03:05", the shape nearly every export uses, without the general regex; undefined = not that shape. */
function fastWallClock(s: string): string | null | undefined {
  if (
    s.length !== 19 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 32 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  ) {
    return undefined
  }
  return chinaWallToIso(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13), digits(s, 14, 16), digits(s, 17, 19))
}

/**
 * Order-file time → UTC ISO string. Wall-clock text is China time (UTC+8, no DST) unless it carries
 * Z or an offset; Excel serial day numbers are wall-clock too. Returns null for unreadable text.
 */
export function parseChinaTime(s: string): string | null {
  const fast = fastWallClock(s)
  if (fast !== undefined) return fast
  if (/^\d+(?:\.\d+)?$/.test(s)) {
    const serial = Number(s)
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null
    const wall = Math.round(((serial - 25569) * DAY_MS) / 1000) * 1000
    return new Date(wall - CHINA_OFFSET_MS).toISOString()
  }
  const m = DATE_TIME.exec(s)
  if (!m) return null
  const [y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone] = m.slice(1) as string[]
  const Y = Number(y),
    M = Number(mo),
    D = Number(d),
    H = Number(h),
    MI = Number(mi),
    S = Number(sec)
  const ms = frac ? Math.min(999, Math.round(Number(`0.${frac}`) * 1000)) : 0
  const iso = chinaWallToIso(Y, M, D, H, MI, S, ms)
  if (iso === null || !zone) return iso
  const wall = Date.UTC(Y, M - 1, D, H, MI, S, ms)
  let offsetMs: number
  if (zone.toLowerCase() === 'z') offsetMs = 0
  else {
    const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
    if (!zm) return null
    const mins = Number(zm[2]) * 60 + Number(zm[3])
    if (mins > 14 * 60) return null
    offsetMs = (zm[1] === '-' ? -1 : 1) * mins * 60_000
  }
  return new Date(wall - offsetMs).toISOString()
}
