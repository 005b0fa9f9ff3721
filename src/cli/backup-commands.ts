// CLI commands for backups (issue #7): back up now, list the backups, restore one.
import { resolve } from 'node:path'
import type { BackupInfo, KeptAsideList } from '../shared/backup-types'
import { formatFileSize } from '../shared/file-size'
import { UsageError, type Flags } from './args'
import type { Call, Outcome } from './call'
import { table } from './format'

const row = (b: BackupInfo) => [b.at, b.reason, formatFileSize(b.bytes), b.skus ?? '?', b.orders ?? '?', b.verified ? 'checked' : 'NOT CHECKED', b.path]

const keptText = (l: KeptAsideList): string =>
  (l.files.length
    ? table(['time (UTC)', 'kind', 'size', 'rule', 'file'], l.files.map((f) => [f.at, f.kind, formatFileSize(f.bytes), f.keep ? 'keep' : 'may go', f.path]))
    : 'no kept-aside files') + `\nrule: the newest ${l.keepNewest} of each kind and anything younger than ${l.keepDays} days stay; never the only copy`

export const BACKUP_COMMANDS = {
  'kept-aside list': async (call: Call): Promise<Outcome> => {
    const l = await call('backups.keptAside', {})
    return { value: l, text: keptText(l) }
  },
  'kept-aside tidy': async (call: Call): Promise<Outcome> => {
    const l = await call('backups.tidyKeptAside', {})
    return { value: l, text: `removed ${l.removed} file(s)\n${keptText(l)}` }
  },
  backup: async (call: Call, f: Flags): Promise<Outcome> => {
    // --to takes a folder: the file name is always the app's own, so a backup never overwrites anything.
    const info = await call('backups.create', f.to ? { toFolder: resolve(f.to) } : {})
    return { value: info, text: `backup written and checked: ${info.path} (${info.skus} SKUs, ${info.orders} orders, ${formatFileSize(info.bytes)})` }
  },
  'backups list': async (call: Call): Promise<Outcome> => {
    const list = await call('backups.list', {})
    const text = list.length ? table(['time (UTC)', 'made', 'size', 'SKUs', 'orders', 'check', 'file'], list.map(row)) : 'no backups yet (make one: backup)'
    return { value: list, text }
  },
  restore: async (call: Call, _f: Flags, args: string[]): Promise<Outcome> => {
    if (!args[0]) throw new UsageError('usage: restore PATH   (see: backups list)')
    const path = resolve(args[0])
    // Over a damaged shop, restore is recovery (the damaged file is kept aside); otherwise it can be undone.
    const status = await call('backups.status', {})
    const r = status.damaged ? await call('backups.recover', { path }) : await call('backups.restore', { path })
    return {
      value: r,
      text: `restored ${r.restoredFrom}: ${r.skus} SKUs, ${r.orders} orders (schema v${r.schemaVersion}).\nthe shop as it was is kept at ${r.keptAside}`
    }
  }
}
