import { describe, expect, it } from 'vitest'
import { NAVIGATE_PATTERN, notificationFor, onWindowClose, reminderLang } from '../../src/main/reminder-glue'

describe('reminder glue', () => {
  it('says a short order reminder in both languages and opens its case on click', () => {
    const r = { kind: 'order', key: 'order:7', orderId: 7, caseId: 12, orderNo: '261126-000000000000001', platform: 'pdd', deadline: '2026-11-26T04:00:00.000Z', minutesLeft: 125 } as const
    const zh = notificationFor('zh-CN', r)
    expect(zh.title).toBe('缺货订单还剩 2 小时 5 分钟 到期')
    expect(zh.body).toContain('拼多多订单 261126-000000000000001')
    expect(zh.route).toBe('#/queue?case=12')
    expect(NAVIGATE_PATTERN.test(zh.route)).toBe(true)
    expect(notificationFor('en', r).body).toContain('Pinduoduo order 261126-000000000000001')
  })

  it('says the morning summary as the merchant reads it', () => {
    const s = { kind: 'summary', key: 'summary:2026-11-26', day: '2026-11-26', dueToday: 14, short: 3 } as const
    expect(notificationFor('zh-CN', s).body).toBe('今天 14 个订单到期，3 个缺货')
    expect(notificationFor('en', s).body).toBe('Today 14 orders are due, 3 of them short.')
  })

  it('lets only in-app routes cross the navigation channel', () => {
    expect(NAVIGATE_PATTERN.test('#/queue?case=12')).toBe(true)
    expect(NAVIGATE_PATTERN.test('https://example.com')).toBe(false)
    expect(NAVIGATE_PATTERN.test('#/queue?x=<script>')).toBe(false)
  })

  it('hides the window to the tray only when the setting says so, a tray exists and the app is not quitting', () => {
    expect(onWindowClose(true, false, true)).toBe('hide')
    expect(onWindowClose(false, false, true)).toBe('close')
    expect(onWindowClose(true, true, true)).toBe('close')
    expect(onWindowClose(true, false, false)).toBe('close')
  })

  it('speaks the language chosen in Settings, and the system’s only when Settings says “follow the system”', () => {
    expect(reminderLang('zh-CN', 'en')).toBe('zh-CN')
    expect(reminderLang('en', 'zh-CN')).toBe('en')
    expect(reminderLang('auto', 'en')).toBe('en')
    expect(reminderLang('auto', 'zh-CN')).toBe('zh-CN')
  })
})
