// The unknown-status message points at the chooser the app really has: the preview's box and
// Settings › Order statuses, by the titles the screens show (so a renamed box breaks this test).
import { describe, expect, it } from 'vitest'
import { en } from '../../src/shared/i18n/en'
import { messageFor } from '../../src/shared/i18n/translate'
import { zhCN } from '../../src/shared/i18n/zh-CN'

const params = { row: 5, column: '订单状态', value: '待成团' }

describe('the unknown order-status message', () => {
  it('names the preview’s chooser and Settings › Order statuses by their titles, in English and Chinese', () => {
    const enText = messageFor('en', 'importProblems.unknown_status', params)
    expect(enText).toContain('Row 5, column “订单状态”: the order status “待成团”')
    expect(enText).toContain(`“${en.unknownStatuses.title}”`)
    expect(enText).toContain(`Settings → ${en.statuses.title}`)
    expect(enText).not.toContain('cannot be imported')
    const zhText = messageFor('zh-CN', 'importProblems.unknown_status', params)
    expect(zhText).toContain('第 5 行“订单状态”列：订单状态“待成团”')
    expect(zhText).toContain(`“${zhCN.unknownStatuses.title}”`)
    expect(zhText).toContain(`设置 → ${zhCN.statuses.title}`)
  })
})
