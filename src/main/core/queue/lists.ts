// The lists the merchant edits: each platform's cancellation reasons (as its
// back office words them) and the stockout causes. Neither is deleted once it
// may have been used: archiving hides it from the pick lists while the cases that
// used it keep it (a case also keeps the reason's words as they were).
import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { CancelReason, StockoutCause } from '../../../shared/queue-types'
import type { Platform } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'

interface ReasonRow {
  id: number
  platform: Platform
  code: string | null
  label: string
  label_en: string
  position: number
  archived: number
}

const toReason = (r: ReasonRow): CancelReason => ({
  id: r.id,
  platform: r.platform,
  code: r.code ?? `custom_${r.id}`,
  label: r.label,
  labelEn: r.label_en,
  position: r.position,
  archived: r.archived === 1
})

export function listReasons(ctx: CoreContext, input: ParsedInput<'queue.reasons.list'>): CancelReason[] {
  return (
    prepared(
      ctx.db,
      `SELECT * FROM queue_cancel_reasons WHERE (? IS NULL OR platform = ?) AND (? OR archived = 0) ORDER BY platform, position, id`
    ).all(input.platform, input.platform, input.includeArchived ? 1 : 0) as ReasonRow[]
  ).map(toReason)
}

function reasonRow(ctx: CoreContext, id: number): ReasonRow {
  const r = prepared(ctx.db, 'SELECT * FROM queue_cancel_reasons WHERE id = ?').get(id) as ReasonRow | undefined
  if (!r) throw new AppError('not_found', { entity: 'reason', id }, 'id')
  return r
}

/** Renumbers a platform's reasons 0…n−1 in their order, with `id` moved to `position`. */
function place(ctx: CoreContext, platform: Platform, id: number, position: number | null): void {
  const ids = (
    prepared(ctx.db, 'SELECT id FROM queue_cancel_reasons WHERE platform = ? AND id <> ? ORDER BY position, id').all(platform, id) as {
      id: number
    }[]
  ).map((r) => r.id)
  const at = position === null ? ids.length : Math.min(position, ids.length)
  ids.splice(at, 0, id)
  const set = prepared(ctx.db, 'UPDATE queue_cancel_reasons SET position = ? WHERE id = ?')
  ids.forEach((rid, i) => set.run(i, rid))
}

export function saveReason(ctx: CoreContext, input: ParsedInput<'queue.reasons.save'>): CancelReason {
  return ctx.db
    .transaction(() => {
      const now = isoNow(ctx)
      let id = input.id
      if (id === null) {
        id = Number(
          prepared(
            ctx.db,
            `INSERT INTO queue_cancel_reasons (platform, label, label_en, position, created_at, updated_at) VALUES (?, ?, ?, 1000000, ?, ?)`
          ).run(input.platform, input.label, input.labelEn, now, now).lastInsertRowid
        )
        place(ctx, input.platform, id, input.position)
      } else {
        const was = reasonRow(ctx, id)
        if (was.platform !== input.platform) throw new AppError('conflict', {}, 'platform', 'errors.reason_platform_fixed')
        prepared(ctx.db, 'UPDATE queue_cancel_reasons SET label = ?, label_en = ?, updated_at = ? WHERE id = ?').run(
          input.label,
          input.labelEn,
          now,
          id
        )
        if (input.position !== null) place(ctx, was.platform, id, input.position)
      }
      recordAudit(ctx, 'queue.reason.save', 'reason', id, { platform: input.platform, label: input.label, position: input.position })
      return toReason(reasonRow(ctx, id))
    })
    .immediate()
}

export function archiveReason(ctx: CoreContext, input: ParsedInput<'queue.reasons.archive'>): CancelReason {
  return ctx.db
    .transaction(() => {
      reasonRow(ctx, input.id)
      prepared(ctx.db, 'UPDATE queue_cancel_reasons SET archived = ?, updated_at = ? WHERE id = ?').run(
        input.archived ? 1 : 0,
        isoNow(ctx),
        input.id
      )
      recordAudit(ctx, input.archived ? 'queue.reason.archive' : 'queue.reason.restore', 'reason', input.id)
      return toReason(reasonRow(ctx, input.id))
    })
    .immediate()
}

interface CauseRow {
  code: string
  label_zh: string
  label_en: string
  builtin: number
  position: number
  archived: number
  cases: number
}

const toCause = (r: CauseRow): StockoutCause => ({
  code: r.code,
  labelZh: r.label_zh,
  labelEn: r.label_en,
  builtin: r.builtin === 1,
  position: r.position,
  archived: r.archived === 1,
  cases: r.cases
})

const CAUSE_SELECT = `SELECT q.*, (SELECT COUNT(*) FROM queue_cases c WHERE c.cause_code = q.code) AS cases FROM queue_causes q`

export function listCauses(ctx: CoreContext, includeArchived: boolean): StockoutCause[] {
  return (
    prepared(ctx.db, `${CAUSE_SELECT} WHERE ? OR q.archived = 0 ORDER BY q.position, q.code`).all(includeArchived ? 1 : 0) as CauseRow[]
  ).map(toCause)
}

function causeRow(ctx: CoreContext, code: string): CauseRow | undefined {
  return prepared(ctx.db, `${CAUSE_SELECT} WHERE q.code = ?`).get(code) as CauseRow | undefined
}

/** Adds a cause under a new code, or relabels an existing one (its code never changes). */
export function saveCause(ctx: CoreContext, input: ParsedInput<'queue.causes.save'>): StockoutCause {
  return ctx.db
    .transaction(() => {
      const now = isoNow(ctx)
      const was = causeRow(ctx, input.code)
      if (was) {
        prepared(ctx.db, 'UPDATE queue_causes SET label_zh = ?, label_en = ?, updated_at = ? WHERE code = ?').run(
          input.labelZh,
          input.labelEn,
          now,
          input.code
        )
      } else {
        // New causes go before "other", which stays last.
        const position =
          (prepared(ctx.db, `SELECT IFNULL(MAX(position), 0) AS p FROM queue_causes WHERE code <> 'other'`).get() as { p: number }).p + 1
        prepared(ctx.db, `UPDATE queue_causes SET position = ? WHERE code = 'other' AND position <= ?`).run(position + 1, position)
        prepared(
          ctx.db,
          'INSERT INTO queue_causes (code, label_zh, label_en, builtin, position, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)'
        ).run(input.code, input.labelZh, input.labelEn, position, now, now)
      }
      recordAudit(ctx, was ? 'queue.cause.relabel' : 'queue.cause.add', 'cause', input.code, {
        labelZh: input.labelZh,
        labelEn: input.labelEn
      })
      return toCause(causeRow(ctx, input.code)!)
    })
    .immediate()
}

export function archiveCause(ctx: CoreContext, input: ParsedInput<'queue.causes.archive'>): StockoutCause {
  return ctx.db
    .transaction(() => {
      const was = causeRow(ctx, input.code)
      if (!was) throw new AppError('not_found', { entity: 'cause', code: input.code }, 'code')
      // The taxonomy itself stays: only causes the user added can be hidden.
      if (was.builtin === 1) throw new AppError('conflict', { code: input.code }, 'code', 'errors.cause_builtin')
      prepared(ctx.db, 'UPDATE queue_causes SET archived = ?, updated_at = ? WHERE code = ?').run(
        input.archived ? 1 : 0,
        isoNow(ctx),
        input.code
      )
      recordAudit(ctx, input.archived ? 'queue.cause.archive' : 'queue.cause.restore', 'cause', input.code)
      return toCause(causeRow(ctx, input.code)!)
    })
    .immediate()
}
