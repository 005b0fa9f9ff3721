// Money is integer fen everywhere; yuan text is parsed as a string so 19.99 is 1999 fen exactly.

/** "12", "12.5", "¥1,234.56" → fen; null when the text is not an amount with at most 2 decimals. */
export function parseYuanToFen(text: string): number | null {
  const t = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/[,，]/g, '')
    .trim()
  const m = /^(-)?(\d{1,12})(?:\.(\d{0,2}))?$/.exec(t)
  if (!m) return null
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || '0')
  return m[1] ? -fen : fen
}

/** 123456 → "1,234.56" (no currency sign; callers add ¥ where it reads well). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100).toLocaleString('en-US')
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`
}
