// Fields the forms repeat: a note, a yuan amount, a moment in the shop's time
// zone. Each is a labelled Field (label, hint, error, suffix) around its one input.
import type { ComponentProps } from 'react'
import { Field } from './Field'

type FieldProps = Omit<ComponentProps<typeof Field>, 'children'>
type Controlled = { value: string; onChange: (value: string) => void }

/** A free-text note (up to 1000 characters unless told). */
export function NoteField({ value, onChange, maxLength = 1000, ...field }: FieldProps & Controlled & { maxLength?: number }) {
  return (
    <Field {...field}>
      <input type="text" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} maxLength={maxLength} />
    </Field>
  )
}

/** What a typed-number input may add: a placeholder, and taking the focus when its dialog opens. */
type Typed = { placeholder?: string; autoFocus?: boolean }

/** The input itself; Field gives it its id and aria attributes (`rest`), which must reach the <input>. */
function NumberInput({
  mode,
  value,
  onChange,
  placeholder,
  autoFocus,
  ...rest
}: Controlled & Typed & { mode: 'decimal' | 'numeric' } & Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'placeholder' | 'autoFocus'>) {
  return (
    <input
      {...rest}
      type="text"
      inputMode={mode}
      autoComplete="off"
      value={value}
      placeholder={placeholder}
      data-autofocus={autoFocus ? true : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}

/** A yuan amount as typed ("12.5"); the form parses it to exact fen (parseYuan). */
export function YuanField({ value, onChange, placeholder, autoFocus, ...field }: FieldProps & Controlled & Typed) {
  return (
    <Field {...field}>
      <NumberInput mode="decimal" value={value} onChange={onChange} placeholder={placeholder} autoFocus={autoFocus} />
    </Field>
  )
}

/** A whole number as typed (pieces, days, hours); the form reads it with parseInteger. */
export function CountField({ value, onChange, placeholder, autoFocus, ...field }: FieldProps & Controlled & Typed) {
  return (
    <Field {...field}>
      <NumberInput mode="numeric" value={value} onChange={onChange} placeholder={placeholder} autoFocus={autoFocus} />
    </Field>
  )
}

/** A wall-clock time in the shop's time zone ("2026-11-27T14:00"); the form reads it with wallToIso. */
export function DateTimeField({ value, onChange, ...field }: FieldProps & Controlled) {
  return (
    <Field {...field}>
      <input type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}
