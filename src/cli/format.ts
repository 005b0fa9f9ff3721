import { formatMoney } from '../shared/money'

/** A plain aligned text table for terminals; CJK characters count as two columns. */
export function table(headers: string[], rows: (string | number | null)[][]): string {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/u.test(ch) ? 2 : 1), 0)
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))]
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))))
  return cells
    .map((r) =>
      r
        .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

/** Amounts in the CLI's tables: the app's one money format (src/shared/money.ts). */
export const yuan = formatMoney
