import type { ParsedInput } from '../../../shared/contract'
import type { ImportPreset, Platform } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'

// Named column mappings for generic files, so a merchant maps their file's columns once.
type Row = { id: number; name: string; platform: Platform; mapping: string; updatedAt: string }
const toPreset = (r: Row): ImportPreset => ({ ...r, mapping: JSON.parse(r.mapping) as Record<string, string> })

export function listPresets(ctx: CoreContext): ImportPreset[] {
  return (
    prepared(ctx.db, 'SELECT id, name, platform, mapping, updated_at AS updatedAt FROM import_presets ORDER BY name').all() as Row[]
  ).map(toPreset)
}

export function findPreset(ctx: CoreContext, name: string): ImportPreset | null {
  const r = prepared(ctx.db, 'SELECT id, name, platform, mapping, updated_at AS updatedAt FROM import_presets WHERE name = ?').get(name) as
    Row | undefined
  return r ? toPreset(r) : null
}

export function savePreset(ctx: CoreContext, input: ParsedInput<'import.presets.save'>): ImportPreset {
  const now = isoNow(ctx)
  ctx.db.transaction(() => {
    prepared(
      ctx.db,
      `INSERT INTO import_presets (name, platform, mapping, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET platform = excluded.platform, mapping = excluded.mapping, updated_at = excluded.updated_at`
    ).run(input.name, input.platform, JSON.stringify(input.mapping), now, now)
    recordAudit(ctx, 'import.preset.save', 'import_preset', input.name, { mapping: input.mapping })
  })()
  return findPreset(ctx, input.name)!
}

export function deletePreset(ctx: CoreContext, name: string): { deleted: boolean } {
  return ctx.db.transaction(() => {
    const { changes } = prepared(ctx.db, 'DELETE FROM import_presets WHERE name = ?').run(name)
    if (changes) recordAudit(ctx, 'import.preset.delete', 'import_preset', name)
    return { deleted: changes > 0 }
  })()
}
