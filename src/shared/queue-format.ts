// Puts the cancellation queue's messages (timeline events, consequences) into
// words. Params follow the engine's convention (…At times, …Fen money, platform)
// and a few of the queue's own, which name a value of a fixed list: channel,
// offerKind, answer, feedback, from/to (situations), step, undoneKind (an event
// kind), cause (a cause code, shown by its label when the caller passes the list).
// Shared by the CLI and the renderer.
import { formatEngineParams } from './engine-format'
import type { EngineMessage } from './engine-types'
import { messageFor, type Lang } from './i18n/translate'

const LISTS: Record<string, string> = {
  channel: 'cases.channels',
  offerKind: 'cases.offers',
  answer: 'cases.answers',
  feedback: 'cases.feedback',
  from: 'cases.situations',
  to: 'cases.situations',
  step: 'cases.steps',
  undoneKind: 'cases.eventNames'
}

/** A stockout cause's label in the user's language (causes carry both, edited in Settings). */
export const causeLabel = (lang: string, c: { labelZh: string; labelEn: string }): string => (lang === 'zh-CN' ? c.labelZh : c.labelEn)

/** A cancellation reason's label: the back office's own words, in English where the user gave them. */
export const reasonLabel = (lang: string, r: { label: string; labelEn: string }): string => (lang === 'zh-CN' ? r.label : r.labelEn || r.label)

/** Cause labels by code, e.g. from queue.causes.list. */
export type CauseLabels = ReadonlyMap<string, { labelZh: string; labelEn: string }>

export function formatCaseMessage(lang: Lang, message: EngineMessage, timeZone: string, causes?: CauseLabels): string {
  const own: EngineMessage['params'] = {}
  const rest: EngineMessage['params'] = {}
  for (const [name, value] of Object.entries(message.params)) {
    const list = Object.hasOwn(LISTS, name) ? LISTS[name] : undefined
    if (list && typeof value === 'string') own[name] = messageFor(lang, `${list}.${value}`)
    else if (name === 'cause' && typeof value === 'string') {
      const label = causes?.get(value)
      own[name] = label ? causeLabel(lang, label) : value
    } else rest[name] = value
  }
  const params = { ...formatEngineParams(lang, rest, timeZone) }
  for (const [name, value] of Object.entries(own)) params[name] = value ?? '—'
  return messageFor(lang, message.key, params)
}
