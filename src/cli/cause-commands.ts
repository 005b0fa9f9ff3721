// CLI for the suggested cause (issue 16 point 5): the suggestion of one case put
// into words (used by `queue show`), and `report suggestions`: how often the
// merchant confirmed the suggestions over a period.
import { formatEngineMessage } from '../shared/engine-format'
import { messageFor, type Lang } from '../shared/i18n/translate'
import { PLATFORMS, type Platform } from '../shared/types'
import { intFlag, UsageError, type Flags } from './args'
import type { Call, Command, Outcome } from './call'
import { shopFlag } from './shop-flag'

export interface SuggestedCauseOut {
  code: string
  evidence: string[]
}

/** The case's suggested cause with its facts as sentences in the CLI's language (null: none), and the same as text. */
export async function suggestedCauseOf(call: Call, caseId: number, lang: Lang, tz: string): Promise<{ value: SuggestedCauseOut | null; text: string }> {
  const s = await call('queue.suggestCause', { caseId })
  if (!s) return { value: null, text: messageFor(lang, 'causeSuggest.none') }
  const evidence = s.facts.map((f) => formatEngineMessage(lang, f, tz))
  const title = messageFor(lang, 'causeSuggest.title', { cause: lang === 'en' ? s.labelEn : s.labelZh })
  return { value: { code: s.code, evidence }, text: [title, ...evidence.map((e) => `  · ${e}`)].join('\n') }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const day = (f: Flags, name: 'from' | 'to'): string | null => {
  const raw = f[name]?.trim()
  if (raw === undefined) return null
  if (!DAY.test(raw)) throw new UsageError(`--${name} must be a date like 2026-11-01, got "${raw}"`)
  return raw
}

export const CAUSE_COMMANDS: Record<string, Command> = {
  'report suggestions': async (call: Call, f: Flags, _args: string[], lang: Lang): Promise<Outcome> => {
    if (f.platform !== undefined && !(PLATFORMS as readonly string[]).includes(f.platform))
      throw new UsageError(`--platform must be one of ${PLATFORMS.join('|')}, got "${f.platform}"`)
    const counts = await call('review.suggestions', {
      days: intFlag(f, 'days') ?? 30,
      from: day(f, 'from'),
      to: day(f, 'to'),
      platform: (f.platform as Platform | undefined) ?? null,
      shopId: await shopFlag(call, f)
    })
    return { value: counts, text: counts.suggested === 0 ? messageFor(lang, 'causeSuggest.review.none') : messageFor(lang, 'causeSuggest.review.text', { ...counts }) }
  }
}

export const CAUSE_USAGE = `  report suggestions [--days N | --from D --to D] [--platform P] [--shop NAME]
                                         how often the suggested cause was confirmed or changed`
