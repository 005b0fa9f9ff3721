// Every number, amount and time the UI shows goes through here, so the whole app
// formats one way. Money is integer fen; times are stored as UTC ISO strings and
// shown in the shop's time zone.
import { durationOf, formatShopTime, type Duration } from '@shared/time'

// Money is src/shared/money.ts, one format for the renderer, the CLI and the exports.
export { fenToYuanInput, formatMoney, formatYuan, formatYuanWhole, parseYuan, type YuanParse } from '@shared/money'

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

/** "2025-11-26T06:05:00Z" in Asia/Shanghai → "2025-11-26 14:05" (the form Chinese back offices use); UTC for an unknown zone. */
export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—'
  let shown: string
  try {
    shown = formatShopTime(iso, timeZone)
  } catch {
    shown = formatShopTime(iso, 'UTC')
  }
  return shown ? shown.slice(0, 16) : '—'
}

/** The compact form for dense tables: "11-26 14:05" (the year is in the detail panel). */
export function formatShortDateTime(iso: string | null | undefined, timeZone: string): string {
  const full = formatDateTime(iso, timeZone)
  return full === '—' ? full : full.slice(5)
}

export type Countdown = { kind: 'in' | 'overdue'; duration: Duration }

/** How far a deadline is from now, as a person says it ("in 5 h 12 min", "overdue 2 d 3 h"; src/shared/time.ts). */
export function countdown(iso: string | null | undefined, nowMs: number): Countdown | null {
  if (!iso) return null
  const t = new Date(iso).getTime()
  if (Number.isNaN(t)) return null
  const diff = Math.round((t - nowMs) / 60_000) * 60_000
  return { kind: diff >= 0 ? 'in' : 'overdue', duration: durationOf(diff) }
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
