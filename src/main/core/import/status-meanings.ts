// What the merchant said an unknown 订单状态 text means, per platform: used by every later import of
// that platform (before the built-in vocabulary), listed and editable in Settings and the CLI.
import { AppError } from '../../../shared/errors'
import type { OrderStatus, Platform, StatusMeaningRow } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { textKey } from './parse/cells'

export function listStatusMeanings(ctx: CoreContext): StatusMeaningRow[] {
  return prepared(
    ctx.db,
    'SELECT platform, text, status, updated_at AS updatedAt FROM status_meanings ORDER BY platform, text'
  ).all() as StatusMeaningRow[]
}

/** Saved meanings keyed by platform, in the shape the parser takes. */
export function statusMapsOf(ctx: CoreContext): Partial<Record<Platform, Record<string, OrderStatus>>> {
  const out: Partial<Record<Platform, Record<string, OrderStatus>>> = {}
  for (const r of listStatusMeanings(ctx)) {
    const forPlatform = (out[r.platform] ??= {})
    forPlatform[r.text] = r.status
  }
  return out
}

export function saveStatusMeanings(ctx: CoreContext, platform: Platform, map: Record<string, OrderStatus>, now = isoNow(ctx)): void {
  const upsert = prepared(
    ctx.db,
    `INSERT INTO status_meanings (platform, text, text_key, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, text_key) DO UPDATE SET text = excluded.text, status = excluded.status, updated_at = excluded.updated_at`
  )
  for (const [text, status] of Object.entries(map)) {
    const t = text.trim()
    if (t) upsert.run(platform, t, textKey(t), status, now, now)
  }
}

export function setStatusMeaning(ctx: CoreContext, input: { platform: Platform; text: string; status: OrderStatus }): StatusMeaningRow {
  ctx.db.transaction(() => {
    saveStatusMeanings(ctx, input.platform, { [input.text]: input.status })
    recordAudit(ctx, 'statuses.set', 'status_meaning', null, input)
  })()
  return listStatusMeanings(ctx).find((r) => r.platform === input.platform && textKey(r.text) === textKey(input.text.trim()))!
}

export function removeStatusMeaning(ctx: CoreContext, input: { platform: Platform; text: string }): { deleted: boolean } {
  return ctx.db.transaction(() => {
    const n = prepared(ctx.db, 'DELETE FROM status_meanings WHERE platform = ? AND text_key = ?').run(
      input.platform,
      textKey(input.text.trim())
    ).changes
    if (n === 0) throw new AppError('not_found', { entity: 'status meaning', text: input.text }, 'text')
    recordAudit(ctx, 'statuses.remove', 'status_meaning', null, input)
    return { deleted: true }
  })()
}
