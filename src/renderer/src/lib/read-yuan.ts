// A yuan amount typed into a form, read to exact fen, or the message saying what is
// wrong with it in the user's language: the same words on every form that takes money.
import { parseYuan } from '@shared/money'

export function readYuan(t: (key: string) => string, text: string): { fen: number } | { error: string } {
  const r = parseYuan(text)
  if (r.ok) return { fen: r.fen }
  return {
    error: t(r.reason === 'decimals' ? 'validation.moneyDecimals' : r.reason === 'too_large' ? 'validation.moneyTooLarge' : 'validation.moneyFormat')
  }
}
