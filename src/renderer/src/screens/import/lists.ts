// Value lists the Import screen iterates over, checked against the contract's types
// (the contract module itself, with zod, stays out of the renderer bundle).
import type { ColumnMappingInput, IMPORT_PLATFORMS } from '@shared/contract'
import { BUYER_FIELDS, PLATFORMS, type Platform } from '@shared/types'

export type ImportKind = 'orders' | 'stock'
export type ImportPlatform = (typeof IMPORT_PLATFORMS)[number]
export type MappingField = keyof ColumnMappingInput

type Exhaustive<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never

export const IMPORT_KINDS: readonly ImportKind[] = ['orders', 'stock']

const platforms = ['auto', 'pdd', 'taobao', 'douyin', 'generic'] as const
export const IMPORT_PLATFORM_LIST: Exhaustive<ImportPlatform, typeof platforms> = platforms

/** In the order a shop owner thinks of them: what identifies the order and the item first. */
const fields = [
  'orderNo',
  'status',
  'quantity',
  'merchantCode',
  'title',
  'spec',
  'paidAmount',
  'paidAt',
  'promisedShipAt',
  'afterSale',
  'subOrderNo',
  'lineAmount',
  'shippedAt',
  ...BUYER_FIELDS
] as const
export const MAPPING_FIELDS: Exhaustive<MappingField, typeof fields> = fields
/** Shown at once; the rest sit under "More columns". */
export const MAIN_MAPPING_FIELDS = 9

/** Same limit as the contract's MAX_IMPORT_BYTES; checked here before a big file is read into memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024

/** The platform a mapping or preset is saved under: the report's, or "other" for generic files. */
export function shopPlatform(reportPlatform: string | null): Platform {
  return (PLATFORMS as readonly string[]).includes(reportPlatform ?? '') ? (reportPlatform as Platform) : 'other'
}
