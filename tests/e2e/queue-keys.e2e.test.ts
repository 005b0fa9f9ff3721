// Issue 14, point 3, in the browser: the queue's keyboard has no traps. After a
// sidebar click the focus is on the list (Enter opens the case, it does not follow
// the link again); after Enter into the step form (whose first control is a select)
// c, n, u and j still work; Esc returns to the list; step 7 chooses no cause for
// the merchant, so Ctrl+Enter records nothing and says why on the field; the
// footer and the shortcut sheet describe every key, in Chinese and in English.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { messageFor } from '../../src/shared/i18n/translate'
import { PLACEHOLDER_INFO } from '../../src/shared/template-placeholders'
import { openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

/** Where the focus is (the page's DOM is read as a string: the tests have no DOM types). */
const focused = (page: Page): Promise<{ tag: string; role: string; inCase: boolean }> =>
  page.evaluate(`(() => {
    const el = document.activeElement
    return { tag: el ? el.tagName : '', role: (el && el.getAttribute('role')) || '', inCase: !!(el && el.closest('.q-case')) }
  })()`)

/** Every line of the shortcut sheet: its keys and what it says they do. */
async function sheet(page: Page): Promise<{ keys: string; what: string }[]> {
  await page.keyboard.press('?')
  const help = page.getByTestId('shortcut-help')
  await help.waitFor()
  const rows = await help.locator('tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const [keys, what] = (tr as unknown as { cells: { innerText: string }[] }).cells
      return { keys: keys!.innerText.trim(), what: what!.innerText.trim() }
    })
  )
  await page.keyboard.press('Escape')
  await help.waitFor({ state: 'detached' })
  return rows
}

describe('the queue keyboard', () => {
  it('has no traps: focus on the list after the sidebar, c/n/u/j work from the step form, Esc goes back, and step 7 records no cause nobody chose', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl.replace(/\/$/, '') })
    const { page } = app
    await app.open('#/alerts')
    await page.getByTestId('urgent-orders').waitFor()
    await page.getByRole('navigation').getByRole('link', { name: '取消队列' }).click()
    const list = page.getByTestId('queue-list')
    await list.locator('[data-index="0"][data-case-id]').waitFor()
    // The click leaves the focus on the list, not on the link.
    await expect.poll(async () => (await focused(page)).role).toBe('listbox')
    expect(page.url()).toContain('#/queue')

    // The footer says what each key does.
    expect(await page.getByTestId('queue-keyhint').innerText()).toBe(
      `J/K ${messageFor('zh-CN', 'queueWork.keys.hint.move')} · 回车 ${messageFor('zh-CN', 'queueWork.keys.hint.open')} · Esc ${messageFor('zh-CN', 'queueWork.keys.hint.back')} · C ${messageFor('zh-CN', 'queueWork.keys.hint.copy')} · ? ${messageFor('zh-CN', 'queueWork.keys.hint.more')}`
    )

    const rows = (await shop.invoke('queue.list', { limit: 1000 })).rows
    const index = rows.findIndex((r) => r.step === 'notify')
    const target = rows[index]!
    const next = rows[index + 1]!
    for (let i = 0; i < index; i++) await page.keyboard.press('j')
    const detail = page.getByTestId('case-detail')

    // Enter opens the case and puts the focus in its step form, on the channel <select>.
    await page.keyboard.press('Enter')
    await detail.locator('h2', { hasText: target.orderNo }).waitFor()
    await detail.getByTestId('form-notify').waitFor()
    await expect.poll(() => focused(page)).toEqual({ tag: 'SELECT', role: '', inCase: true })
    expect(page.url()).toContain('#/queue')

    // c copies the message from there.
    const draft = await shop.invoke('queue.draft', { caseId: target.caseId, lang: 'zh-CN' })
    await expect.poll(() => detail.getByTestId('draft-text').inputValue()).toBe(draft.text)
    await page.keyboard.press('c')
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(draft.text)
    // n marks the buyer notified; u undoes it.
    await page.keyboard.press('n')
    await detail.getByTestId('form-offer').waitFor()
    expect((await shop.invoke('queue.get', { caseId: target.caseId })).notify).not.toBeNull()
    await page.keyboard.press('u')
    await detail.getByTestId('form-notify').waitFor()
    expect((await shop.invoke('queue.get', { caseId: target.caseId })).notify).toBeNull()
    // The focus is back in the form (the select); j still moves to the next case.
    await expect.poll(() => focused(page)).toEqual({ tag: 'SELECT', role: '', inCase: true })
    await page.keyboard.press('j')
    await detail.locator('h2', { hasText: next.orderNo }).waitFor()
    await expect.poll(async () => (await focused(page)).role).toBe('listbox')

    // Esc from inside the case returns to the list.
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focused(page)).inCase).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await focused(page)).role).toBe('listbox')

    // Step 7: no cause is chosen; Ctrl+Enter says so on the field and records nothing.
    await page.keyboard.press('7')
    const form = detail.getByTestId('form-cause')
    await form.waitFor()
    const cause = form.getByTestId('cause-select')
    expect(await cause.inputValue()).toBe('')
    expect(await cause.locator('option:checked').innerText()).toBe(messageFor('zh-CN', 'queueWork.cause.choose'))
    await page.keyboard.press('Control+Enter')
    await form.locator('.field-error').getByText(messageFor('zh-CN', 'queueWork.cause.required')).waitFor()
    const noCause = await shop.invoke('queue.get', { caseId: next.caseId })
    expect(noCause.cause).toBeNull()
    expect(noCause.timeline.map((e) => e.kind)).not.toContain('cause_set')
    // Chosen, it is recorded.
    await cause.selectOption('supplier_shortage')
    await page.keyboard.press('Control+Enter')
    await expect.poll(async () => (await shop!.invoke('queue.get', { caseId: next.caseId })).cause?.code).toBe('supplier_shortage')

    // The shortcut sheet: every key with what it does, Ctrl+Enter included.
    await page.keyboard.press('Escape')
    const lines = await sheet(page)
    expect(lines).toHaveLength(12)
    for (const l of lines) {
      expect(l.what.length, l.keys).toBeGreaterThan(3)
      expect(l.what).not.toBe(l.keys)
      expect(l.what).not.toMatch(/queueWork\.|queue\.keys|Ctrl/)
    }
    expect(lines.find((l) => l.keys === 'Ctrl/⌘+回车')?.what).toBe(messageFor('zh-CN', 'queueWork.keys.submit'))
  })

  it('in English: the shortcut sheet and the footer describe every key, and the template chips are named in English', async () => {
    shop = openShopDb()
    await shop.invoke('demo.load', {})
    await shop.invoke('settings.update', { language: 'en' })
    app = await openAppPage(harness.browser, harness.baseUrl, shop, { locale: 'en' })
    const { page } = app
    await app.open('#/queue')
    await page.getByTestId('queue-list').locator('[data-index="0"][data-case-id]').waitFor()
    expect(await page.getByTestId('queue-keyhint').innerText()).toBe(
      'J/K next / previous case · Enter open the step form · Esc back to the list · C copy the message · ? all shortcuts'
    )
    const lines = await sheet(page)
    expect(lines).toHaveLength(12)
    for (const l of lines) expect(l.what.length, l.keys).toBeGreaterThan(3)
    expect(lines.find((l) => l.keys === 'Ctrl/⌘+Enter')?.what).toBe('Record the step: submit the step form showing')
    expect(lines.find((l) => l.keys === 'C')?.what).toBe('Copy the message in the box, with your edits')

    await page.getByRole('button', { name: 'Queue settings' }).click()
    const drawer = page.getByTestId('queue-settings')
    await drawer.getByRole('tab', { name: 'Message templates' }).click()
    const editor = drawer.getByTestId('template-editor')
    expect(await editor.getByTestId('template-choice').locator('option:checked').innerText()).toBe('Out-of-stock notice · English')
    expect(await editor.getByTestId('placeholder-chips').getByRole('button').allInnerTexts()).toEqual(
      PLACEHOLDER_INFO.map((p) => p.label.en)
    )
    expect(await editor.getByTestId('template-body').inputValue()).toContain('{{buyerName}}')
  })
})
