// Money, one way everywhere (renderer, CLI, exports, messages). Amounts are
// integer fen; yuan text is parsed as a string so 19.99 is 1999 fen exactly.
// A shop owner reads a negative amount as "-¥1.50": the sign before the ¥, an
// ASCII minus, thousands grouped with commas in both languages.

const MAX_FEN = 1_000_000_000_00

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function parts(fen: number): { sign: string; yuan: string; fen2: string } {
  const whole = Math.trunc(fen)
  const abs = Math.abs(whole)
  return { sign: whole < 0 ? '-' : '', yuan: group(String(Math.floor(abs / 100))), fen2: String(abs % 100).padStart(2, '0') }
}

/** 123450 → "¥1,234.50", −150 → "-¥1.50": always with 分, for tables where amounts line up. */
export function formatMoney(fen: number): string {
  if (!Number.isFinite(fen)) return '—'
  const p = parts(fen)
  return `${p.sign}¥${p.yuan}.${p.fen2}`
}

/** 300 → "¥3", 350 → "¥3.50", −150 → "-¥1.50": 分 only when not zero, for prices in sentences and messages. */
export function formatYuan(fen: number): string {
  if (!Number.isFinite(fen)) return '—'
  const p = parts(fen)
  return `${p.sign}¥${p.yuan}${p.fen2 === '00' ? '' : `.${p.fen2}`}`
}

/** 123456 → "¥1,235", −150 → "-¥2": rounded to whole yuan, for chart axes and summaries. */
export function formatYuanWhole(fen: number): string {
  if (!Number.isFinite(fen)) return '—'
  // Half a yuan rounds away from zero on both sides, so -¥1.50 and ¥1.50 round alike.
  const yuan = Math.round(Math.abs(fen) / 100)
  return `${fen < 0 && yuan > 0 ? '-' : ''}¥${group(String(yuan))}`
}

/** 123456 → "1,234.56", −150 → "-1.50": no ¥, for columns headed in yuan. */
export function formatFen(fen: number): string {
  const p = parts(fen)
  return `${p.sign}${p.yuan}.${p.fen2}`
}

/** Fen → the plain yuan text a form field starts with: 123450 → "1234.50", 0 → "0". */
export function fenToYuanInput(fen: number): string {
  if (fen === 0) return '0'
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const cents = abs % 100
  return `${sign}${Math.floor(abs / 100)}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`
}

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: 'format' | 'decimals' | 'too_large' }

/**
 * Parses a yuan amount as people type it or exports print it ("12", "12.5",
 * "1,234.50", "¥8.80", "12。5") into integer fen by splitting the string, never via
 * floating point. A minus sign is accepted only with `negative` (stock files, refunds).
 */
export function parseYuan(input: string, options: { negative?: boolean; maxDigits?: number } = {}): YuanParse {
  let s = input
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/[,，]/g, '')
    .trim()
  let sign = 1
  if (options.negative && /^[-－−]/.test(s)) {
    sign = -1
    s = s.slice(1)
  }
  const m = /^(\d*)(?:[.。](\d*))?$/.exec(s)
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return { ok: false, reason: 'format' }
  const intPart = m[1] || '0'
  const frac = m[2] ?? ''
  if (frac.length > 2) return { ok: false, reason: 'decimals' }
  // Ten digits of yuan reach the contract's ceiling (¥1,000,000,000.00 = MAX_FEN), checked exactly below.
  const maxDigits = options.maxDigits ?? 10
  if (intPart.replace(/^0+/, '').length > maxDigits) return { ok: false, reason: 'too_large' }
  const fen = Number(intPart) * 100 + Number(frac.padEnd(2, '0'))
  if (options.maxDigits === undefined && fen > MAX_FEN) return { ok: false, reason: 'too_large' }
  return { ok: true, fen: sign * fen }
}

/** The same parse for files and flags: fen, or null when the text is not an amount (a minus sign and up to 12 digits of yuan allowed). */
export function parseYuanToFen(text: string): number | null {
  const r = parseYuan(text, { negative: true, maxDigits: 12 })
  return r.ok ? r.fen : null
}
