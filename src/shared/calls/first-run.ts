// The first-run path (issue 14): several new SKUs at once from the unknown merchant
// codes of an order export, and leaving the demo shop for one's own.
import { z } from 'zod'
import type { BackupInfo } from '../backup-types'
import { call, merchantCode, text } from './define'

/** Most codes one call creates: an export with more unknown codes is a different problem (the wrong file). */
export const MAX_CREATE_MANY = 5000

export interface CreateManyResult {
  /** The new SKUs, in the order given. */
  created: { id: number; merchantCode: string }[]
}

export interface StartOwnResult {
  /** The verified backup holding the demo shop; restore it from Settings › Data. */
  backup: BackupInfo
  /** Files that had been imported into the demo shop and are in the backup too. */
  importedFiles: number
}

export const firstRunCalls = {
  /** New SKUs (stock 0) in one transaction: all of them or none (a code taken or repeated refuses the lot). */
  'products.createMany': call<CreateManyResult>()(
    z.strictObject({
      items: z
        .array(z.strictObject({ merchantCode, name: text(200).trim().min(1), spec: text(200).default('') }))
        .min(1)
        .max(MAX_CREATE_MANY)
    })
  ),
  /**
   * Sets the demo shop aside as a verified backup and starts an empty shop (settings kept).
   * Refused for a shop that is not the demo; when files were imported into the demo,
   * only with `includeImported` (they go into the backup with it).
   */
  'shop.startOwn': call<StartOwnResult>()(z.strictObject({ includeImported: z.boolean().default(false) }))
} as const
