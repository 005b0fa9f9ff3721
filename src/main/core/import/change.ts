import type { Change } from '../writes'

/** What an applied import changes: orders, so demand is recounted. The handler declares it; the job and the worker run it. */
export const IMPORT_CHANGE: Change = 'orders'
