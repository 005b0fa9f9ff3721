// The cancellation queue (issue #5) in the browser, on the demo shop: a case
// walked through every step with the keyboard only — message copied, buyer
// notified, solution offered, answer, cancel with the platform's reason, refund
// (never above what was paid), follow-up, cause — closed, undone, closed again;
// the timeline shows each step; an illegal step is refused in words. Then, in
// English: bulk actions on selected cases, the shortcut help and the export.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatCaseMessage } from '../../src/shared/queue-format'
import { messageFor } from '../../src/shared/i18n/translate'
import { formatFen } from '../../src/shared/money'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const TZ = 'Asia/Shanghai'
const money = (fen: number): string => `¥${formatFen(fen)}`

describe('Cancellation queue screen', () => {
  it('walks a case through all the steps with the keyboard, closes it with a cause, and shows each step in the timeline', async () => {
    shop = openShopDb()
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl.replace(/\/$/, '') })
    const { page } = app
    await app.open('#/alerts')
    await page.getByRole('button', { name: '加载演示店铺' }).click()
    await page.getByTestId('urgent-orders').waitFor()
    await page.getByRole('navigation').getByRole('link', { name: '取消队列' }).click()

    // Most urgent first; the case to walk: the most urgent one still at step 1 that the engine says to wait for.
    const rows = (await shop.invoke('queue.list', { limit: 1000 })).rows
    const index = rows.findIndex((r) => r.step === 'notify' && r.recommendation === 'wait')
    expect(index).toBeGreaterThanOrEqual(0)
    const target = rows[index]!
    const list = page.getByTestId('queue-list')
    await list.locator('[data-index="0"][data-case-id]').waitFor()
    expect(await list.locator('[data-index="0"]').getAttribute('data-order-no')).toBe(rows[0]!.orderNo)
    const counts = await shop.invoke('queue.counts', {})
    expect(await page.getByTestId('queue-summary').innerText()).toContain(money(counts.lateFenOpen))

    // j/k move the cursor; Enter opens the case.
    await page.keyboard.press('j')
    await page.keyboard.press('k')
    for (let i = 0; i < index; i++) await page.keyboard.press('j')
    await page.keyboard.press('Escape')
    const detail = page.getByTestId('case-detail')
    await detail.locator('h2', { hasText: target.orderNo }).waitFor()
    // What leaving it costs, beside the countdown, in words.
    const consequences = await detail.getByTestId('consequences').innerText()
    for (const c of target.consequences) expect(consequences).toContain(formatCaseMessage('zh-CN', c.message, TZ))
    expect(consequences).not.toMatch(/\{\{|undefined|cases\./)

    // An illegal step is refused with a clear message (5 = refund before any cancel).
    await page.keyboard.press('5')
    expect(await detail.getByTestId('step-refusal').innerText()).toBe(messageFor('zh-CN', 'errors.case_refund_needs_cancel'))

    // c copies the drafted message; n marks the buyer notified (with that message).
    const draft = await shop.invoke('queue.draft', { caseId: target.caseId, lang: 'zh-CN' })
    await expect.poll(() => detail.getByTestId('draft-text').inputValue()).toBe(draft.text)
    // Before the buyer is told: the notice asking what they prefer, named as such in the dropdown, nothing raw in it.
    const templateSelect = detail.getByLabel(messageFor('zh-CN', 'queue.draft.template'))
    expect(draft.kind).toBe('notify')
    expect(draft.text).not.toMatch(/\{\{|\[\[|undefined/)
    expect(await templateSelect.inputValue()).toBe(String(draft.templateId))
    expect(await templateSelect.locator('option:checked').innerText()).toBe('缺货通知')
    await page.keyboard.press('c')
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(draft.text)
    await page.keyboard.press('n')
    await detail.getByTestId('form-offer').waitFor()
    expect((await shop.invoke('queue.get', { caseId: target.caseId })).notify?.channel).toBe('platform_chat')
    // Once told, the draft is the offer the engine advises, and the dropdown names that one, not the first in its list.
    const offerDraft = await shop.invoke('queue.draft', { caseId: target.caseId, lang: 'zh-CN' })
    expect(offerDraft.kind).not.toBe('notify')
    await expect.poll(() => templateSelect.inputValue()).toBe(String(offerDraft.templateId))
    expect(await templateSelect.locator('option:checked').getAttribute('data-kind')).toBe(offerDraft.kind)
    await expect.poll(() => detail.getByTestId('draft-text').inputValue()).toBe(offerDraft.text)

    // Step 2: the engine's advice (wait) is pre-selected with the restock date; Ctrl+Enter records it.
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.value')).toBe('wait')
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('form-answer').waitFor()
    // Step 3: the buyer agreed to cancel (one arrow from "will wait").
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.value')).toBe('will_wait')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('form-cancel').waitFor()
    // Step 4: the platform's reasons, 缺货 first.
    expect(await detail.getByTestId('form-cancel').locator('select option').first().innerText()).toBe('缺货')
    await page.keyboard.press('Control+Enter')
    const refundForm = detail.getByTestId('form-refund')
    await refundForm.waitFor()
    // Step 5: pre-filled with the amount paid; more than that is refused before sending.
    const refundInput = refundForm.getByRole('textbox', { name: '退款金额' })
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.value')).toBe(await refundInput.inputValue())
    expect(await refundForm.getByTestId('refund-limit').innerText()).toContain(money(target.paidFen))
    await page.keyboard.press('Control+a')
    await page.keyboard.type(formatFen(target.paidFen + 1).replace(/,/g, ''))
    await page.keyboard.press('Control+Enter')
    await refundForm
      .getByText(`不能超过 ${money(target.paidFen)}。`)
      .first()
      .waitFor()
    await page.keyboard.press('Control+a')
    await page.keyboard.type(formatFen(target.paidFen).replace(/,/g, ''))
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('form-followup').waitFor()
    // Step 6 and 7.
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('form-cause').waitFor()
    // The form takes the focus on the next frame; the arrow key must reach the cause list, not the page.
    await expect.poll(() => page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')")).toBe('cause-select')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('form-close').waitFor()
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('case-closed').waitFor()

    // u undoes the closing; Ctrl+Enter closes again.
    await page.keyboard.press('Escape')
    await page.keyboard.press('u')
    await detail.getByTestId('form-close').waitFor()
    await page.keyboard.press('Control+Enter')
    await detail.getByTestId('case-closed').waitFor()

    const closed = await shop.invoke('queue.get', { caseId: target.caseId })
    expect(closed.step).toBe('closed')
    expect(closed.refund).toMatchObject({ refundFen: target.paidFen, full: true })
    expect(closed.cancel?.reason).toBe('缺货')
    expect(closed.cause).not.toBeNull()
    const kinds = closed.timeline.filter((e) => !e.undone && e.actor === 'user').map((e) => e.kind)
    expect(kinds).toEqual(['notified', 'offered', 'answered', 'cancelled', 'refunded', 'followed_up', 'cause_set', 'undone', 'closed'])
    // The timeline on screen says each step, in words.
    const causes = new Map((await shop.invoke('queue.causes.list', {})).map((c) => [c.code, c]))
    const timeline = await detail.getByTestId('timeline').innerText()
    for (const e of closed.timeline) expect(timeline).toContain(formatCaseMessage('zh-CN', e.message, TZ, causes))
    expect(timeline).not.toMatch(/\{\{|undefined|cases\.|errors\./)
    // Every step is in the audit log with its time.
    const audit = shop.db
      .prepare(`SELECT action, at FROM audit_log WHERE entity = 'case' AND entity_id = ? ORDER BY id`)
      .all(String(target.caseId)) as { action: string; at: string }[]
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'queue.notified',
        'queue.offered',
        'queue.answered',
        'queue.cancelled',
        'queue.refunded',
        'queue.followed_up',
        'queue.cause_set',
        'queue.closed'
      ])
    )
    for (const a of audit) expect(a.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('in English: bulk-marks selected cases notified, shows the shortcuts and exports the queue', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    await shop.invoke('settings.update', { language: 'en' })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/queue?step=notify')
    const list = page.getByTestId('queue-list')
    await list.locator('[data-index="0"][data-case-id]').waitFor()
    const rows = (await shop.invoke('queue.list', { step: 'notify', limit: 2 })).rows

    // x selects the case under the cursor; j moves.
    await page.keyboard.press('x')
    await page.keyboard.press('j')
    await page.keyboard.press('x')
    const bar = page.getByTestId('bulk-bar')
    await bar.getByText('2 selected').waitFor()
    await bar.getByRole('button', { name: 'Mark notified' }).click()
    await page.getByText('Done on 2 cases; 0 refused.').waitFor()
    for (const r of rows) expect((await shop.invoke('queue.get', { caseId: r.caseId })).notify).not.toBeNull()

    // ? shows the shortcuts.
    await page.keyboard.press('?')
    const help = page.getByTestId('shortcut-help')
    await help.getByText('Copy the message').waitFor()
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })

    // The export: CSV with a BOM and the queue's rows.
    const menu = page.getByTestId('queue-export')
    await menu.getByRole('button', { name: /Export/ }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: /^CSV/ }).click()])
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    const total = (await shop.invoke('queue.list', { step: 'notify', limit: 1 })).total
    expect(text.trim().split(/\r?\n/).length).toBe(total + 1)
  })
})
