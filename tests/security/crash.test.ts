import { describe, expect, it } from 'vitest'
import { runCrashTest } from './crash-run'

// A reduced count in `npm test`; `npm run test:crash` runs the full 50.
const KILLS = Number(process.env.CRASH_KILLS ?? 8)

describe('crash safety', () => {
  it(`a writer killed at random points ${KILLS} times leaves a sound database holding every acknowledged change, with on-hand equal to the ledger`, async () => {
    const r = await runCrashTest({ kills: KILLS })
    console.info(`[crash] seed ${r.seed}: ${r.kills} kills (${r.killedMidWork} mid-work), acknowledged ${JSON.stringify(r.acknowledged)}`)
    expect(r.failures, `replay with: npx tsx tests/security/crash-run.ts --kills ${KILLS} --seed ${r.seed}`).toEqual([])
    expect(r.kills).toBe(KILLS)
    expect(r.killedMidWork).toBe(KILLS)
    // The run must have exercised the writes it claims to test.
    expect(r.acknowledged['stock.move'] ?? 0).toBeGreaterThan(0)
  }, 240_000)
})
