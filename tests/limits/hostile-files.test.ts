import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/shop'
import { bigCellCsv, sparseCsv, wideHeaderCsv, xlsxBomb, xlsxSharedStrings } from './hostile-files'

const ROOT = join(__dirname, '../..')
/** Peak memory a refusal may reach: the CLI's own start (Node, tsx, SQLite) is ~150 MB of it. */
const MAX_RSS_MB = 320

interface ChildResult {
  code: number
  ms: number
  maxRssMb: number
  out: string
  err: string
}

let t: ReturnType<typeof tempDir>
beforeAll(() => {
  t = tempDir()
})
afterAll(() => t.cleanup())

function importInChild(file: string, db: string, lang = 'en'): ChildResult {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'hostile-child.ts'), file, db, lang], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return JSON.parse(stdout) as ChildResult
}

function ordersIn(db: string): number {
  const conn = new Database(db, { readonly: true })
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n
  } finally {
    conn.close()
  }
}

describe('hostile import files are refused by the CLI within seconds, with bounded memory, and nothing is written', () => {
  const cases: [string, string, (path: string) => void, RegExp, RegExp][] = [
    ['a 2 MB .xlsx that inflates to 2 GB, its size stated honestly', 'bomb-honest.xlsx', (p) => xlsxBomb(p, false), /limit: unpacked size/, /解压后的大小/],
    ['a 2 MB .xlsx that inflates to 2 GB, its directory lying about the size', 'bomb.xlsx', (p) => xlsxBomb(p, true), /limit: unpacking ratio/, /解压倍数/],
    ['a sparse 1 GB CSV', 'sparse.csv', (p) => sparseCsv(p, 1024 * 1024 * 1024), /limit: file size/, /文件大小/],
    ['a CSV whose header has 100,000 columns', 'wide.csv', (p) => wideHeaderCsv(p, 100_000), /limit: columns/, /列数/],
    ['a CSV with one 10 MB cell', 'cell.csv', (p) => bigCellCsv(p, 10 * 1024 * 1024), /limit: cell length/, /单元格长度/],
    ['an .xlsx whose shared-string table holds 4.2 million texts', 'strings.xlsx', (p) => xlsxSharedStrings(p, 4_200_000), /limit: shared strings/, /共享字符串/]
  ]
  for (const [what, name, make, en, zh] of cases) {
    it(`refuses ${what}`, () => {
      const file = join(t.dir, name)
      make(file)
      const db = join(t.dir, `${name}.db`)
      const r = importInChild(file, db)
      expect(r.code, r.err).toBe(2)
      expect(r.err).toContain(`“${name}”`)
      expect(r.err).toMatch(en)
      expect(r.err).toContain('Nothing was written')
      expect(r.ms).toBeLessThan(10_000)
      expect(r.maxRssMb).toBeLessThan(MAX_RSS_MB)
      expect(ordersIn(db)).toBe(0)
      // The same refusal in Chinese.
      const zhRun = importInChild(file, db, 'zh-CN')
      expect(zhRun.code).toBe(2)
      expect(zhRun.err).toMatch(zh)
      expect(zhRun.err).toContain('没有写入任何内容')
      console.log(`[limits] ${name}: refused in ${r.ms} ms, peak RSS ${r.maxRssMb} MB`)
    })
  }
})
