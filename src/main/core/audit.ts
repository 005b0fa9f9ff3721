import type { AuditEntry, Page } from '../../shared/types'
import { isoNow, type CoreContext } from './context'
import { prepared } from './db/prepared'

/** Records a user action; call inside the same transaction as the change it describes. */
export function recordAudit(
  ctx: CoreContext,
  action: string,
  entity: string,
  entityId: string | number | null,
  detail: Record<string, unknown> = {}
): void {
  prepared(ctx.db, 'INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)').run(
    isoNow(ctx),
    action,
    entity,
    entityId === null ? null : String(entityId),
    JSON.stringify(detail)
  )
}

export function listAudit(ctx: CoreContext, offset: number, limit: number): Page<AuditEntry> {
  const total = (prepared(ctx.db, 'SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n
  const rows = prepared(
    ctx.db,
    `SELECT id, at, action, entity, entity_id AS entityId, detail FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?`
  ).all(limit, offset) as AuditEntry[]
  return { total, rows }
}
