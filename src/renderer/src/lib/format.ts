// Every number, amount and time the UI shows goes through here, so the whole app
// formats one way. Money is integer fen; times are stored as UTC ISO strings and
// shown in the shop's time zone.

const MAX_FEN = 1_000_000_000_00

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 123450 → "¥1,234.50"; integer arithmetic only, so no float artefacts. */
export function formatMoney(fen: number): string {
  if (!Number.isFinite(fen)) return '—'
  const whole = Math.trunc(fen)
  const sign = whole < 0 ? '-' : ''
  const abs = Math.abs(whole)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  return `${sign}¥${group(String(yuan))}.${String(cents).padStart(2, '0')}`
}

/** Fen → the plain yuan text a form field starts with: 123450 → "1234.50", 0 → "0". */
export function fenToYuanInput(fen: number): string {
  if (fen === 0) return '0'
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: 'format' | 'decimals' | 'too_large' }

/**
 * Parses what a person types as a yuan amount ("12", "12.5", "1,234.50", "¥8.80")
 * into integer fen by splitting the string, never via floating point.
 */
export function parseYuan(input: string): YuanParse {
  const s = input.trim().replace(/^[¥￥]\s*/, '').replace(/[,，]/g, '')
  const m = /^(\d*)(?:[.。](\d*))?$/.exec(s)
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return { ok: false, reason: 'format' }
  const intPart = m[1] || '0'
  const frac = m[2] ?? ''
  if (frac.length > 2) return { ok: false, reason: 'decimals' }
  if (intPart.replace(/^0+/, '').length > 9) return { ok: false, reason: 'too_large' }
  const fen = Number(intPart) * 100 + Number(frac.padEnd(2, '0'))
  if (fen > MAX_FEN) return { ok: false, reason: 'too_large' }
  return { ok: true, fen }
}

export type IntParse = { ok: true; value: number } | { ok: false }

/** A whole number as typed ("12", "-3", "+5", "1,000"); decimals and other text are refused. */
export function parseInteger(input: string): IntParse {
  const s = input.trim().replace(/[,，]/g, '').replace(/^＋/, '+').replace(/^[－−]/, '-')
  if (!/^[+-]?\d{1,9}$/.test(s)) return { ok: false }
  return { ok: true, value: Number(s) }
}

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** 12345 → "12,345", −5 → "−5" (a true minus sign, as in the ledger). Same grouping in both languages. */
export function formatInt(n: number): string {
  return n < 0 ? `−${intFormat.format(-n)}` : intFormat.format(n)
}

/** A signed change as shown in the ledger: +7, −3, 0. */
export function formatSigned(n: number): string {
  if (n > 0) return `+${intFormat.format(n)}`
  if (n < 0) return `−${intFormat.format(-n)}`
  return '0'
}

const dtfCache = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dtfCache.get(timeZone)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23'
      })
    } catch {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23'
      })
    }
    dtfCache.set(timeZone, f)
  }
  return f
}

/** "2025-11-26T06:05:00Z" in Asia/Shanghai → "2025-11-26 14:05" (the form Chinese back offices use). */
export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const p: Record<string, string> = {}
  for (const part of partsFormatter(timeZone).formatToParts(d)) p[part.type] = part.value
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** The compact form for dense tables: "11-26 14:05" (the year is in the detail panel). */
export function formatShortDateTime(iso: string | null | undefined, timeZone: string): string {
  const full = formatDateTime(iso, timeZone)
  return full === '—' ? full : full.slice(5)
}

export type Countdown = { kind: 'in' | 'overdue'; unit: 'minutes' | 'hours' | 'days'; value: number; hours: number }

/** How far a deadline is from now, rounded the way a person says it ("in 5 h", "overdue 2 d 3 h"). */
export function countdown(iso: string | null | undefined, nowMs: number): Countdown | null {
  if (!iso) return null
  const t = new Date(iso).getTime()
  if (Number.isNaN(t)) return null
  const diffMin = Math.round((t - nowMs) / 60_000)
  const kind = diffMin >= 0 ? 'in' : 'overdue'
  const m = Math.abs(diffMin)
  if (m < 60) return { kind, unit: 'minutes', value: m, hours: 0 }
  const h = Math.floor(m / 60)
  if (h < 48) return { kind, unit: 'hours', value: h, hours: 0 }
  return { kind, unit: 'days', value: Math.floor(h / 24), hours: h % 24 }
}

/** 王小明 → 王*明, 王明 → 王*, Alice → A***e: enough to recognise, not enough to leak. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 2, 6))}${chars[chars.length - 1]}`
}

const decimalFormats = new Map<number, Intl.NumberFormat>()

/** 12.345 → "12.3" (up to `digits` decimals, grouped); null or NaN → "—". */
export function formatDecimal(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—'
  let f = decimalFormats.get(digits)
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })
    decimalFormats.set(digits, f)
  }
  return n < 0 ? `−${f.format(-n)}` : f.format(n)
}
