// An orders import request as the app sends it, for the import-apply tests.
import type { ImportRequest } from '../../src/main/core/import/run-import'

export const ordersRequest = (bytes: Uint8Array, more: Uint8Array[] = [], fileName = 'orders.csv'): ImportRequest => ({
  kind: 'orders',
  fileName,
  bytes,
  moreFiles: more.map((b, i) => ({ fileName: `more-${i}.csv`, bytes: b })),
  platform: 'auto',
  mapping: null,
  dryRun: false,
  skipBadRows: false
})
