import { AppError } from '../../../shared/errors'
import type { ImportBatch, SkippedRow } from '../../../shared/types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'

export function listImportBatches(ctx: CoreContext, limit: number): ImportBatch[] {
  return prepared(
    ctx.db,
    `SELECT id, kind, file_name AS fileName, platform, encoding, rows, created, updated, unchanged, skipped, imported_at AS importedAt
     FROM import_batches ORDER BY id DESC LIMIT ?`
  ).all(limit) as ImportBatch[]
}

export function listSkippedRows(ctx: CoreContext, batchId: number): SkippedRow[] {
  if (!prepared(ctx.db, 'SELECT 1 FROM import_batches WHERE id = ?').get(batchId))
    throw new AppError('not_found', { entity: 'import', id: batchId })
  return (
    prepared(ctx.db, 'SELECT file, row, cells, problems FROM import_skipped_rows WHERE batch_id = ? ORDER BY file, row').all(batchId) as {
      file: string
      row: number
      cells: string
      problems: string
    }[]
  ).map((r) => ({
    file: r.file,
    row: r.row,
    cells: JSON.parse(r.cells) as Record<string, string>,
    problems: JSON.parse(r.problems) as SkippedRow['problems']
  }))
}
