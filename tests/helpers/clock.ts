// The one moment every test runs at. The core, the demo shop, the e2e harness's
// handler table, the CLI under test and the browser page all take their time from
// here, so the suite sees the same shop on any day, at any hour (the review's
// bar-click failure of 2026-12-05 came from a demo shop generated from the wall clock).
// Tests about time itself (a clock that moves, what-if) build their own clocks from it.

/** 2026-11-26 10:00 in Shanghai: a Thursday morning, the shop's busiest hour. */
export const TEST_NOW: Date = new Date('2026-11-26T02:00:00.000Z')

/** `TEST_NOW` moved by some hours, for deadlines and paid times relative to it. */
export const testTimeIn = (hours: number): Date => new Date(TEST_NOW.getTime() + hours * 3_600_000)

/**
 * A clock that starts at `TEST_NOW` and moves on by `stepMs` each time it is read: for tests
 * about what happened after a moment (actions since a backup), deterministic all the same.
 */
export function steppingClock(stepMs = 1000): () => Date {
  let t = TEST_NOW.getTime()
  return () => new Date((t += stepMs))
}
