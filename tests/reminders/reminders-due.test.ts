import { afterEach, describe, expect, it } from 'vitest'
import { markShown, remindersDue, takeDueReminders } from '../../src/main/core/reminders/due'
import { TEST_NOW, testTimeIn } from '../helpers/clock'
import { reminderShop, type ReminderShop } from './shop'

// TEST_NOW is 2026-11-26T02:00Z = 10:00 in Asia/Shanghai (the default shop time zone): past the morning hour.
let s: ReminderShop | null = null
afterEach(() => {
  s?.db.close()
  s = null
})

const orderNos = (r: ReturnType<typeof remindersDue>): string[] => r.reminders.flatMap((x) => (x.kind === 'order' ? [x.orderNo] : []))

describe('reminders due', () => {
  it('lists exactly the short orders whose deadline is within the next 6 hours and whose case had no step', async () => {
    s = await reminderShop([
      ['IN-2H', 2],
      ['IN-5H', 5.9],
      ['STEPPED-3H', 3],
      ['LATER-7H', 7],
      ['PAST', -1],
      ['STOCKED-1H', 1, true]
    ])
    await s.call('queue.notify', { caseId: s.caseOf('STEPPED-3H') })
    const due = remindersDue(s.ctx)
    expect(due.hours).toBe(6)
    expect(orderNos(due)).toEqual(['IN-2H', 'IN-5H'])
    const first = due.reminders.find((r) => r.kind === 'order')
    expect(first).toMatchObject({ kind: 'order', orderNo: 'IN-2H', caseId: s.caseOf('IN-2H'), minutesLeft: 120, deadline: testTimeIn(2).toISOString() })
  })

  it('takes the window from Settings', async () => {
    s = await reminderShop([
      ['IN-2H', 2],
      ['IN-5H', 5]
    ])
    await s.call('inbox.prefs.set', { reminderHours: 3 })
    expect(orderNos(remindersDue(s.ctx))).toEqual(['IN-2H'])
  })

  it('counts an undone step as no step', async () => {
    s = await reminderShop([['IN-2H', 2]])
    await s.call('queue.notify', { caseId: s.caseOf('IN-2H') })
    expect(orderNos(remindersDue(s.ctx))).toEqual([])
    await s.call('queue.undo', { caseId: s.caseOf('IN-2H') })
    expect(orderNos(remindersDue(s.ctx))).toEqual(['IN-2H'])
  })

  it('never shows an order reminder twice, even when asked again later', async () => {
    let now = TEST_NOW
    s = await reminderShop([['IN-2H', 2]], ':memory:', () => now)
    expect(takeDueReminders(s.ctx).flatMap((r) => (r.kind === 'order' ? [r.orderNo] : []))).toEqual(['IN-2H'])
    expect(takeDueReminders(s.ctx)).toEqual([])
    now = testTimeIn(1)
    expect(orderNos(remindersDue(s.ctx))).toEqual([])
  })

  it('enters an order into the window as the clock moves, as a what-if moment', async () => {
    s = await reminderShop([['IN-8H', 8]])
    expect(orderNos(remindersDue(s.ctx))).toEqual([])
    expect(orderNos(remindersDue(s.ctx, testTimeIn(3).toISOString()))).toEqual(['IN-8H'])
    // The what-if stored nothing: as of the real clock it is still outside.
    expect(orderNos(remindersDue(s.ctx))).toEqual([])
  })

  it('gives one morning summary per shop day: orders due today and how many of them are short', async () => {
    let now = TEST_NOW
    // Shanghai day 2026-11-26 ends at 16:00Z, i.e. 14 h after TEST_NOW.
    s = await reminderShop(
      [
        ['TODAY-SHORT-1', 2],
        ['TODAY-SHORT-2', 10],
        ['TODAY-OK', 4, true],
        ['TOMORROW', 20]
      ],
      ':memory:',
      () => now
    )
    const first = takeDueReminders(s.ctx).filter((r) => r.kind === 'summary')
    expect(first).toEqual([{ kind: 'summary', key: 'summary:2026-11-26', day: '2026-11-26', dueToday: 3, short: 2 }])
    now = testTimeIn(3)
    expect(remindersDue(s.ctx).reminders.filter((r) => r.kind === 'summary')).toEqual([])
    // Next morning, 08:00 Shanghai: a new summary (TOMORROW is due that day).
    now = new Date('2026-11-27T00:00:00Z')
    expect(remindersDue(s.ctx).reminders.filter((r) => r.kind === 'summary')).toMatchObject([{ day: '2026-11-27', dueToday: 1, short: 1 }])
  })

  it('gives no summary before the morning hour, shop time', async () => {
    // 05:00 Shanghai
    s = await reminderShop([['IN-2H', 2]], ':memory:', () => new Date('2026-11-25T21:00:00Z'))
    const due = remindersDue(s.ctx)
    expect(due.reminders.filter((r) => r.kind === 'summary')).toEqual([])
  })

  it('remembers a summary shown for its day', async () => {
    s = await reminderShop([['IN-2H', 2]])
    const summary = remindersDue(s.ctx).reminders.filter((r) => r.kind === 'summary')
    expect(summary).toHaveLength(1)
    markShown(s.ctx, summary)
    expect(remindersDue(s.ctx).reminders.map((r) => r.kind)).toEqual(['order'])
  })
})
