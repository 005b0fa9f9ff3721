// Which unknown merchant codes of an export can become SKUs in one step: the renderer's
// "add all as new SKUs" and the CLI's `sku create-missing` ask the same question.
import type { UnknownSku } from './types'

/**
 * The contract's merchantCode rule (calls/define.ts) without zod, which stays out of the
 * renderer's bundle: 1–64 characters, no spaces or control characters (tests/first-run checks both agree).
 */
export function isStorableCode(code: string): boolean {
  return code.length >= 1 && code.length <= 64 && ![...code].some((ch) => /\s/u.test(ch) || ch.charCodeAt(0) < 0x20)
}

export interface NewSkuItem {
  merchantCode: string
  name: string
  spec: string
}

/**
 * The items for products.createMany: the code as in the file, the file's title as the
 * name (the code itself when the file had none), its spec. Codes a SKU cannot carry
 * (empty, with spaces, too long) are left out and counted: they need a person.
 */
export function newSkusFromUnknown(unknown: readonly UnknownSku[]): { items: NewSkuItem[]; skipped: number } {
  const items: NewSkuItem[] = []
  for (const u of unknown) {
    const code = u.code.trim()
    if (!isStorableCode(code)) continue
    items.push({ merchantCode: code, name: (u.title.trim() || code).slice(0, 200), spec: u.spec.trim().slice(0, 200) })
  }
  return { items, skipped: unknown.length - items.length }
}
