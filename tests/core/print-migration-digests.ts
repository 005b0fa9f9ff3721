// Prints the digest of every migration's output as JSON, for migration-digests.json.
// Run it only to record a migration that has just landed; the landed ones must not change.
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { digestAtVersion } from './migration-digest'

const out: Record<string, Record<string, string>> = {}
for (const m of MIGRATIONS) out[String(m.version)] = digestAtVersion(m.version)
process.stdout.write(JSON.stringify(out, null, 2) + '\n')
