// How platform rules are named and their fees said, in the user's language: the rule
// screens and their tests use it (plain logic, no React, so it is tested in Node).
import type { PenaltyFormula, PlatformRule } from './engine-types'
import { messageFor, type Lang } from './i18n/translate'
import { formatYuan } from './money'

/** Basis points as a percentage without trailing zeros: 1000 → "10", 250 → "2.5". */
export function percentOf(bp: number): string {
  return String(Math.round(bp) / 100)
}

/** "¥3 per order" / "10% of the amount paid, at least ¥5, at most ¥100" / "no compensation". */
export function penaltyText(lang: Lang, p: PenaltyFormula): string {
  if (p.kind === 'fixed') {
    return p.fixedFen === 0
      ? messageFor(lang, 'rules.noPenalty')
      : messageFor(lang, 'engine.penalty.fixed', { fixedFen: formatYuan(p.fixedFen) })
  }
  if (p.maxFen === null)
    return messageFor(lang, 'engine.penalty.percentNoMax', { percent: percentOf(p.percentBp), minFen: formatYuan(p.minFen) })
  return messageFor(lang, 'engine.penalty.percent', {
    percent: percentOf(p.percentBp),
    minFen: formatYuan(p.minFen),
    maxFen: formatYuan(p.maxFen)
  })
}

/**
 * Presets are stored in Chinese (the shop owner's language); while a preset's
 * name or source is still the shipped text, it is shown in the UI's language.
 * Text the user wrote is shown as written.
 */
export function ruleName(lang: Lang, rule: Pick<PlatformRule, 'preset' | 'name' | 'edited' | 'platform' | 'late'>): string {
  // A preset's name states its figures ("延迟发货每单 ¥3"): once the merchant changes them and
  // has not renamed it, the shipped name would be false, so it is named after what it charges now.
  if (rule.edited && isPresetText(rule.preset, 'name', rule.name))
    return messageFor(lang, 'layout.ruleNameEdited', {
      platform: messageFor(lang, `platform.${rule.platform}`),
      penalty: penaltyText(lang, rule.late)
    })
  return presetText(lang, rule.preset, 'name', rule.name)
}
export function ruleSource(lang: Lang, rule: Pick<PlatformRule, 'preset' | 'source'>): string {
  return presetText(lang, rule.preset, 'source', rule.source)
}

/** Whether `stored` is still the shipped text of the preset's field (not the merchant's own words). */
function isPresetText(preset: string | null, field: 'name' | 'source', stored: string): boolean {
  if (!preset) return false
  const key = `engine.presets.${preset}.${field}`
  const zh = messageFor('zh-CN', key)
  return zh !== key && zh === stored
}

function presetText(lang: Lang, preset: string | null, field: 'name' | 'source', stored: string): string {
  return isPresetText(preset, field, stored) ? messageFor(lang, `engine.presets.${preset}.${field}`) : stored
}
