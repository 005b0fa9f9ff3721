// The engine's messages (reasons, alerts, formulas) and platform-rule figures in
// the user's words. The engine sends an i18n key with raw params (…At times, …Fen
// money, platform codes); shared/engine-format.ts fills them the way the CLI and
// exports do. A key the resources lack, or a param the engine left out, never
// reaches the screen as a raw key or "{{x}}".
import { useCallback } from 'react'
import type { EngineMessage, PenaltyFormula, PlatformRule } from '@shared/engine-types'
import { formatEngineMessage } from '@shared/engine-format'
import { formatYuan } from '@shared/money'
import { messageFor, type Lang } from '@shared/i18n/translate'
import { useApp } from './app-context'

export function engineText(lang: Lang, message: EngineMessage | null | undefined, timeZone: string): string {
  if (!message) return ''
  // A delivery without a supplier comes with an empty name; say so rather than leave a gap.
  const params =
    message.params.supplier === '' ? { ...message.params, supplier: messageFor(lang, 'engine.reorder.noSupplier') } : message.params
  const text = formatEngineMessage(lang, { key: message.key, params }, timeZone)
  if (text === message.key) return messageFor(lang, 'triage.unknownReason')
  return text.replace(/\{\{\s*\w+\s*\}\}/g, '—')
}

/** `text(message)` in the current language and shop time zone. */
export function useEngineText(): (message: EngineMessage | null | undefined) => string {
  const { lang, timeZone } = useApp()
  return useCallback((message) => engineText(lang, message, timeZone), [lang, timeZone])
}

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

/** What a rule charges on an order that paid `paidFen` (the engine's arithmetic, for the form's worked example). */
export function penaltyFor(p: PenaltyFormula, paidFen: number): number {
  if (p.kind === 'fixed') return p.fixedFen
  const share = Math.floor((paidFen * p.percentBp + 5000) / 10_000)
  return Math.min(Math.max(share, p.minFen), p.maxFen ?? Number.MAX_SAFE_INTEGER)
}

/**
 * Presets are stored in Chinese (the shop owner's language); while a preset's
 * name or source is still the shipped text, it is shown in the UI's language.
 * Text the user wrote is shown as written.
 */
export function ruleName(lang: Lang, rule: Pick<PlatformRule, 'preset' | 'name'>): string {
  return presetText(lang, rule.preset, 'name', rule.name)
}
export function ruleSource(lang: Lang, rule: Pick<PlatformRule, 'preset' | 'source'>): string {
  return presetText(lang, rule.preset, 'source', rule.source)
}

function presetText(lang: Lang, preset: string | null, field: 'name' | 'source', stored: string): string {
  if (!preset) return stored
  const key = `engine.presets.${preset}.${field}`
  const zh = messageFor('zh-CN', key)
  if (zh === key || zh !== stored) return stored
  return messageFor(lang, key)
}
