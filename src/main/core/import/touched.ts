// Which SKUs an order import touched: the products of every line it created, and
// of every updated order's lines before and after (a line moved from one SKU to
// another changes both; a status change moves the demand of all its lines). The
// recompute after the import recounts demand for these SKUs only. Kept beside the
// report (not in it: the report crosses IPC, this set can hold thousands of ids).
import type { WriteScope } from '../writes'
import type { ImportReport } from './report'

const scopes = new WeakMap<ImportReport, WriteScope>()

type Parts = ReadonlyMap<string, readonly { productId: number }[]>

export class TouchedSkus {
  readonly products = new Set<number>()
  constructor(
    private readonly resolve: (code: string) => number | null,
    private readonly bundles: Parts
  ) {}

  /** A line as the file has it: resolved now, or a bundle's components. */
  line(code: string): void {
    const id = this.resolve(code)
    if (id !== null) this.products.add(id)
    else this.bundle(code)
  }

  /** A line as stored: the product it was mapped to, or (unmapped) the bundle its code names. */
  stored(productId: number | null, code: string): void {
    if (productId !== null) this.products.add(productId)
    else this.bundle(code)
  }

  private bundle(code: string): void {
    for (const p of this.bundles.get(code) ?? []) this.products.add(p.productId)
  }
}

export function rememberTouched(report: ImportReport, touched: TouchedSkus): void {
  scopes.set(report, { products: touched.products })
}

/** The SKUs an applied order import touched; undefined (recount everything) for any other import. */
export function touchedBy(report: ImportReport): WriteScope | undefined {
  return scopes.get(report)
}
