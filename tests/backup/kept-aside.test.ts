import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { planKeptAside, listKeptAside, type KeptAsideFile } from '../../src/main/core/backup/kept-aside'
import { keptAsidePath } from '../../src/main/core/backup/names'
import { runCli } from '../../src/cli/index'
import { FIXED_NOW, tempDir } from '../helpers/shop'
import { addProduct, fileShop, type FileShop } from './helpers'

const DAY = 86_400_000
const shops: FileShop[] = []
const cleanups: (() => void)[] = []
afterEach(() => {
  shops.splice(0).forEach((s) => s.cleanup())
  cleanups.splice(0).forEach((c) => c())
})

const file = (kind: KeptAsideFile['kind'], daysAgo: number): KeptAsideFile => {
  const at = new Date(FIXED_NOW.getTime() - daysAgo * DAY).toISOString()
  return { path: `/shop/${kind}-${daysAgo}.db`, fileName: `${kind}-${daysAgo}.db`, kind, at, bytes: 1 }
}
const names = (fs: KeptAsideFile[]) => fs.map((f) => f.fileName).sort()

describe('kept-aside retention', () => {
  it('keeps the newest three of each kind and anything younger than 30 days; older ones beyond the three may go', () => {
    const files = [0, 5, 40, 50, 60, 70].map((d) => file('before-restore', d)).concat([35, 45, 55, 65].map((d) => file('damaged', d)))
    const plan = planKeptAside(files, FIXED_NOW, null)
    expect(names(plan.remove)).toEqual(['before-restore-50.db', 'before-restore-60.db', 'before-restore-70.db', 'damaged-65.db'])
    expect(plan.keep).toHaveLength(6)
  })

  it('never removes the only copy of anything: the newest of a kind, however old, and the copy the last restore can be undone to', () => {
    const plan = planKeptAside([file('damaged', 400)], FIXED_NOW, null)
    expect(plan.remove).toEqual([])
    const old = [100, 200, 300, 400].map((d) => file('before-restore', d))
    const protectedPlan = planKeptAside(old, FIXED_NOW, '/shop/before-restore-400.db')
    expect(names(protectedPlan.remove)).toEqual([])
    expect(names(planKeptAside(old, FIXED_NOW, null).remove)).toEqual(['before-restore-400.db'])
  })

  it('keeps a file dated after now (the clock was changed) and everything younger than the limit, however many', () => {
    const files = [-3, 1, 2, 3, 4, 29].map((d) => file('before-undo', d))
    expect(planKeptAside(files, FIXED_NOW, null).remove).toEqual([])
  })

  it('a restore applies the rule to the files beside the database, and the CLI lists and tidies them', async () => {
    const s = fileShop(FIXED_NOW)
    shops.push(s)
    await addProduct(s, 'K-1', 2)
    // Old kept-aside files from earlier restores and recoveries.
    for (const d of [40, 50, 60, 70]) writeFileSync(keptAsidePath(s.dbPath, 'before-restore', new Date(FIXED_NOW.getTime() - d * DAY)), 'x')
    writeFileSync(keptAsidePath(s.dbPath, 'damaged', new Date(FIXED_NOW.getTime() - 90 * DAY)), 'x')
    expect(listKeptAside(s.dbPath)).toHaveLength(5)
    const listed = await s.call('backups.keptAside', {})
    expect(listed.files.filter((f) => !f.keep).map((f) => f.kind)).toEqual(['before-restore'])

    const backup = await s.call('backups.create', {})
    await s.call('backups.restore', { path: backup.path })
    // The new before-restore copy plus the two newest old ones stay; the older two go; the only damaged file stays.
    const after = listKeptAside(s.dbPath)
    expect(after.filter((f) => f.kind === 'before-restore')).toHaveLength(3)
    expect(after.filter((f) => f.kind === 'damaged')).toHaveLength(1)
    for (const d of [60, 70]) expect(existsSync(keptAsidePath(s.dbPath, 'before-restore', new Date(FIXED_NOW.getTime() - d * DAY)))).toBe(false)

    s.ctx.db.close()
    const out: string[] = []
    expect(await runCli(['kept-aside', 'list', '--db', s.dbPath, '--json'], (x) => out.push(x), () => undefined)).toBe(0)
    const list = JSON.parse(out.join('')) as { files: { kind: string; keep: boolean }[]; keepDays: number }
    expect(list.keepDays).toBe(30)
    expect(list.files).toHaveLength(4)
  })

  it('kept-aside tidy from the CLI removes what the rule lets go and says how many', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = join(t.dir, 'shop.db')
    expect(await runCli(['init', '--db', db], () => undefined, () => undefined)).toBe(0)
    // Files far older than any real clock could make them: the CLI runs on the wall clock, the rule's dates are fixed.
    for (const y of [2001, 2002, 2003, 2004, 2005]) writeFileSync(keptAsidePath(db, 'damaged', new Date(`${y}-01-01T00:00:00Z`)), 'x')
    const out: string[] = []
    expect(await runCli(['kept-aside', 'tidy', '--db', db], (x) => out.push(x), () => undefined)).toBe(0)
    expect(out.join('\n')).toMatch(/removed 2 file/)
    expect(readdirSync(t.dir).filter((f) => f.includes('.damaged-')).sort()).toEqual([
      'shop.damaged-20030101T000000000Z.db',
      'shop.damaged-20040101T000000000Z.db',
      'shop.damaged-20050101T000000000Z.db'
    ])
  })
})
