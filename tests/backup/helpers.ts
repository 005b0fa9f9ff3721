import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from '../../src/main/core/db/open'
import { tempDir, testShop, type TestShop } from '../helpers/shop'

/** A digest of every row of every table (and the schema version): equal digests mean an unchanged shop. */
export function digestDb(db: Db): string {
  const h = createHash('sha256')
  h.update(String(db.pragma('user_version', { simple: true })))
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  for (const { name } of tables) {
    h.update(`\u0000table ${name}`)
    // Table names come from sqlite_schema itself, never from input.
    for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).raw().iterate()) h.update(JSON.stringify(row))
  }
  return h.digest('hex')
}

export const fileDigest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

export interface FileShop extends TestShop {
  dir: string
  dbPath: string
  clock: { now: Date; advance(minutes: number): void }
  cleanup(): void
}

/** A shop in a real file in a temporary folder, with a clock the test moves. */
export function fileShop(start = new Date('2026-11-26T02:00:00.000Z')): FileShop {
  const t = tempDir()
  const dbPath = join(t.dir, 'shop.db')
  const clock = {
    now: new Date(start),
    advance(minutes: number) {
      this.now = new Date(this.now.getTime() + minutes * 60_000)
    }
  }
  const shop = testShop(dbPath, () => clock.now)
  return {
    ...shop,
    dir: t.dir,
    dbPath,
    clock,
    cleanup() {
      if (shop.ctx.db.open) shop.ctx.db.close()
      t.cleanup()
    }
  }
}

/** A product with some stock, through the real calls. */
export async function addProduct(shop: TestShop, code: string, onHand = 0): Promise<number> {
  const p = await shop.call('products.create', { merchantCode: code, name: `商品 ${code}` })
  if (onHand) await shop.call('stock.move', { productId: p.id, type: 'receive', quantity: onHand })
  return p.id
}

/** A copy of a database file with the middle of its table pages overwritten: SQLite sees corruption. */
export function corruptCopy(path: string): Buffer {
  const bytes = Buffer.from(readFileSync(path))
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  for (let page = 1; page * pageSize < bytes.length; page++) {
    for (let i = 8; i < 200; i++) bytes[page * pageSize + i] = (i * 37 + page) & 0xff
  }
  return bytes
}
