// The engine's messages (reasons, alerts, formulas) and platform-rule figures in
// the user's words. The engine sends an i18n key with raw params (…At times, …Fen
// money, platform codes); shared/engine-format.ts fills them the way the CLI and
// exports do. A key the resources lack, or a param the engine left out, never
// reaches the screen as a raw key or "{{x}}".
import { useCallback } from 'react'
import type { EngineMessage, PenaltyFormula } from '@shared/engine-types'
import { formatEngineMessage } from '@shared/engine-format'
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

/** What a rule charges on an order that paid `paidFen` (the engine's arithmetic, for the form's worked example). */
export function penaltyFor(p: PenaltyFormula, paidFen: number): number {
  if (p.kind === 'fixed') return p.fixedFen
  const share = Math.floor((paidFen * p.percentBp + 5000) / 10_000)
  return Math.min(Math.max(share, p.minFen), p.maxFen ?? Number.MAX_SAFE_INTEGER)
}

export { penaltyText, percentOf, ruleName, ruleSource } from '@shared/rule-text'
