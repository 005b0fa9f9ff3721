// Import history with undo. `import.undo` changes orders, their lines and stock: declared a write
// of 'orders', so the engine reloads the orders and recomputes once the undo has committed.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { writes } from '../writes'
import { listBatches, undoImport } from './undo'
import { planUndo } from './undo-plan'

export function importUndoHandlers(ctx: CoreContext) {
  return {
    'import.batches': (input) => listBatches(ctx, input.limit),
    'import.undo.plan': (input) => planUndo(ctx, input.batchId),
    'import.undo': writes(ctx, 'orders', (input) => undoImport(ctx, input.batchId))
  } satisfies Partial<Handlers>
}
