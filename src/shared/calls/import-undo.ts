// Import history with undo (issue #14 point 5): list the batches, see what undoing the newest
// one would put back (or why it cannot be undone), and undo it.
import { z } from 'zod'
import type { ImportBatchRow, UndoPlan, UndoResult } from '../import-undo-types'
import { call, id } from './define'

export const importUndoCalls = {
  'import.batches': call<ImportBatchRow[]>()(z.strictObject({ limit: z.number().int().min(1).max(200).default(50) })),
  'import.undo.plan': call<UndoPlan>()(z.strictObject({ batchId: id })),
  'import.undo': call<UndoResult>()(z.strictObject({ batchId: id }))
} as const
