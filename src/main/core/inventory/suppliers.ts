import type { Supplier } from '../../../shared/types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'

export function listSuppliers(ctx: CoreContext): Supplier[] {
  return prepared(
    ctx.db,
    `SELECT id, name, contact, lead_time_days AS leadTimeDays, note FROM suppliers ORDER BY name COLLATE NOCASE, id`
  ).all() as Supplier[]
}
