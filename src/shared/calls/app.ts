// App, settings, shop status, demo data and the audit log.
import { z } from 'zod'
import type { AppInfo, AuditEntry, DemoResult, Page, Settings, ShopStatus } from '../types'
import { LANGUAGES } from '../types'
import { SERVICE_LEVELS } from '../engine-types'
import { call, text, offset, limit } from './define'

export const appCalls = {
  'app.info': call<AppInfo>()(z.strictObject({})),
  'settings.get': call<Settings>()(z.strictObject({})),
  'settings.update': call<Settings>()(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      timeZone: text(64)
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz })
            return true
          } catch {
            return false
          }
        }, 'time_zone')
        .optional(),
      /** Safety stock's service level (issue #4): 0.9, 0.95, 0.98 or 0.99. */
      serviceLevel: z
        .number()
        .refine((v) => (SERVICE_LEVELS as readonly number[]).includes(v), 'service_level')
        .optional()
    })
  ),
  'shop.status': call<ShopStatus>()(z.strictObject({})),
  'demo.load': call<DemoResult>()(
    z.strictObject({
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(42)
    })
  ),
  'audit.list': call<Page<AuditEntry>>()(z.strictObject({ offset, limit }))
} as const
