// tokens.css is the one place a colour is written. The stylesheets use its custom
// properties; the charts read them at run time (src/renderer/src/lib/tokens.ts). So no
// other renderer file may write a hex colour, and every token the chart code asks for
// must be defined there, or a chart would draw in no colour at all.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../src/renderer')
const TOKENS = join(ROOT, 'src/tokens.css')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(css|ts|tsx|html)$/.test(e.name) ? [join(dir, e.name)] : []
  )
}

/** The code without its comments (a comment may name a colour to explain it). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

const defined = new Set([...readFileSync(TOKENS, 'utf8').matchAll(/^\s*--([\w-]+):/gm)].map((m) => m[1]))

describe('design tokens', () => {
  it('no renderer file but tokens.css writes a hex colour', () => {
    const offenders = files(ROOT)
      .filter((f) => f !== TOKENS)
      .flatMap((f) => [...code(readFileSync(f, 'utf8')).matchAll(/#[0-9a-fA-F]{3,8}\b/g)].map((m) => `${relative(ROOT, f)}: ${m[0]}`))
    expect(offenders).toEqual([])
  })

  it('defines every token the chart code reads, and one colour per cause slot', () => {
    const source = readFileSync(join(ROOT, 'src/lib/tokens.ts'), 'utf8')
    const union = /export type ChartToken =([\s\S]*?)\n\n/.exec(source)?.[1] ?? ''
    const names = [...union.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!)
    const slots = Number(/export const CAUSE_COLOURS = (\d+)/.exec(source)?.[1])
    expect(names.length).toBeGreaterThan(5)
    expect(slots).toBeGreaterThan(0)
    const wanted = [...names, ...Array.from({ length: slots }, (_, i) => `cause-${i + 1}`)]
    expect(wanted.filter((n) => !defined.has(n))).toEqual([])
  })

  it('finds a hex colour where one is written (so a clean pass means something)', () => {
    expect([...code('.x { color: #1d2635; } /* #ffffff */').matchAll(/#[0-9a-fA-F]{3,8}\b/g)].map((m) => m[0])).toEqual(['#1d2635'])
  })
})
