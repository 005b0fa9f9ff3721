// Which unknown merchant codes of an export can become SKUs in one step: the renderer's
// "add all as new SKUs" and the CLI's `sku create-missing` ask the same question.
import { merchantCode } from './calls/define'
import type { UnknownSku } from './types'

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
    if (!merchantCode.safeParse(u.code).success) continue
    const code = u.code.trim()
    items.push({ merchantCode: code, name: (u.title.trim() || code).slice(0, 200), spec: u.spec.trim().slice(0, 200) })
  }
  return { items, skipped: unknown.length - items.length }
}
