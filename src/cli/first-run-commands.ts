// CLI commands of the first-run path: add an export's unknown merchant codes as SKUs
// in one step, and leave the demo shop for one's own (the demo kept as a backup).
import type { CallInput } from '../shared/contract'
import { newSkusFromUnknown } from '../shared/first-run'
import type { Lang } from '../shared/i18n/translate'
import { UsageError, type Flags } from './args'
import { CallFailed, type Call, type Outcome } from './call'
import { readInput, untilDone } from './import-export'
import { parseStatusFlags } from './vocabulary-commands'

export const FIRST_RUN_USAGE = `
  sku create-missing FILE [MORE_FILES…] [--platform P] [--sheet S] [--preset NAME]
                         add every merchant code of an order export that is not a SKU yet (name and spec from the file, stock 0), all or none
  shop start-own [--include-imported]
                         set the demo shop aside as a backup (restore it later) and start an empty shop; refused for a real shop`

export const FIRST_RUN_COMMANDS = {
  'sku create-missing': async (call: Call, f: Flags, args: string[], _lang: Lang): Promise<Outcome> => {
    if (!args[0]) throw new UsageError('usage: sku create-missing FILE   (the order export whose codes are missing)')
    const file = readInput(args[0])
    // A dry run reads the file exactly as the import will, and writes nothing.
    const job = await untilDone(
      call,
      await call('import.start', {
        kind: 'orders',
        ...file,
        moreFiles: args.slice(1).map(readInput),
        statusMap: parseStatusFlags(f.status),
        sheet: f.sheet ?? null,
        platform: (f.platform ?? 'auto') as CallInput<'import.start'>['platform'],
        presetName: f.preset ?? null,
        dryRun: true
      })
    )
    if (!job.report) throw new CallFailed(job.error ?? { code: 'internal', messageKey: 'errors.internal' })
    const { items, skipped } = newSkusFromUnknown(job.report.unknownSkus)
    const created = items.length ? (await call('products.createMany', { items })).created : []
    const lines = [
      created.length ? `added ${created.length} new SKUs (stock 0): ${created.map((c) => c.merchantCode).join(', ')}` : 'every merchant code of the file is already a SKU',
      skipped ? `${skipped} codes are empty, have spaces or are too long: link them with "mappings add" or add them with "sku add"` : '',
      created.length ? `now import the file: orders import ${args.join(' ')}` : ''
    ]
    return { value: { created, skipped }, text: lines.filter(Boolean).join('\n') }
  },
  'shop start-own': async (call: Call, f: Flags): Promise<Outcome> => {
    const r = await call('shop.startOwn', { includeImported: f['include-imported'] === true })
    const imported = r.importedFiles ? `\n${r.importedFiles} file(s) imported into the demo are in that backup too: import them again.` : ''
    return {
      value: r,
      text: `the demo shop is kept as a backup: ${r.backup.path} (restore it with: restore PATH)\nthe shop is empty now: import your stock list first, then your orders.${imported}`
    }
  }
}
