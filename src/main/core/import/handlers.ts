// Imports. `import.start` is declared a write applied by its job: the job runs the
// after-write hooks itself once its changes are committed — in the worker thread,
// off the app's main thread, or in process (CLI, tests) — with IMPORT_CHANGE.
import type { Handlers } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { runAfterWrite, writes } from '../writes'
import { IMPORT_CHANGE } from './change'
import { touchedBy } from './touched'
import { listImportBatches, listSkippedRows } from './history'
import { ImportJobs } from './jobs'
import { deletePreset, findPreset, listPresets, savePreset } from './presets'

export function importHandlers(ctx: CoreContext) {
  const jobs = new ImportJobs(ctx, (report) => runAfterWrite(ctx, IMPORT_CHANGE, touchedBy(report)))
  return {
    'import.start': writes(
      ctx,
      IMPORT_CHANGE,
      (input) => {
        let mapping = input.mapping
        if (input.presetName) {
          const preset = findPreset(ctx, input.presetName)
          if (!preset) throw new AppError('not_found', { entity: 'preset', name: input.presetName }, 'presetName')
          mapping = preset.mapping as typeof mapping
        }
        return jobs.start({
          kind: input.kind,
          fileName: input.fileName,
          bytes: input.bytes,
          moreFiles: input.moreFiles,
          statusMap: input.statusMap,
          sheet: input.sheet,
          platform: input.platform,
          mapping,
          dryRun: input.dryRun,
          skipBadRows: input.skipBadRows,
          shopId: input.shopId
        })
      },
      { when: 'job' }
    ),
    'import.job': (input) => jobs.get(input.jobId),
    'import.cancel': (input) => jobs.cancel(input.jobId),
    'import.history': (input) => listImportBatches(ctx, input.limit),
    'import.skippedRows': (input) => listSkippedRows(ctx, input.batchId),
    'import.presets.list': () => listPresets(ctx),
    'import.presets.save': (input) => savePreset(ctx, input),
    'import.presets.delete': (input) => deletePreset(ctx, input.name)
  } satisfies Partial<Handlers>
}
