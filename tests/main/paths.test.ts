import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')

async function builderConfig() {
  const { getConfig } = await import('app-builder-lib/out/util/config/config')
  return getConfig(ROOT, null, null)
}

/** Every `join(__dirname, '…')` in main: paths relative to the built out/main/index.js. */
function mainPaths(): string[] {
  const src = readFileSync(join(ROOT, 'src/main/index.ts'), 'utf8')
  return [...src.matchAll(/join\(__dirname,\s*'([^']+)'\)/g)].map((m) => m[1]!)
}

describe('every path electron-builder.yml and main name exists', () => {
  it('the icons of the window and of every installer target are there, the Linux set in every size', async () => {
    const config = await builderConfig()
    const buildResources = config.directories?.buildResources
    expect(buildResources && existsSync(join(ROOT, buildResources))).toBe(true)
    const icons = [config.win?.icon, config.mac?.icon, config.linux?.icon]
    for (const icon of icons) {
      expect(icon, 'each target names its icon').toBeTruthy()
      expect(existsSync(join(ROOT, icon!)), icon!).toBe(true)
    }
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(ROOT, config.linux!.icon!, `${size}x${size}.png`))).toBe(true)
    // Windows' .ico needs 256 px and macOS' .icns 512 px or more from icon.png: it is 1024.
    const png = readFileSync(join(ROOT, 'resources/icon.png'))
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024])
  })

  it('files main loads from outside out/ are packaged, and exist', async () => {
    const config = await builderConfig()
    // electron-builder normalises `files` to [{ filter: [...] }].
    const files = (config.files as unknown as { filter?: string[] }[]).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])))
    const outMain = join(ROOT, 'out/main')
    for (const rel of mainPaths()) {
      const target = join(outMain, rel)
      if (target.startsWith(join(ROOT, 'out'))) continue // built files: the shell test checks them in out/
      const fromRoot = target.slice(ROOT.length + 1)
      expect(existsSync(target), fromRoot).toBe(true)
      expect(files.some((f) => f === fromRoot || (f.endsWith('/**') && fromRoot.startsWith(f.slice(0, -3)))), `${fromRoot} is packaged`).toBe(true)
    }
    expect(mainPaths()).toContain('../../resources/icon.png')
    expect(existsSync(dirname(join(outMain, '../../resources/icon.png')))).toBe(true)
  })
})
