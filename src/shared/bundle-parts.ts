// "A001x1,B011x2" (or one per line; × x * ＊ for times; , ， ; ； 、 between parts, as ERP exports
// write 组合明细) → bundle parts; shared by the CLI, the Bundles dialog and the stock-list import.
export function parseBundleParts(text: string): { merchantCode: string; quantity: number }[] | null {
  const items = text
    .split(/[,，;；、\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
  const out: { merchantCode: string; quantity: number }[] = []
  for (const s of items) {
    const m = /^(\S+?)\s*(?:[x×*＊]\s*(\d+))?$/i.exec(s)
    if (!m) return null
    out.push({ merchantCode: m[1]!, quantity: Number(m[2] ?? 1) })
  }
  return out.length ? out : null
}

export const bundlePartsText = (parts: { merchantCode: string; quantity: number }[]): string =>
  parts.map((p) => `${p.merchantCode}x${p.quantity}`).join(', ')
