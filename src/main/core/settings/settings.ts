import type { LanguageSetting, Settings } from '../../../shared/types'
import { DEFAULT_SERVICE_LEVEL, SERVICE_LEVELS } from '../../../shared/engine-types'
import { recordAudit } from '../audit'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'

export const DEFAULT_SETTINGS: Settings = { language: 'auto', timeZone: 'Asia/Shanghai', serviceLevel: DEFAULT_SERVICE_LEVEL }

export function getSettings(ctx: CoreContext): Settings {
  const rows = prepared(ctx.db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[]
  const stored = new Map(rows.map((r) => [r.key, r.value]))
  return {
    language: (stored.get('language') as LanguageSetting | undefined) ?? DEFAULT_SETTINGS.language,
    timeZone: stored.get('timeZone') ?? DEFAULT_SETTINGS.timeZone,
    serviceLevel: SERVICE_LEVELS.find((l) => String(l) === stored.get('serviceLevel')) ?? DEFAULT_SETTINGS.serviceLevel
  }
}

export function updateSettings(ctx: CoreContext, patch: Partial<Settings>): Settings {
  const upsert = prepared(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  ctx.db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue
      upsert.run(key, String(value))
    }
    recordAudit(ctx, 'settings.update', 'settings', null, patch)
  })()
  return getSettings(ctx)
}
