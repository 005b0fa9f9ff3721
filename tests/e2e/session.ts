// The lifecycle every e2e file shares, in one place: one harness (Chromium and the
// built renderer) started before the file's tests and closed after them; after each
// test the page and the shop it opened are closed, and the page must have logged no
// problems (uncaught exceptions, console errors).
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { startHarness, type AppPage, type Harness, type ShopDb } from './harness'

/**
 * `opened` gives the file's own `app` and `shop` (either may be null); `clear` sets them
 * back to null so the next test starts without them. Returns the file's harness, ready
 * from the first test on.
 */
export function e2eHarness(opened: () => [AppPage | null, ShopDb | null], clear: () => void): Harness {
  let started: Harness | null = null
  const ready = (): Harness => {
    if (!started) throw new Error('The e2e harness starts in beforeAll: use it inside a test.')
    return started
  }
  beforeAll(async () => {
    started = await startHarness()
  })
  afterAll(async () => {
    await started?.close()
  })
  afterEach(async () => {
    const [app, shop] = opened()
    clear()
    const problems = app?.problems ?? []
    await app?.close()
    shop?.close()
    expect(problems).toEqual([])
  })
  return {
    get browser() {
      return ready().browser
    },
    get baseUrl() {
      return ready().baseUrl
    },
    close: () => ready().close()
  }
}
