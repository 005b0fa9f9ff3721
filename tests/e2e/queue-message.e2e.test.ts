// Issue 14, point 1, in the browser: the buyer message of a Pinduoduo order (whose
// export has no buyer name) as a new shop owner meets it. The draft never shows a
// raw {{placeholder}} in any template or language; the merchant edits it in the box,
// `c` copies the edited text and `n` records it as sent; picking another template
// keeps the edits. The template editor opens on the Chinese template with Chinese
// placeholder names as chips; a chip goes in at the cursor and saves in the stored
// (English) form; an unknown placeholder is refused on the field, in Chinese.
import { describe, expect, it } from 'vitest'
import { messageFor } from '../../src/shared/i18n/translate'
import { PLACEHOLDER_INFO } from '../../src/shared/template-placeholders'
import { localizeTemplate } from '../../src/shared/template-text'
import { formatShopTime } from '../../src/shared/time'
import { testTimeIn } from '../helpers/clock'
import { pddCsv } from '../import-apply/pdd-csv'
import { importAndWait, openAppPage, openShopDb, type AppPage, type ShopDb } from './harness'
import { e2eHarness } from './session'

let shop: ShopDb | null = null
let app: AppPage | null = null
const harness = e2eHarness(
  () => [app, shop],
  () => ((app = null), (shop = null))
)

const PDD = '261126-000000000000777'
const shopTime = (hours: number): string => formatShopTime(testTimeIn(hours).toISOString(), 'Asia/Shanghai')

/** A shop with one Pinduoduo order as its export gives it: no buyer name, a listing title with quotes and a line break, no stock. */
async function pddShop(): Promise<{ s: ShopDb; caseId: number }> {
  const s = openShopDb()
  await s.invoke('products.create', { merchantCode: 'TS-M-WHT', name: '纯棉T恤', spec: '男款 白色 加大码' })
  const title = '纯棉T恤 "男款",白色\n加大码'
  const job = await importAndWait(s, {
    kind: 'orders',
    fileName: 'pdd.csv',
    bytes: pddCsv([{ orderNo: PDD, code: 'TS-M-WHT', paidAt: shopTime(-5), shipBy: shopTime(20), buyer: '', title }]),
    dryRun: false
  })
  expect(job.report).toMatchObject({ applied: true })
  const c = await s.invoke('queue.get', { orderNo: PDD, platform: 'pdd' })
  return { s, caseId: c.caseId }
}

async function openQueue(s: ShopDb, locale: 'zh-CN' | 'en'): Promise<AppPage> {
  const a = await openAppPage(harness.browser, harness.baseUrl, s, { locale })
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl.replace(/\/$/, '') })
  await a.open('#/queue')
  await a.page.getByTestId('case-detail').locator('h2', { hasText: PDD }).waitFor()
  return a
}

describe('the buyer message of a Pinduoduo order without a buyer name', () => {
  it('is drafted whole in every template and language, edited in the box, copied with c as edited, and recorded with n', async () => {
    const { s, caseId } = await pddShop()
    shop = s
    app = await openQueue(s, 'zh-CN')
    const { page } = app
    const detail = page.getByTestId('case-detail')
    const box = detail.getByTestId('draft-text')
    const select = detail.getByTestId('draft-template')

    const draft = await s.invoke('queue.draft', { caseId, lang: 'zh-CN' })
    await expect.poll(() => box.inputValue()).toBe(draft.text)
    expect(draft.text.startsWith('亲，您好！')).toBe(true)
    expect(draft.text).toContain('纯棉T恤 男款 白色 加大码')
    expect(await select.locator('option:checked').innerText()).toBe('缺货通知')
    // What was filled and what was left out, named in Chinese.
    const chips = (id: string) =>
      detail
        .getByTestId(id)
        .locator('[data-placeholder]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-placeholder'), (e as unknown as { innerText: string }).innerText]))
    expect(await chips('draft-missing')).toEqual(draft.dropped.map((p) => [p, messageFor('zh-CN', `cases.placeholders.${p}`)]))
    expect(await chips('draft-filled')).toEqual(draft.filled.map((p) => [p, messageFor('zh-CN', `cases.placeholders.${p}`)]))
    expect(draft.dropped).toContain('buyerName')
    expect(await detail.getByTestId('draft-missing').innerText()).toContain('买家')

    // Every template, in both languages: nothing raw. Another language keeps the kind picked.
    let kind = 'notify'
    for (const [lang, first] of [
      ['en', 'Hello, we are very sorry'],
      ['zh-CN', '亲，您好！']
    ] as const) {
      await detail.getByRole('button', { name: messageFor('zh-CN', `queue.draft.langs.${lang}`), exact: true }).click()
      await expect.poll(() => box.getAttribute('lang')).toBe(lang)
      expect(await select.locator('option:checked').getAttribute('data-kind')).toBe(kind)
      await select.selectOption({ label: '缺货通知' })
      await expect.poll(() => box.inputValue()).toMatch(new RegExp(`^${first}`))
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))
      expect(values.length).toBeGreaterThanOrEqual(6)
      for (const v of values) {
        await select.selectOption(v)
        await expect.poll(() => select.inputValue()).toBe(v)
        const text = await box.inputValue()
        expect(text, `template ${v}`).not.toMatch(/\{\{|\}\}|\[\[|\]\]|undefined/)
        expect(text.length).toBeGreaterThan(10)
        kind = (await select.locator('option:checked').getAttribute('data-kind'))!
      }
    }
    await select.selectOption({ label: '缺货通知' })
    await expect.poll(() => box.inputValue()).toBe(draft.text)

    // The merchant edits the message; letters typed in the box are text, not shortcuts.
    await box.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' 祝您生活愉快 jkcnu')
    const edited = `${draft.text} 祝您生活愉快 jkcnu`
    await expect.poll(() => box.inputValue()).toBe(edited)
    expect(await s.invoke('queue.get', { caseId })).toMatchObject({ notify: null })
    await detail.locator('.q-draft-label .tag', { hasText: '已修改' }).waitFor()

    // Esc leaves the box for the list; c copies what is in the box.
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate("document.activeElement && document.activeElement.getAttribute('role')")).toBe('listbox')
    await page.keyboard.press('c')
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(edited)

    // Another template shows its own draft and says the edits are kept; back again, they are there.
    await select.selectOption({ label: '取消并退款' })
    await expect.poll(() => select.locator('option:checked').getAttribute('data-kind')).toBe('offer_refund')
    expect(await box.inputValue()).not.toBe(edited)
    expect(await detail.getByTestId('draft-kept').innerText()).toContain('缺货通知')
    await select.selectOption({ label: '缺货通知 · 已修改' })
    await expect.poll(() => box.inputValue()).toBe(edited)

    // n records the buyer notified with the message as sent.
    await page.keyboard.press('n')
    await detail.getByTestId('form-offer').waitFor()
    const row = s.db.prepare(`SELECT detail FROM queue_events WHERE case_id = ? AND kind = 'notified'`).get(caseId) as { detail: string }
    expect(JSON.parse(row.detail).message).toBe(edited)
  })

  it('the template editor opens on the Chinese notice with Chinese placeholder chips; a chip goes in at the cursor and saves; a wrong name is refused on the field', async () => {
    const { s } = await pddShop()
    shop = s
    app = await openQueue(s, 'zh-CN')
    const { page } = app
    await page.getByRole('button', { name: '队列设置' }).click()
    const drawer = page.getByTestId('queue-settings')
    await drawer.getByRole('tab', { name: '消息模板' }).click()
    const editor = drawer.getByTestId('template-editor')
    const preset = (await s.invoke('queue.templates.list', {})).find((x) => x.preset === 'notify.zh-CN')!
    expect(await editor.getByTestId('template-choice').locator('option:checked').innerText()).toBe('缺货通知 · 中文')

    // The text with Chinese names; chips named in Chinese.
    const body = editor.getByTestId('template-body')
    const shown = await body.inputValue()
    expect(shown).toBe(localizeTemplate(preset.body, 'zh-CN'))
    expect(shown).toContain('{{买家}}')
    expect(shown).not.toMatch(/\{\{[A-Za-z]/)
    const chips = editor.getByTestId('placeholder-chips').getByRole('button')
    expect(await chips.allInnerTexts()).toEqual(PLACEHOLDER_INFO.map((p) => p.label['zh-CN']))

    // The preview is this order's message: no name, nothing raw.
    const preview = editor.getByTestId('template-preview')
    expect(await preview.innerText()).toContain(PDD)
    const draft = await s.invoke('queue.draft', {
      caseId: (await s.invoke('queue.get', { orderNo: PDD, platform: 'pdd' })).caseId,
      lang: 'zh-CN'
    })
    expect(await editor.getByTestId('template-preview-text').innerText()).toBe(draft.text)

    // A chip goes in where the cursor is (here: after the greeting), and the preview follows.
    await body.click()
    await page.keyboard.press('Control+Home')
    for (let i = 0; i < '亲，{{买家}}您好！'.length; i++) await page.keyboard.press('ArrowRight')
    await chips.getByText('退款金额', { exact: true }).click()
    const inserted = shown.replace('亲，{{买家}}您好！', '亲，{{买家}}您好！{{退款金额}}')
    await expect.poll(() => body.inputValue()).toBe(inserted)
    const refund = draft.values.refundAmount!
    await expect.poll(() => editor.getByTestId('template-preview-text').innerText()).toContain(`亲，您好！${refund}`)

    // Saved in the stored form (English names); the draft uses it.
    await editor.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存。').first().waitFor()
    const saved = (await s.invoke('queue.templates.list', {})).find((x) => x.id === preset.id)!
    expect(saved.body).toContain('您好！{{refundAmount}}')
    expect(saved.body).not.toContain('{{退款金额}}')

    // A name that is not a placeholder: refused on the field in Chinese, the preview says so, nothing saved.
    await body.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('{{顾客}}')
    expect(await editor.getByTestId('template-problem').innerText()).toContain('“顾客”')
    await editor.getByRole('button', { name: '保存' }).click()
    const known = {
      name: '顾客',
      knownZh: PLACEHOLDER_INFO.map((p) => p.token['zh-CN']).join('、'),
      knownEn: PLACEHOLDER_INFO.map((p) => p.token.en).join(', ')
    }
    await editor
      .locator('.field-error')
      .getByText(messageFor('zh-CN', 'errors.template_placeholder', known))
      .waitFor()
    expect((await s.invoke('queue.templates.list', {})).find((x) => x.id === preset.id)!.body).toBe(saved.body)
    expect(await body.inputValue()).toContain('{{顾客}}')
  })
})
