import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { PLATFORMS, type Platform } from '@shared/types'
import { causeLabel } from '@shared/queue-format'
import { useApp } from '../lib/app-context'

/**
 * The <option>s of a select over a fixed list of values (platforms, steps,
 * filters), each with its label; the caller's <select> adds its own first option
 * ("all") and reads the value back with isOneOf.
 */
export function EnumOptions<V extends string>({ values, label }: { values: readonly V[]; label: (v: V) => ReactNode }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </>
  )
}

type Choice<V extends string> =
  /** One of the values must be chosen. */
  | { value: NoInfer<V>; onChange: (v: NoInfer<V>) => void; allLabel?: undefined }
  /** Null is "all", the first option, labelled `allLabel`. */
  | { value: NoInfer<V> | null; onChange: (v: NoInfer<V> | null) => void; allLabel: string }

/**
 * "Platform: [All ▾]" in a toolbar or a form: a labelled select over a list of
 * values. Only a value of the list comes back (anything else is "all"), so a
 * screen never holds a value its call would refuse. `hideLabel` keeps the label
 * for screen readers only.
 */
export function EnumSelect<V extends string>(
  props: {
    label: string
    values: readonly V[]
    optionLabel: (v: NoInfer<V>) => ReactNode
    hideLabel?: boolean
    className?: string
  } & Choice<V>
) {
  const pick = (raw: string): void => {
    const v = props.values.find((x) => x === raw)
    if (props.allLabel !== undefined) props.onChange(v ?? null)
    else if (v !== undefined) props.onChange(v)
  }
  return (
    <label className={props.className ? `select-inline ${props.className}` : 'select-inline'}>
      <span className={props.hideLabel ? 'sr-only' : undefined}>{props.label}</span>
      <select aria-label={props.label} value={props.value ?? ''} onChange={(e) => pick(e.target.value)}>
        {props.allLabel !== undefined ? <option value="">{props.allLabel}</option> : null}
        <EnumOptions values={props.values} label={props.optionLabel} />
      </select>
    </label>
  )
}

/** "Cause: [All ▾]": a stockout cause by code, each labelled in the user's language. */
export function CauseFilter(props: {
  label: string
  allLabel: string
  causes: readonly { code: string; labelZh: string; labelEn: string }[]
  value: string | null
  onChange: (code: string | null) => void
}) {
  const { lang } = useApp()
  const byCode = new Map(props.causes.map((c) => [c.code, c]))
  return (
    <EnumSelect
      label={props.label}
      values={props.causes.map((c) => c.code)}
      optionLabel={(code) => causeLabel(lang, byCode.get(code)!)}
      value={props.value}
      onChange={props.onChange}
      allLabel={props.allLabel}
    />
  )
}

/** "Platform: [All ▾]": Pinduoduo, Taobao, Douyin or other, by the platforms' names in the user's language. */
export function PlatformSelect(props: { label: string } & Choice<Platform>) {
  const { t } = useTranslation()
  return <EnumSelect {...props} values={PLATFORMS} optionLabel={(p) => t(`platform.${p}`)} />
}
