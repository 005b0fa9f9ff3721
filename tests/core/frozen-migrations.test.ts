// A landed migration writes what it wrote then, forever. Each one's output — every
// table's definition and every row it seeds — is compared with the digest recorded
// when it landed (migration-digests.json). Editing a preset the app ships with must
// not change what migration 3 or 4 wrote: new shops and migrated shops would differ.
// A new migration records its digest once it lands:
//   npx tsx tests/core/print-migration-digests.ts > tests/core/migration-digests.json
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import recorded from './migration-digests.json'
import { digestAtVersion, type VersionDigest } from './migration-digest'

const expected = recorded as Record<string, VersionDigest>

describe('landed migrations are frozen', () => {
  it.each(Object.keys(expected).map(Number))('an empty database migrated to version %i holds exactly what it held when that migration landed', (version) => {
    expect(digestAtVersion(version)).toEqual(expected[String(version)])
  })

  it('every migration has its recorded digest', () => {
    const missing = MIGRATIONS.filter((m) => !(String(m.version) in expected)).map((m) => ({ [m.version]: digestAtVersion(m.version) }))
    expect(missing, 'record these with tests/core/print-migration-digests.ts').toEqual([])
  })
})
