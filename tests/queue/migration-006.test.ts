// Migration 6 (issue #14): a shop that already has the message templates gets the
// notice that asks the buyer to choose and the [[ ]] phrases for a missing date or
// amount, unless the merchant edited that template; nothing else changes.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src/main/core/db/migrations'
import { v006BuyerMessages } from '../../src/main/core/db/migrations/006-buyer-messages'
import { openDatabase } from '../../src/main/core/db/open'
import { dispatch } from '../../src/main/core/dispatch'
import { createHandlers } from '../../src/main/core/handlers'
import type { DraftMessage } from '../../src/shared/queue-types'
import { FIXED_NOW } from '../helpers/shop'

/** The words version 4 wrote when it landed (shops created before issue #14 hold these). */
// prettier-ignore
const WRITTEN_BY_V4: readonly (readonly [string, string])[] = [
  ["notify.zh-CN", "亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货，没法按时发出。想跟您商量一下怎么处理，麻烦您回复一下，谢谢！"],
  ["offer_coupon.zh-CN", "亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货。为表歉意，我们为您准备了 {{coupon}} 的补偿。您可以等补货（预计 {{restockDate}} 到货），也可以取消订单，我们全额退款 {{refundAmount}}。您看怎么处理比较好？"],
  ["offer_wait.zh-CN", "亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货，新货预计 {{restockDate}} 到，到货后第一时间给您发出。请问您愿意等一等吗？不方便等的话，我们马上为您全额退款。"],
  ["notify.en", "Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock and cannot ship on time. We would like to agree with you on what to do. Could you reply when you have a moment?"],
  ["offer_coupon.en", "Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. As an apology we have {{coupon}} of compensation for you. You can wait for the restock (expected {{restockDate}}), or we cancel the order and refund you in full ({{refundAmount}}). Which would you prefer?"],
  ["offer_wait.en", "Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. New stock is expected {{restockDate}} and we will ship yours first. Would you be willing to wait? If not, we will refund you in full right away."]
]

const MERCHANTS_WORDS = '亲，{{buyerName}}您好！{{product}} 要等到 {{restockDate}}，可以吗？'

interface TemplateRow {
  preset: string | null
  name: string
  body: string
  edited: number
  updated_at: string
}
const templates = (db: Database.Database): TemplateRow[] =>
  db.prepare('SELECT preset, name, body, edited, updated_at FROM queue_templates ORDER BY id').all() as TemplateRow[]

/** A shop as it was before issue #14 (written at version 4, then migrated to 5): the old preset words, one preset edited, one template of the merchant's own, a short Pinduoduo order with no buyer name. */
function shopAtVersion4(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  for (const m of MIGRATIONS.filter((x) => x.version <= 4)) db.transaction(() => (m.up(db), db.pragma(`user_version = ${m.version}`)))()
  const old = db.prepare('UPDATE queue_templates SET body = ? WHERE preset = ?')
  for (const [preset, body] of WRITTEN_BY_V4) old.run(body, preset)
  db.prepare(
    `UPDATE queue_templates SET body = ?, edited = 1, updated_at = '2026-11-30T08:00:00.000Z' WHERE preset = 'offer_wait.zh-CN'`
  ).run(MERCHANTS_WORDS)
  const t = FIXED_NOW.toISOString()
  db.prepare(
    `INSERT INTO queue_templates (kind, lang, name, body, created_at, updated_at) VALUES ('notify', 'zh-CN', '我的', '{{orderNo}} 缺货', ?, ?)`
  ).run(t, t)
  db.prepare(
    `INSERT INTO products (merchant_code, name, spec, on_hand, created_at, updated_at) VALUES ('TS-XL', '纯棉T恤', '白色 XL', 0, ?, ?)`
  ).run(t, t)
  db.prepare(
    `INSERT INTO orders (platform, order_no, status, paid_fen, paid_at, promised_ship_at, buyer_name, created_at, updated_at) VALUES ('pdd', '261125-01', 'awaiting_shipment', 5900, ?, ?, '', ?, ?)`
  ).run(t, new Date(FIXED_NOW.getTime() + 20 * 3_600_000).toISOString(), t, t)
  db.prepare(`INSERT INTO order_lines (order_id, line_no, merchant_code, title, quantity, product_id) VALUES (1, 1, 'TS-XL', ?, 1, 1)`).run(
    '纯棉T恤 "男款"\n加大码'
  )
  // Then the versions that landed before 6 (5: real exports), so what 6 itself changes is what the test sees.
  for (const m of MIGRATIONS.filter((x) => x.version > 4 && x.version < 6)) db.transaction(() => (m.up(db), db.pragma(`user_version = ${m.version}`)))()
  return db
}

describe('migration 6: buyer messages that go out whole', () => {
  it('gives an existing shop’s unedited presets the new words, keeps the merchant’s edited and own templates, and changes nothing else', () => {
    const db = shopAtVersion4()
    const before = templates(db)
    const otherTables = () =>
      JSON.stringify(
        ['orders', 'order_lines', 'products', 'queue_cases', 'queue_causes', 'queue_cancel_reasons'].map((t) =>
          db.prepare(`SELECT * FROM ${t}`).all()
        )
      )
    const othersBefore = otherTables()

    // Migration 6 alone: later versions change other tables on purpose (8 gives orders a shop).
    const six = MIGRATIONS.find((m) => m.version === 6)!
    db.transaction(() => (six.up(db), db.pragma('user_version = 6')))()
    expect(schemaVersion(db)).toBe(6)
    const after = templates(db)
    const changed = new Set(WRITTEN_BY_V4.map(([preset]) => preset))
    changed.delete('offer_wait.zh-CN')
    for (const [i, row] of after.entries()) {
      const was = before[i]!
      if (row.preset && changed.has(row.preset)) {
        expect(row.body, row.preset).not.toBe(was.body)
        expect(row).toMatchObject({ edited: 0, name: was.name, updated_at: '2026-12-05T00:00:00.000Z' })
      } else expect(row, row.preset ?? row.name).toEqual(was)
    }
    expect(after.find((r) => r.preset === 'offer_wait.zh-CN')).toMatchObject({ body: MERCHANTS_WORDS, edited: 1 })
    expect(after.find((r) => r.preset === 'notify.zh-CN')!.body).toContain(
      '想请您选一种处理方式：1. 换成同价位的其他款式或规格；2. 我们送您一张优惠券作为补偿；3. 等补货[[（预计 {{restockDate}} 到货）]]'
    )
    expect(after.find((r) => r.preset === 'offer_wait.en')!.body).toContain('as soon as new stock arrives[[ (expected {{restockDate}})]].')
    expect(otherTables()).toBe(othersBefore)
    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
  })

  it('leaves a migrated shop with the same unedited presets as a new shop', () => {
    const db = shopAtVersion4()
    migrate(db)
    const fresh = openDatabase(':memory:')
    const shipped = (rows: TemplateRow[]) => rows.filter((r) => r.preset && r.edited === 0).map((r) => [r.preset, r.name, r.body])
    expect(shipped(templates(db))).toEqual(shipped(templates(fresh)).filter(([preset]) => preset !== 'offer_wait.zh-CN'))
  })

  it('the migrated shop drafts, for its Pinduoduo order without a buyer name, the notice that asks the buyer to choose, whole and with the shop’s product name', async () => {
    const db = shopAtVersion4()
    migrate(db)
    const handlers = createHandlers({ db, now: () => FIXED_NOW, dbPath: ':memory:', appVersion: 'test' })
    const list = await dispatch(handlers, 'queue.list', {})
    expect(list).toMatchObject({ ok: true, value: { total: 1, rows: [{ orderNo: '261125-01', step: 'notify' }] } })
    const caseId = (list as { value: { rows: { caseId: number }[] } }).value.rows[0]!.caseId
    for (const lang of ['zh-CN', 'en'] as const) {
      const r = await dispatch(handlers, 'queue.draft', { caseId, lang })
      expect(r.ok).toBe(true)
      const d = (r as { value: DraftMessage }).value
      expect(d).toMatchObject({ kind: 'notify', dropped: ['buyerName', 'restockDate'] })
      expect(d.text).not.toMatch(/\{\{|\}\}|\[\[|\]\]|undefined/)
      expect(d.text).toContain(
        lang === 'zh-CN' ? '亲，您好！非常抱歉，您购买的「纯棉T恤 白色 XL」×1' : 'Hello, we are very sorry: 纯棉T恤 白色 XL ×1'
      )
    }
  })

  it('running it again changes nothing', () => {
    const db = shopAtVersion4()
    migrate(db)
    const once = templates(db)
    db.transaction(() => v006BuyerMessages.up(db))()
    expect(templates(db)).toEqual(once)
  })
})
