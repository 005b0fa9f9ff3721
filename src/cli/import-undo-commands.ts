// CLI for the import history and undo (issue #14 point 5): `imports list`, `imports undo ID`.
// A refused undo prints the reason in the user's language and exits 2 (nothing was written).
import type { ImportBatchRow, UndoPlan } from '../shared/import-undo-types'
import { messageFor } from '../shared/i18n/translate'
import { intFlag, UsageError } from './args'
import { CallFailed, type Command } from './call'
import { table } from './format'
import { Rejected } from './import-export'

export const IMPORT_UNDO_USAGE = `
  imports list [--limit N]               the import history, newest first, and which import can be undone
  imports undo ID                        undo an import (the newest still standing): its orders, lines, stock moves and
                                         SKUs go back exactly; refused (exit 2) with the reason when later changes depend on it`

const stateText = (b: ImportBatchRow): string =>
  b.undo === 'undone'
    ? `undone ${b.undoneAt}`
    : b.undo === 'later'
      ? 'undo the newer import first'
      : b.undo === 'unrecorded'
        ? 'not recorded'
        : b.undo

const planText = (p: UndoPlan): string =>
  (
    [
      ['orders removed', p.ordersRemoved],
      ['orders put back', p.ordersRestored],
      ['stock movements taken back', p.movesReversed],
      ['SKUs removed', p.productsRemoved],
      ['SKUs put back', p.productsRestored],
      ['suppliers removed', p.suppliersRemoved],
      ['bundles put back', p.bundlesReverted],
      ['status meanings put back', p.statusMeaningsReverted],
      ['SKU mappings removed', p.mappingsRemoved]
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`)
    .join(', ') || 'nothing changed in the shop'

export const IMPORT_UNDO_COMMANDS: Record<string, Command> = {
  'imports list': async (call, f) => {
    const rows = await call('import.batches', { limit: intFlag(f, 'limit') ?? 50 })
    const text = rows.length
      ? table(
          ['id', 'imported at (UTC)', 'kind', 'platform', 'file', 'rows', 'new', 'updated', 'undo'],
          rows.map((b) => [b.id, b.importedAt, b.kind, b.platform ?? '', b.fileName, b.rows, b.created, b.updated, stateText(b)])
        )
      : 'no imports yet'
    return { value: rows, text }
  },
  'imports undo': async (call, _f, args, lang) => {
    const batchId = Number(args[0])
    if (!args[0] || !Number.isSafeInteger(batchId) || batchId <= 0) throw new UsageError('usage: imports undo ID   (see: imports list)')
    try {
      const r = await call('import.undo', { batchId })
      return { value: r, text: `import #${r.batchId} (${r.fileName}) undone: ${planText(r)}` }
    } catch (e) {
      if (!(e instanceof CallFailed) || !e.error.messageKey.startsWith('importUndo.refused.')) throw e
      const message = messageFor(lang, e.error.messageKey, e.error.params ?? {})
      throw new Rejected({ value: { error: { ...e.error, message } }, text: message })
    }
  }
}
