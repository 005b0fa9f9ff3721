// A stockout cause the app suggests for a case, with the facts that point to it.
// Facts are messages (a key and raw params, engine-format's conventions: …At is a
// UTC ISO time shown in the shop's time zone), put into words by the renderer and
// the CLI in their language.
import type { EngineMessage } from './engine-types'

export interface CauseSuggestion {
  /** A code of queue_causes. */
  code: string
  labelZh: string
  labelEn: string
  facts: EngineMessage[]
}

/** How the merchant answered the suggestions of the cases whose cause was recorded in the range. */
export interface SuggestionCounts {
  /** Cases whose recorded cause came with a suggestion. */
  suggested: number
  /** …where the merchant recorded the suggested cause. */
  confirmed: number
  /** …where the merchant chose another one. */
  changed: number
}
