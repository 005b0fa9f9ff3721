// Import history with undo (issue #14): each import is a batch; the newest one still standing
// may be undone, putting back exactly what it changed.
import type { ImportBatch } from './types'

/**
 * Whether a batch can be undone: `available` (the newest standing, nothing later depends on it),
 * `refused` (the newest standing, but something later depends on it: `refusal` says what),
 * `later` (a newer import stands: undo that first), `undone`, `unrecorded` (imported before
 * the app recorded what an import changes).
 */
export type UndoState = 'available' | 'refused' | 'later' | 'undone' | 'unrecorded'

export interface UndoRefusal {
  /** i18n key under importUndo.refused, with its params. */
  messageKey: string
  params: Record<string, string | number>
}

export interface ImportBatchRow extends ImportBatch {
  undoneAt: string | null
  undo: UndoState
  refusal: UndoRefusal | null
}

/** What undoing a batch puts back (what an undo did, once done). */
export interface UndoPlan {
  batchId: number
  kind: 'orders' | 'stock'
  fileName: string
  importedAt: string
  /** Orders the import created, removed with their lines. */
  ordersRemoved: number
  /** Orders the import changed, put back as they were (with their lines). */
  ordersRestored: number
  /** The import's own stock movements, taken off the ledger. */
  movesReversed: number
  productsRemoved: number
  productsRestored: number
  suppliersRemoved: number
  /** Bundles created (removed) or changed (put back). */
  bundlesReverted: number
  /** Status meanings the import saved, removed or put back. */
  statusMeaningsReverted: number
  /** SKU mappings made after the import for codes it brought, removed with it. */
  mappingsRemoved: number
  refusal: UndoRefusal | null
}

export interface UndoResult extends UndoPlan {
  undoneAt: string
}
