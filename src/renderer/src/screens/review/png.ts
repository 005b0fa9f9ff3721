// A chart as a PNG, made in the page with no network: the chart's SVG is copied
// with the styles it is drawn with written onto each element (an SVG drawn as an
// image sees no stylesheet), drawn on a canvas under the chart's title, with the
// legend (HTML in recharts) drawn below it, then downloaded.
import { token } from '../../lib/tokens'

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility'
] as const

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source)
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';')
  target.setAttribute('style', style)
  const from = source.children
  const to = target.children
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!)
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('chart image failed to load'))
    img.src = url
  })
}

interface LegendItem {
  /** One colour, or several drawn side by side (a series whose bars each have their own colour). */
  colors: string[]
  text: string
}

const fillOf = (el: Element): string => getComputedStyle(el).fill

/**
 * The legend entries recharts rendered (HTML), with the colours of each swatch. Recharts gives a
 * series coloured bar by bar (the causes Pareto: one colour per cause) the series' own grey in
 * its legend; the picture takes the bars' colours instead, so the legend matches what is drawn.
 */
function legendOf(root: Element): LegendItem[] {
  const items = [...root.querySelectorAll('.recharts-legend-item')]
  const barItems = items.filter((i) => i.querySelector('.recharts-legend-icon[d^="M0,4h32"]'))
  const bars = [...root.querySelectorAll('.recharts-bar-rectangle path')].filter((p) => !p.closest('.recharts-legend-wrapper'))
  const barColors = [...new Set(bars.map(fillOf))]
  return items.map((item) => {
    const swatch = item.querySelector('path, line, rect')
    const own = swatch ? (fillOf(swatch) !== 'none' ? fillOf(swatch) : getComputedStyle(swatch).stroke) : token('muted')
    const multi = barItems.length === 1 && barItems[0] === item && barColors.length > 1 && !barColors.includes(own)
    return {
      colors: multi ? barColors : [own],
      text: item.querySelector('.recharts-legend-item-text')?.textContent ?? item.textContent ?? ''
    }
  })
}

/** The main chart surface (recharts also draws small SVGs inside the legend). */
export function chartSvg(root: Element): SVGSVGElement | null {
  return [...root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].find((s) => !s.closest('.recharts-legend-wrapper')) ?? null
}

export async function chartToPng(root: Element, title: string, subtitle: string): Promise<Blob> {
  const svg = chartSvg(root)
  if (!svg) throw new Error('no chart to save')
  const box = svg.getBoundingClientRect()
  const width = Math.ceil(box.width)
  const height = Math.ceil(box.height)
  const copy = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, copy)
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  const xml = new XMLSerializer().serializeToString(copy)
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`)

  const font = getComputedStyle(root).fontFamily
  const scale = 2
  const pad = 16
  const legend = legendOf(root)
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  // Lay the legend out in rows first, to know the canvas height.
  ctx.font = `12px ${font}`
  const rows: { x: number; item: LegendItem }[][] = [[]]
  let x = pad
  for (const item of legend) {
    const w = 18 + ctx.measureText(item.text).width + 16
    if (x + w > width + pad && rows[rows.length - 1]!.length > 0) {
      rows.push([])
      x = pad
    }
    rows[rows.length - 1]!.push({ x, item })
    x += w
  }
  const head = 52
  const legendHeight = legend.length ? rows.length * 20 + 8 : 0
  canvas.width = (width + pad * 2) * scale
  canvas.height = (head + height + legendHeight + pad) * scale
  ctx.scale(scale, scale)
  ctx.fillStyle = token('surface')
  ctx.fillRect(0, 0, width + pad * 2, head + height + legendHeight + pad)
  ctx.fillStyle = token('chart-ink')
  ctx.font = `600 16px ${font}`
  ctx.textBaseline = 'top'
  ctx.fillText(title, pad, pad)
  ctx.fillStyle = token('chart-axis')
  ctx.font = `12px ${font}`
  ctx.fillText(subtitle, pad, pad + 22)
  ctx.drawImage(image, pad, head, width, height)
  ctx.textBaseline = 'middle'
  rows.forEach((row, r) => {
    const y = head + height + 8 + r * 20 + 8
    for (const { x: left, item } of row) {
      const stripe = 10 / item.colors.length
      item.colors.forEach((color, i) => {
        ctx.fillStyle = color
        ctx.fillRect(left + i * stripe, y - 5, stripe, 10)
      })
      ctx.fillStyle = token('chart-ink')
      ctx.fillText(item.text, left + 16, y)
    }
  })
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'))
}

/** Hands a blob to the browser as a download (the desktop app shows its save dialog). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
