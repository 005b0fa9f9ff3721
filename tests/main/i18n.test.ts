import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../src/shared/errors'
import { en } from '../../src/shared/i18n/en'
import { langFromLocale, messageFor } from '../../src/shared/i18n/translate'
import { zhCN } from '../../src/shared/i18n/zh-CN'
import { IMPORT_PROBLEM_CODES } from '../../src/main/core/import/parse'
import { stockImportEn } from '../../src/shared/i18n/stock-import.en'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('translations', () => {
  it('zh-CN and en have exactly the same keys, none empty', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
    for (const k of keys(en)) {
      expect(messageFor('en', k).trim(), k).not.toBe('')
      expect(messageFor('zh-CN', k).trim(), k).not.toBe('')
    }
  })

  it('every error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(messageFor('en', `errors.${code}`), code).not.toBe(`errors.${code}`)
      expect(messageFor('zh-CN', `errors.${code}`), code).not.toBe(`errors.${code}`)
    }
  })

  it('fills placeholders and leaves unknown ones visible rather than printing undefined', () => {
    expect(messageFor('en', 'errors.stock_negative', { onHand: 3, change: -4 })).toBe(
      'Not enough stock: on hand is 3, this change is -4. Stock can never go below zero.'
    )
    expect(messageFor('en', 'errors.stock_negative', {})).toContain('{{onHand}}')
    expect(messageFor('en', 'errors.__proto__')).toBe('errors.__proto__')
  })

  it('follows the OS locale: Chinese locales get zh-CN, others English', () => {
    expect(langFromLocale('zh-CN')).toBe('zh-CN')
    expect(langFromLocale('zh_TW.UTF-8')).toBe('zh-CN')
    expect(langFromLocale('en-US')).toBe('en')
    expect(langFromLocale(undefined)).toBe('en')
  })

  it('every import problem code, from the parser and from applying a file, has a message in both languages', () => {
    for (const code of [...IMPORT_PROBLEM_CODES, ...Object.keys(stockImportEn)]) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const text = messageFor(lang, `importProblems.${code}`, { row: 7, column: '订单号' })
        expect(text, `${lang} ${code}`).not.toBe(`importProblems.${code}`)
        expect(text, `${lang} ${code}`).not.toMatch(/undefined/)
      }
    }
  })
})
